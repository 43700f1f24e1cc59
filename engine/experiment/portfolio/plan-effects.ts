/**
 * What a sized plan changes for a hospital, a year: the plan's ward and the no-cabinet
 * baseline twin are run with common random numbers (same seed, same replication indices, so
 * both see the same births, stays and needs), and each effect is the paired difference
 * baseline − plan, replication by replication, scaled from the simulated days to a year, with
 * its Student-t 95 % interval. The benefit in CNY is summarised the same way, so its interval
 * keeps the correlation between the three effects.
 */
import type { Scenario } from '../../../scenarios/index.js';
import type { Executor } from '../executors/executor.js';
import { pairedDifferences, PAIRED_CRN_METHOD } from '../paired.js';
import { replicationJobs } from '../replication-job.js';
import type { ReplicationOutcome } from '../replication-job.js';
import { runBatch } from '../run-replications.js';
import type { Progress } from '../run-replications.js';
import type { Summary } from '../summary.js';
import { benefitCny } from './benefit-values.js';
import type { ResolvedBenefitValues } from './benefit-values.js';

/** A plan's yearly effects against the baseline; positive = fewer than without cabinets. */
export interface PlanEffects {
  /** `paired-crn`: baseline and plan replication i shared seed and index. */
  readonly method: typeof PAIRED_CRN_METHOD;
  readonly replications: number;
  /** Days simulated after warm-up per replication (the effects are scaled × 365 / days). */
  readonly horizonDays: number;
  /** Nurse minutes a year no longer spent on supply handovers and store-room walks. */
  readonly nurseSupplyMinutesFreedPerYear: Summary;
  /** Mothers' and companions' trips out of the ward to the shop avoided a year. */
  readonly boundaryCrossingsAvoidedPerYear: Summary;
  /** Expected transmissions to ward people avoided a year. */
  readonly expectedInfectionsAvoidedPerYear: Summary;
  /** The three valued and added, CNY a year. */
  readonly benefitCnyPerYear: Summary;
}

/** Per-replication yearly figures of one ward. */
function yearly(s: Scenario, outcomes: readonly ReplicationOutcome[]): { nurse: number[]; crossings: number[]; infections: number[] } {
  const perYear = 365 / s.run.horizonDays;
  const shifts = s.people.shifts.length;
  return {
    // nurseSupplyMinutesPerShift is minutes / (days × shifts a day).
    nurse: outcomes.map((o) => o.kpis.nurseSupplyMinutesPerShift * shifts * 365),
    crossings: outcomes.map((o) => o.kpis.boundaryCrossings * perYear),
    infections: outcomes.map((o) => o.kpis.expectedInfections * perYear),
  };
}

/**
 * Runs the baseline and the plan with common random numbers and returns the yearly effects.
 * @param baseline - the hospital without cabinets
 * @param plan - the hospital with the sized cabinets and rounds (same horizon and roster)
 * @param replications - pairs to run, >= 2 for an interval
 */
export async function planEffects(
  baseline: Scenario,
  plan: Scenario,
  o: { seed: number; replications: number; values: ResolvedBenefitValues; executor?: Executor; onProgress?: (p: Progress) => void; signal?: AbortSignal },
): Promise<PlanEffects> {
  if (baseline.run.horizonDays !== plan.run.horizonDays) throw new RangeError(`planEffects: baseline and plan must simulate the same days (${baseline.run.horizonDays} and ${plan.run.horizonDays})`);
  const jobs = [...replicationJobs(baseline, o.seed, o.replications), ...replicationJobs(plan, o.seed, o.replications)];
  const { outcomes } = await runBatch(o.executor ?? null, jobs, o.onProgress, o.signal);
  const b = yearly(baseline, outcomes.slice(0, o.replications));
  const p = yearly(plan, outcomes.slice(o.replications));
  // pairedDifferences(x, y) is y − x: with the plan first it gives baseline − plan, the amount avoided.
  const benefit = (w: typeof b): number[] => w.nurse.map((n, i) => benefitCny(o.values, n, w.crossings[i], w.infections[i]));
  return {
    method: PAIRED_CRN_METHOD,
    replications: o.replications,
    horizonDays: plan.run.horizonDays,
    nurseSupplyMinutesFreedPerYear: pairedDifferences(p.nurse, b.nurse),
    boundaryCrossingsAvoidedPerYear: pairedDifferences(p.crossings, b.crossings),
    expectedInfectionsAvoidedPerYear: pairedDifferences(p.infections, b.infections),
    benefitCnyPerYear: pairedDifferences(benefit(p), benefit(b)),
  };
}
