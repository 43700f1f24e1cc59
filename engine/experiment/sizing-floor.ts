/**
 * An analytic floor on cabinets, found without a run: between the end of the restocker's shift
 * and its next start no round is walked (par calls wait for the shift, fixed rounds are placed
 * inside it), so what families fetch over the night must come from what the cabinets held when
 * the last round left: at most their capacity. A plan whose cabinets cannot hold the night's
 * expected demand misses the fill-rate target on expected grounds, whatever the run's luck, and
 * the search starts above it. The floor is deliberately generous to the plan: the cabinets are
 * taken as full when the night starts (par rounds only top up a SKU below its par level), the
 * night starts an hour after the shift ends (a round that sets out at the end of the shift is
 * still filling cabinets), a fixed round that starts late may refill once more (`lateShare`),
 * and the fill target's whole allowance of missed lines is spent on the night.
 */
import type { Scenario } from '../../scenarios/index.js';
import { compileParams, expectedDemandPerDay, planModelSlots } from '../ward/index.js';
import { tripActivityByHour } from './round-placement.js';

/** Hours after the shift's end that a round set out at its end may still be refilling cabinets. */
const ROUND_OVERRUN_HOURS = 1;

/** The floor and the figures behind it (for the explain output). */
export interface CabinetFloor {
  /** Fewest cabinets that can hold the night's expected demand within the fill target's allowance, ≥ 1. */
  readonly cabinets: number;
  /** Hours of the night counted (from an hour after the shift ends to its next start). */
  readonly nightHours: number;
  /** Share of a day's trips made in those hours. */
  readonly nightTripShare: number;
  /** The SKU that needs most cabinets on its own, null when none is stocked. */
  readonly bindingSku: string | null;
  /** Its expected units fetched over the night, and its units in one cabinet. */
  readonly nightUnits: number;
  readonly unitsPerCabinet: number;
}

/** Share of a day's trips made in the `hours` hours from `fromHour` (whole hours, wrapping midnight). */
function tripShare(activity: readonly number[], fromHour: number, hours: number): number {
  let share = 0;
  for (let h = 0; h < hours; h++) share += activity[(((fromHour + h) % 24) + 24) % 24];
  return share;
}

/**
 * The fewest cabinets of `s`'s plan (its first cabinet instance's model, the planner's slots)
 * that can hold the night's expected demand: the smallest c with
 * Σ_k max(0, night_k − c · cap_k · (1 + lateShare)) ≤ (1 − minFillRate) · Σ_k day_k over the
 * SKUs the cabinets stock, net of what families bring themselves. The allowance is counted in
 * units where the fill rate counts lines (an approximation: it is exact when a SKU's lines bring
 * alike amounts; at a 0.995 target it is a sliver beside one cabinet's capacity of the binding
 * SKU). 1 when the night is empty, the shift covers the day, nobody restocks, cabinets are not
 * the first channel, a fixed round falls in the night or a scenario fixes its own planogram.
 * @param s - a candidate ward (configureWard), all cabinets of one model
 * @param minFillRate - the fill-rate target, in [0, 1]
 */
export function cabinetFloor(s: Scenario, minFillRate: number): CabinetFloor {
  const none: CabinetFloor = { cabinets: 1, nightHours: 0, nightTripShare: 0, bindingSku: null, nightUnits: 0, unitsPerCabinet: 0 };
  const first = s.cabinets.instances[0];
  const model = first === undefined ? undefined : s.cabinets.models.find((m) => m.id === first.modelId);
  // Whole hours from an hour after the shift ends to the hour the next shift starts in.
  const nightFrom = Math.ceil(s.people.restockerShiftStartHour + s.people.restockerShiftHours + ROUND_OVERRUN_HOURS);
  const nightTo = Math.floor(s.people.restockerShiftStartHour) + 24;
  const nightHours = s.people.restockerShiftHours + ROUND_OVERRUN_HOURS >= 24 ? 0 : nightTo - nightFrom;
  if (model === undefined || nightHours <= 0 || s.people.restockers === 0 || s.cabinets.instances.some((c) => c.slotSkus !== undefined || c.modelId !== model.id)) return none;
  // Trips go to the cabinets first only when they come first in the channel order.
  if (s.channels.order[0] !== 'cabinet') return none;
  // A fixed round set in the night (a scenario's own hours; sizing places them in the shift) refills it.
  const inNight = (hour: number): boolean => ((((hour - nightFrom) % 24) + 24) % 24) < nightHours;
  if (s.restock.roundHours.some(inNight)) return none;
  const slots = model.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => ({ sizeClass: g.sizeClass, capacityUnits: g.capacityUnits })));
  const plan = planModelSlots(s, { id: model.id, slots });
  const cap = new Map<string, number>();
  plan.cabinets[0].slotSkus.forEach((sku, i) => {
    if (sku !== null && sku !== '') cap.set(sku, (cap.get(sku) ?? 0) + slots[i].capacityUnits);
  });
  const activity = tripActivityByHour(s.catalog.tripHourWeights);
  const share = tripShare(activity, nightFrom, nightHours);
  // What families cover from their own supplies never reaches a cabinet (a line is covered with the item's share).
  const own = compileParams(s).skuOwnSupplyShare;
  const demand = expectedDemandPerDay(s).map((d, k) => d * (1 - own[k]));
  const stocked = s.catalog.items.map((it, k) => ({ sku: it.sku, day: demand[k], night: demand[k] * share, cap: (cap.get(it.sku) ?? 0) * (1 + s.restock.lateShare) })).filter((x) => x.cap > 0);
  const allowance = (1 - minFillRate) * stocked.reduce((a, x) => a + x.day, 0);
  const shortfall = (c: number): number => stocked.reduce((a, x) => a + Math.max(0, x.night - c * x.cap), 0);
  // The shortfall falls as c grows and is 0 once every SKU fits: bisect between 1 and that count.
  let hi = Math.max(1, ...stocked.map((x) => Math.ceil(x.night / x.cap)));
  let lo = 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (shortfall(mid) <= allowance) hi = mid;
    else lo = mid;
  }
  const binding = stocked.reduce<(typeof stocked)[number] | null>((a, x) => (a === null || x.night / x.cap > a.night / a.cap ? x : a), null);
  return {
    cabinets: hi, nightHours, nightTripShare: share, bindingSku: binding?.sku ?? null,
    nightUnits: binding?.night ?? 0, unitsPerCabinet: binding === null ? 0 : binding.cap / (1 + s.restock.lateShare),
  };
}
