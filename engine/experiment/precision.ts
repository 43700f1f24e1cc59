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
import { halfWidth, summarise } from './summary.js';

/** The precision asked for. */
export interface PrecisionTarget {
  /** KPI key, e.g. `fillRate` or `boundaryCrossings`. */
  readonly kpi: string;
  /** Largest acceptable 95 % half-width: in the KPI's unit, or a share of |mean| when `relative`. */
  readonly halfWidth: number;
  /** Read `halfWidth` as a share of the mean's magnitude (0.02 = ±2 %); default false. */
  readonly relative?: boolean;
  /** Replications never exceed this; default 200. */
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

function target(t: PrecisionTarget, mean: number): number {
  return t.relative === true ? t.halfWidth * Math.abs(mean) : t.halfWidth;
}

/**
 * Runs replications until `target.kpi`'s 95 % half-width is at most the target or the cap is hit.
 * Starts with `options.replications` (default the scenario's, at least 2).
 * @throws RangeError on a bad target (unknown KPI, half-width ≤ 0, cap below the start)
 */
export async function runToPrecision(scenario: Scenario, t: PrecisionTarget, options: ReplicationOptions = {}): Promise<PrecisionRunResult> {
  const o = resolveReplicationOptions('runToPrecision', scenario, options);
  const cap = t.maxReplications ?? 200;
  if (!(t.halfWidth > 0) || !Number.isFinite(t.halfWidth)) throw new RangeError(`runToPrecision: halfWidth(=${t.halfWidth}) must be a finite number > 0`);
  const first = Math.max(2, o.replications);
  if (!Number.isInteger(cap) || cap < first) throw new RangeError(`runToPrecision: maxReplications(=${cap}) must be an integer >= the starting replications (${first})`);
  const start = options.clock?.() ?? null;
  const outcomes: ReplicationOutcome[] = [];
  const rounds: number[] = [];
  let kind = 'in-process';
  let want = first;
  for (;;) {
    const jobs = replicationJobs(scenario, o.seed, want - outcomes.length, outcomes.length);
    const batch = await runBatch(o.executor, jobs, options.onProgress, options.signal);
    kind = batch.executorKind;
    outcomes.push(...batch.outcomes);
    rounds.push(outcomes.length);
    const column = kpiColumns(outcomes)[t.kpi];
    if (column === undefined) throw new RangeError(`runToPrecision: kpi(=${JSON.stringify(t.kpi)}) is not a KPI key`);
    const s = summarise(column);
    const hw = halfWidth(s);
    const goal = target(t, s.mean);
    if (hw <= goal || outcomes.length >= cap) {
      const end = options.clock?.() ?? null;
      const statistics = summariseOutcomes(scenario, o.seed, o.engineVersion, outcomes);
      const precision: PrecisionReport = {
        kpi: t.kpi, targetHalfWidth: goal, relative: t.relative === true, halfWidth: hw,
        reached: hw <= goal, maxReplications: cap, rounds,
      };
      return { kind: 'run', ...statistics, precision, timing: makeTiming(kind, statistics.eventsProcessed, start, end) };
    }
    // Half-width ∝ 1/√n: n·(hw/goal)² more would do if the spread holds; add 10 % against
    // an optimistic sd, at least one more, never past the cap. A goal of 0 (relative target of
    // a zero mean) cannot be met by more runs, so go straight to the cap.
    const estimate = goal > 0 ? Math.ceil(outcomes.length * (hw / goal) ** 2 * 1.1) : cap;
    want = Math.min(cap, Math.max(outcomes.length + 1, estimate));
  }
}
