/**
 * Precision mode for a comparison: the question of a comparison is the difference ("how many
 * crossings do cabinets save?"), so replications are added until the 95 % interval of the
 * paired difference of one KPI, for every scenario against the baseline, is narrow enough.
 * Every round runs all scenarios for the same new replication indices, so common random
 * numbers hold throughout and the result equals the ordinary comparison of that many
 * replications.
 */
import type { Scenario } from '../../scenarios/index.js';
import { buildComparison } from './compare-scenarios.js';
import type { ComparisonResult } from './compare-scenarios.js';
import { precisionColumn, precisionTarget } from './precision.js';
import type { PrecisionReport, PrecisionTarget } from './precision.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationOutcome } from './replication-job.js';
import { resolveReplicationOptions, runBatch } from './run-replications.js';
import type { ReplicationOptions } from './run-replications.js';
import { kpiColumns, makeTiming } from './run-result.js';
import type { ExecutorKind } from './executors/executor.js';

/** A comparison with the precision report; `precision.kpi` names the paired difference judged. */
export interface PrecisionComparisonResult extends ComparisonResult {
  readonly precision: PrecisionReport & { readonly of: 'paired-difference' };
}

/**
 * Compares scenarios with common random numbers, adding replications until the paired
 * difference of `target.kpi` (each scenario − the first) has a 95 % half-width at most the
 * target (relative targets: a share of the difference's |mean|), or the cap is hit.
 * @param scenarios - at least 2; the first is the baseline
 * @throws RangeError on fewer than 2 scenarios, an unknown KPI, half-width ≤ 0 or a cap below the start
 */
export async function compareToPrecision(scenarios: readonly Scenario[], t: PrecisionTarget, options: ReplicationOptions = {}): Promise<PrecisionComparisonResult> {
  const api = 'compareToPrecision';
  if (scenarios.length < 2) throw new RangeError(`${api}: scenarios.length(=${scenarios.length}) must be ≥ 2`);
  const o = resolveReplicationOptions(api, scenarios[0], options);
  const start = options.clock?.() ?? null;
  const perScenario: ReplicationOutcome[][] = scenarios.map(() => []);
  let kind: ExecutorKind = 'in-process';
  const report = await precisionTarget(api, t, o.replications, options.onProgress, async (from, count, onProgress) => {
    // One batch per round, scenario-major, so a pool or queue runs them side by side.
    const jobs = scenarios.flatMap((scenario) => replicationJobs(scenario, o.seed, count, from));
    const total = jobs.length;
    const batch = await runBatch(o.executor, jobs, (p) => onProgress({ done: Math.floor((p.done * count) / total), total: count }), options.signal);
    kind = batch.executorKind;
    scenarios.forEach((_, s) => perScenario[s].push(...batch.outcomes.slice(s * count, (s + 1) * count)));
    const base = precisionColumn(api, kpiColumns(perScenario[0]), t.kpi);
    return perScenario.slice(1).map((outcomes) => {
      const treat = precisionColumn(api, kpiColumns(outcomes), t.kpi);
      return treat.map((x, i) => x - base[i]);
    });
  });
  const stop = options.clock?.() ?? null;
  const result = buildComparison(scenarios, o.seed, o.engineVersion, perScenario, (events) => makeTiming(kind, events, start, stop));
  return { ...result, precision: { of: 'paired-difference', ...report } };
}
