/**
 * Precision mode: instead of guessing how many replications a question needs, keep adding
 * them until the 95 % interval of one chosen KPI is narrow enough ("fill rate to ±0.002",
 * "crossings to ±2 %"), up to a cap. After each round the number still needed is estimated
 * from the current spread (half-width shrinks like 1/√n), so the run does not crawl one
 * replication at a time. Replication indices only grow, so a precision run is the ordinary
 * run of the replication count it stopped at: same seed, same numbers.
 */
import type { Scenario } from '../../scenarios/index.js';
import { runBatch, resolveReplicationOptions } from './run-replications.js';
import type { ReplicationOptions } from './run-replications.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationOutcome } from './replication-job.js';
import { kpiColumns, makeTiming, summariseOutcomes } from './run-result.js';
import type { RunResult } from './run-result.js';
import { precisionLoop } from './_internals/precision-loop.js';
import type { PrecisionLoopSpec } from './_internals/precision-loop.js';
import type { Progress } from './run-replications.js';
import type { ExecutorKind } from './executors/executor.js';

/** Cap on replications when a target gives none. */
export const DEFAULT_MAX_REPLICATIONS = 200;

/** The precision asked for. */
export interface PrecisionTarget {
  /** KPI key, e.g. `fillRate` or `boundaryCrossings`. */
  readonly kpi: string;
  /** Largest acceptable 95 % half-width: in the KPI's unit, or a share of |mean| when `relative`. */
  readonly halfWidth: number;
  /** Read `halfWidth` as a share of the mean's magnitude (0.02 = ±2 %); default false. */
  readonly relative?: boolean;
  /** Replications never exceed this; default {@link DEFAULT_MAX_REPLICATIONS} (200). */
  readonly maxReplications?: number;
}

/** How the precision run ended, stored beside the run result. */
export interface PrecisionReport {
  readonly kpi: string;
  /** Target half-width in the KPI's unit (relative targets resolved against the final mean). */
  readonly targetHalfWidth: number;
  readonly relative: boolean;
  /** Half-width reached, KPI unit. */
  readonly halfWidth: number;
  /** True when the target was met; false when the cap stopped the run. */
  readonly reached: boolean;
  readonly maxReplications: number;
  /** Replication counts after each round, e.g. `[10, 23, 25]`. */
  readonly rounds: readonly number[];
}

/** A run result with the precision report. */
export interface PrecisionRunResult extends RunResult {
  readonly precision: PrecisionReport;
}

/** The column of `kpi` among `columns`, or a RangeError naming the keys there are. */
export function precisionColumn(api: string, columns: Record<string, number[]>, kpi: string): number[] {
  const column = columns[kpi];
  if (column === undefined) throw new RangeError(`${api}: kpi(=${JSON.stringify(kpi)}) is not a KPI key (one of ${Object.keys(columns).join(', ')})`);
  return column;
}

/**
 * Runs the precision loop for target `t` (the defaults of {@link PrecisionTarget} filled in)
 * and reports how it ended. Shared by a run and a comparison, which differ only in `round`.
 * @param replications - the caller's replications: the first round (at least 2 are run)
 */
export async function precisionTarget(
  api: string,
  t: PrecisionTarget,
  replications: number,
  onProgress: ((p: Progress) => void) | undefined,
  round: PrecisionLoopSpec['round'],
): Promise<PrecisionReport> {
  const cap = t.maxReplications ?? DEFAULT_MAX_REPLICATIONS;
  const relative = t.relative === true;
  const end = await precisionLoop({
    api, halfWidth: t.halfWidth, relative, first: Math.max(2, replications), cap, round,
    ...(onProgress !== undefined ? { onProgress } : {}),
  });
  return {
    kpi: t.kpi, targetHalfWidth: end.targetHalfWidth, relative, halfWidth: end.halfWidth,
    reached: end.reached, maxReplications: cap, rounds: end.rounds,
  };
}

/**
 * Runs replications until `target.kpi`'s 95 % half-width is at most the target or the cap is hit.
 * Starts with `options.replications` (default the scenario's, at least 2). Progress counts
 * replications done against the current plan, which grows after each round.
 * @throws RangeError on a bad target (unknown KPI, half-width ≤ 0, cap below the start)
 */
export async function runToPrecision(scenario: Scenario, t: PrecisionTarget, options: ReplicationOptions = {}): Promise<PrecisionRunResult> {
  const api = 'runToPrecision';
  const o = resolveReplicationOptions(api, scenario, options);
  const start = options.clock?.() ?? null;
  const outcomes: ReplicationOutcome[] = [];
  let kind: ExecutorKind = 'in-process';
  const precision = await precisionTarget(api, t, o.replications, options.onProgress, async (from, count, onProgress) => {
    const batch = await runBatch(o.executor, replicationJobs(scenario, o.seed, count, from), onProgress, options.signal);
    kind = batch.executorKind;
    outcomes.push(...batch.outcomes);
    return [precisionColumn(api, kpiColumns(outcomes), t.kpi)];
  });
  const stop = options.clock?.() ?? null;
  const statistics = summariseOutcomes(scenario, o.seed, o.engineVersion, outcomes);
  return { kind: 'run', ...statistics, precision, timing: makeTiming(kind, statistics.eventsProcessed, start, stop) };
}
