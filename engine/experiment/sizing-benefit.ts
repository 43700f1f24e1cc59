/**
 * What a sized plan gives back, beside what it costs: the nurse time no longer spent on supply
 * handovers and store-room walks, valued at the planner's price of a nurse minute. The plan's
 * ward and its no-cabinet twin (the same ward, roster, volume and horizon, supplies from the
 * nurse station and the shop only, as the presets' `-baseline` twins) are run with common
 * random numbers: the plan's replications are the ones that confirmed it, the twin's use the
 * same seed and indices, so each pair differs by the cabinets only and the difference is taken
 * replication by replication, scaled from the simulated days to a year.
 */
import type { Scenario } from '../../scenarios/index.js';
import type { Executor } from './executors/executor.js';
import { pairedDifferences, PAIRED_CRN_METHOD } from './paired.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationOutcome } from './replication-job.js';
import { runBatch } from './run-replications.js';
import type { Progress } from './run-replications.js';
import type { Summary } from './summary.js';
import { BENEFIT_INPUTS } from './portfolio/benefit-values.js';

/** A plan's nurse time freed a year against the ward without cabinets, and its value. */
export interface PlanBenefit {
  /** `paired-crn`: plan and no-cabinet twin replication i shared seed and index. */
  readonly method: typeof PAIRED_CRN_METHOD;
  readonly replications: number;
  /** Value of one nurse minute freed, CNY/min (as given). */
  readonly nurseMinuteValue: number;
  /** Nurse minutes a year no longer spent on supply handovers and store-room walks (twin − plan). */
  readonly nurseSupplyMinutesFreedPerYear: Summary;
  /** Those minutes valued: minutes freed × `nurseMinuteValue`, CNY a year. */
  readonly benefitCnyPerYear: Summary;
  /** Mean benefit over the plan's yearly cost (both CNY a year); null when the plan costs nothing. */
  readonly benefitPerCost: number | null;
}

/**
 * The ward without cabinets: no cabinet instances, and the cabinet channel left out of the
 * channel order, so every need goes to the nurse station or the shop.
 * @throws RangeError when the scenario has no channel but the cabinet (nothing to compare with)
 */
export function withoutCabinets(s: Scenario): Scenario {
  const order = s.channels.order.filter((c) => c !== 'cabinet');
  if (order.length === 0) throw new RangeError(`sizing: scenario "${s.meta.id}" has no channel besides the cabinet (channels.order); a ward without cabinets cannot be compared`);
  return { ...s, meta: { ...s.meta, id: `${s.meta.id}-baseline` }, cabinets: { ...s.cabinets, instances: [] }, channels: { ...s.channels, order } };
}

/**
 * Checks a nurse-minute value before any run: within `BENEFIT_INPUTS.nurseMinute`'s bounds, and
 * a scenario that has a ward without cabinets to compare with.
 * @throws RangeError naming the value and the bound it broke, or the scenario
 */
export function checkNurseMinuteValue(s: Scenario, value: number): void {
  const nm = BENEFIT_INPUTS.nurseMinute;
  if (!(value >= nm.min && value <= nm.max)) throw new RangeError(`sizing: nurseMinuteValue(=${value}) must be a finite number in [${nm.min}, ${nm.max}] ${nm.unit}`);
  withoutCabinets(s);
}

/** Nurse supply minutes a year, per replication (the KPI is minutes ÷ (days × shifts a day)). */
export function nurseMinutesPerYear(s: Scenario, outcomes: readonly ReplicationOutcome[]): number[] {
  const shifts = s.people.shifts.length;
  return outcomes.map((o) => o.kpis.nurseSupplyMinutesPerShift * shifts * 365);
}

/** Options of {@link planBenefit}. */
export interface PlanBenefitOptions {
  readonly seed: number;
  /** CNY per nurse minute freed. */
  readonly nurseMinuteValue: number;
  /** The plan's yearly cost, CNY (for the benefit per cost). */
  readonly costPerYear: number;
  readonly executor?: Executor;
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

/**
 * Runs the plan's no-cabinet twin at the plan's seed and replication indices and returns the
 * nurse time freed a year with its value.
 * @param plan - the chosen plan's scenario
 * @param planOutcomes - the replications that confirmed it, indices 0 .. n − 1 in order
 */
export async function planBenefit(plan: Scenario, planOutcomes: readonly ReplicationOutcome[], o: PlanBenefitOptions): Promise<PlanBenefit> {
  const twin = withoutCabinets(plan);
  const n = planOutcomes.length;
  const { outcomes } = await runBatch(o.executor ?? null, replicationJobs(twin, o.seed, n, 0), o.onProgress, o.signal);
  const withCabinets = nurseMinutesPerYear(plan, planOutcomes);
  const without = nurseMinutesPerYear(twin, outcomes);
  // pairedDifferences(x, y) is y − x: with the plan first it gives twin − plan, the minutes freed.
  const freed = pairedDifferences(withCabinets, without);
  const benefit = pairedDifferences(withCabinets.map((m) => m * o.nurseMinuteValue), without.map((m) => m * o.nurseMinuteValue));
  return {
    method: PAIRED_CRN_METHOD,
    replications: n,
    nurseMinuteValue: o.nurseMinuteValue,
    nurseSupplyMinutesFreedPerYear: freed,
    benefitCnyPerYear: benefit,
    benefitPerCost: o.costPerYear > 0 ? benefit.mean / o.costPerYear : null,
  };
}
