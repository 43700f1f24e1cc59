/**
 * The sizing curve: the cheapest plan at each of a list of delivery volumes, each volume's
 * search starting from the previous volume's answers (see {@link sizingCurve}).
 */
import type { Scenario } from '../../scenarios/index.js';
import { ImpossibleTargetsError } from './sizing-search.js';
import { resolveSizing, sizeAt } from './ward-sizing.js';
import type { Floors, WardSizing } from './ward-sizing.js';
import type { WardSizingOptions } from './sizing-options.js';
import type { ResolvedCosts } from './sizing-costs.js';
import type { ResolvedTargets, TargetCheck } from './sizing-targets.js';

/** One point of the sizing curve. */
export interface CurvePoint {
  readonly deliveries: number;
  readonly cabinets: number;
  readonly roundsPerDay: number;
  /** The plan's (base) cabinet model. */
  readonly modelId: string;
  /** Par level of the plan (share of capacity). */
  readonly parShare: number;
  /** Hours of the restock rounds. */
  readonly roundHours: readonly number[];
  /** Yearly cost of the plan, CNY. */
  readonly costPerYear: number;
  /** Nurses per roster shift in the plan. */
  readonly nursesByShift: Record<string, number>;
  readonly bindingTarget: TargetCheck['metric'];
  /** Slots per SKU in each cabinet of the plan (planogram from expected demand). */
  readonly slotAllocation: Record<string, number>;
  readonly restockLaborHoursPerDay: number;
  readonly inventoryUnitsMean: number;
  readonly fillRate: number;
  readonly tripWaitP95Min: number;
  readonly stockoutSlotHoursPer1000PatientDays: number;
  readonly evaluations: number;
  /** Mean nurse minutes freed a year against the ward without cabinets; only with a nurse-minute value. */
  readonly nurseSupplyMinutesFreedPerYear?: number;
  /** Those minutes valued, mean CNY a year, beside `costPerYear`; only with a nurse-minute value. */
  readonly benefitCnyPerYear?: number;
}

/** Cabinets needed against annual deliveries. */
export interface SizingCurve {
  readonly kind: 'sizing-curve';
  readonly targets: ResolvedTargets;
  readonly costs: ResolvedCosts;
  readonly seed: number;
  readonly commonRandomNumbers: true;
  /**
   * The search assumed that, at a fixed cabinet count, cost does not fall as restock rounds are
   * added (plans with more rounds were only tried with fewer cabinets; see WardSizingOptions).
   */
  readonly costRisesWithRounds: boolean;
  readonly curve: readonly CurvePoint[];
  /** CNY per nurse minute freed, when given (each point then carries its benefit). */
  readonly nurseMinuteValue?: number;
}

/** Sizing options for a curve, plus a callback as each volume is sized. */
export interface SizingCurveOptions extends WardSizingOptions {
  /** Called as each volume is sized (index in ascending volume order). */
  readonly onPoint?: (point: CurvePoint, index: number) => void;
}

/**
 * The sizing curve over delivery volumes (ascending). At a fixed number of rounds, more
 * deliveries never need fewer cabinets in expectation (monotonicity in volume), so a count that
 * failed beyond reasonable doubt at a smaller volume is not run again; a count that failed
 * narrowly is, because one step in volume can move its figures less than the noise of its
 * verdict. Each round count's search starts at its smallest passing count at the previous volume
 * and, when that passes, tries one fewer (see `SearchResult.floors`), so each volume gets the
 * answer a search from cold with the same options gives, unless a plan missed beyond reasonable
 * doubt at a smaller volume and passes at a larger one (the risk the screening stop already
 * takes). The cheapest plan itself may trade cabinets for rounds from one volume to the next.
 * @throws ImpossibleTargetsError (with the volume in the message) when a volume cannot be met
 */
export async function sizingCurve(scenario: Scenario, deliveries: readonly number[], given: SizingCurveOptions = {}): Promise<SizingCurve> {
  const options: SizingCurveOptions = { ...given, costRisesWithRounds: given.costRisesWithRounds ?? true };
  const r = resolveSizing(scenario, options);
  const sorted = [...deliveries].sort((a, b) => a - b);
  const curve: CurvePoint[] = [];
  let floors: Floors = new Map();
  for (const d of sorted) {
    let sz: WardSizing;
    try {
      const at = await sizeAt(scenario, r, options, d, floors);
      sz = at.sizing;
      floors = at.floors;
    } catch (error) {
      if (error instanceof ImpossibleTargetsError) error.volume = d;
      if (error instanceof Error) error.message = `${d} deliveries/yr: ${error.message}`;
      throw error;
    }
    const m = (k: TargetCheck['metric']): number => sz.verdict.checks.find((c) => c.metric === k)!.mean;
    curve.push({
      deliveries: d, cabinets: sz.cabinets, roundsPerDay: sz.roundsPerDay, modelId: sz.modelId, parShare: sz.parShare, roundHours: sz.roundHours, costPerYear: sz.cost.total, nursesByShift: sz.nursesByShift, bindingTarget: sz.bindingTarget, slotAllocation: sz.slotAllocation,
      restockLaborHoursPerDay: sz.verdict.restockLaborHoursPerDay, inventoryUnitsMean: sz.verdict.inventoryUnitsMean,
      fillRate: m('fillRate'), tripWaitP95Min: m('tripWaitP95Min'), stockoutSlotHoursPer1000PatientDays: m('stockoutSlotHoursPer1000PatientDays'),
      evaluations: sz.evaluations.length,
      ...(sz.benefit !== undefined ? { nurseSupplyMinutesFreedPerYear: sz.benefit.nurseSupplyMinutesFreedPerYear.mean, benefitCnyPerYear: sz.benefit.benefitCnyPerYear.mean } : {}),
    });
    options.onPoint?.(curve[curve.length - 1], curve.length - 1);
  }
  return { kind: 'sizing-curve', targets: r.targets, costs: r.costs, seed: r.seed, commonRandomNumbers: true, costRisesWithRounds: options.costRisesWithRounds === true, curve, ...(r.nurseMinuteValue !== undefined ? { nurseMinuteValue: r.nurseMinuteValue } : {}) };
}
