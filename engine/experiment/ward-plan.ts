/**
 * A candidate ward: what a sizing plan changes in a scenario (cabinets of one model spread along
 * the corridor, restock round times placed against the hour-of-day demand, the par level, and
 * the nurse roster scaled with the volume or kept).
 */
import type { Scenario } from '../../scenarios/index.js';
import { compileParams } from '../ward/index.js';
import { placeRounds, tripActivityByHour } from './round-placement.js';

/**
 * Hours of `rounds` restock rounds a day for a scenario: inside its restocker shift, placed
 * against its hour-of-day trip demand.
 */
export function roundHoursFor(s: Scenario, rounds: number): number[] {
  const shift = { startHour: s.people.restockerShiftStartHour, hours: s.people.restockerShiftHours };
  return [...placeRounds(rounds, shift, tripActivityByHour(s.catalog.tripHourWeights)).roundHours];
}

/** How the nurse roster follows the delivery volume being sized. */
export type Staffing = 'fixed' | 'scaled';

/** A candidate ward: what {@link configureWard} changes in a scenario. */
export interface WardPlan {
  readonly cabinets: number;
  readonly rounds: number;
  readonly modelId: string;
  /** Volume sized; default the scenario's. */
  readonly annualDeliveries?: number;
  /** Round times; default placed by {@link roundHoursFor}. */
  readonly roundHours?: readonly number[];
  /** `scaled` (default): each shift keeps the scenario's nurses per bed; `fixed`: the scenario's roster as is. */
  readonly staffing?: Staffing;
  /** Par level (turns the par trigger on); default the scenario's restock settings. */
  readonly parShare?: number;
}

/**
 * Each shift's nurses scaled by the beds a volume needs against the scenario's own: the preset
 * rosters carry the national survey's nurse-to-patient ratios (day about 1:7-8, night 1:18-25),
 * and a hospital with three times the deliveries staffs three times the nurses, not the same.
 */
function scaledShifts(s: Scenario, base: Scenario): Scenario['people']['shifts'] {
  const ratio = compileParams(base).beds / compileParams(s).beds;
  return s.people.shifts.map((sh) => ({ ...sh, nurses: Math.min(500, Math.max(1, Math.ceil(sh.nurses * ratio - 1e-9))) }));
}

/**
 * The scenario with a plan's cabinets of one model spread along the corridor, its restock rounds
 * and, with `staffing: 'scaled'`, its nurse roster scaled to the volume.
 * @throws RangeError when the model does not exist
 */
export function configureWard(s: Scenario, plan: WardPlan): Scenario {
  const { cabinets, rounds, modelId, annualDeliveries, roundHours } = plan;
  if (!s.cabinets.models.some((m) => m.id === modelId)) throw new RangeError(`sizing: modelId(=${JSON.stringify(modelId)}) is not a cabinet model of scenario "${s.meta.id}"`);
  const volume: Scenario = annualDeliveries === undefined ? s : { ...s, births: { ...s.births, annualDeliveries } };
  const base: Scenario = (plan.staffing ?? 'scaled') === 'scaled' ? { ...volume, people: { ...volume.people, shifts: scaledShifts(s, volume) } } : volume;
  const rooms = Math.max(1, Math.ceil(compileParams(base).beds / base.layout.bedsPerRoom));
  const corridorM = base.layout.roomSpacingM * (Math.ceil(rooms / 2) + 1);
  const instances = Array.from({ length: cabinets }, (_, k) => ({ id: `cab-${k + 1}`, modelId, location: { x: Math.round((corridorM * (k + 0.5) / cabinets) * 100) / 100, y: 1.2 } }));
  const par = plan.parShare === undefined ? {} : { parShare: plan.parShare, parTrigger: true };
  return {
    ...base,
    cabinets: { ...base.cabinets, instances },
    restock: { ...base.restock, roundHours: roundHours !== undefined ? [...roundHours] : roundHoursFor(base, rounds), ...par },
  };
}
