// Running a scenario for R replications: replication i uses the streams of (seed, i), jobs go
// to an executor, outcomes come back in replication order and are summarised with Student-t
// intervals. The engine never reads the wall clock; the caller may hand one in for `timing`.
import type { Scenario } from '../../scenarios/index.js';
import { createInProcessExecutor } from './executors/in-process-executor.js';
import type { Executor, ExecutorKind } from './executors/executor.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationJob, ReplicationOutcome } from './replication-job.js';
import { makeTiming, summariseOutcomes } from './run-result.js';
import type { RunResult } from './run-result.js';

/** Progress of a running experiment, reported as each replication finishes. */
export interface Progress {
  /** Replications finished so far (all scenarios of a comparison together). */
  done: number;
  /** Replications in the whole experiment. */
  total: number;
}

/** Options of {@link runReplications}. */
export interface ReplicationOptions {
  /** Base seed of all random streams. Default: the scenario's `run.seed`. */
  seed?: number;
  /** Number of replications, ≥ 1. Default: the scenario's `run.replications`. */
  replications?: number;
  /** Called after each finished replication. */
  onProgress?: (progress: Progress) => void;
  /** Who runs the jobs (the caller keeps and closes it). Default: a fresh in-process executor. */
  executor?: Executor;
  /** Engine version written into the result (the edge reads package.json). Default `'unknown'`. */
  engineVersion?: string;
  /** Wall clock in ms, supplied by the edge (e.g. `performance.now`); without it timing is null. */
  clock?: () => number;
  /** Cancels the run (the executor stops handing out jobs). */
  signal?: AbortSignal;
}

/** Options with defaults applied and checked. */
export interface ResolvedReplicationOptions {
  seed: number;
  replications: number;
  /** The executor given, or `null` for "make an in-process one for this run". */
  executor: Executor | null;
  engineVersion: string;
}

/**
 * Completes replication options with their defaults (one place) and checks them.
 * @throws RangeError naming the API and the rule, e.g. `runReplications: replications(=0) must be an integer ≥ 1`
 */
export function resolveReplicationOptions(api: string, scenario: Scenario, options: ReplicationOptions): ResolvedReplicationOptions {
  const seed = options.seed ?? scenario.run.seed;
  const replications = options.replications ?? scenario.run.replications;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`${api}: seed(=${seed}) must be an integer ≥ 0`);
  if (!Number.isSafeInteger(replications) || replications < 1) {
    throw new RangeError(`${api}: replications(=${replications}) must be an integer ≥ 1`);
  }
  return {
    seed,
    replications,
    executor: options.executor ?? null,
    engineVersion: options.engineVersion ?? 'unknown',
  };
}

/**
 * Runs a batch of jobs on the given executor, or on an in-process one made (and closed) for
 * the batch; progress is passed through.
 */
export async function runBatch(
  executor: Executor | null,
  jobs: readonly ReplicationJob[],
  onProgress: ((progress: Progress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<{ outcomes: ReplicationOutcome[]; executorKind: ExecutorKind }> {
  const ex = executor ?? createInProcessExecutor();
  try {
    const outcomes = await ex.run(jobs, { onProgress: (p) => onProgress?.({ done: p.done, total: p.total }), signal });
    return { outcomes, executorKind: ex.kind };
  } finally {
    if (executor === null) await ex.close();
  }
}

/**
 * Runs `scenario` for the given number of replications and returns the DESIGN.md run result:
 * each KPI and each role pair's contacts as `{ mean, sd, ci95, n }`, with scenario, seed,
 * replications, engine version, events processed and a separate `timing`.
 *
 * @param scenario - a validated scenario (see `validateScenario`)
 * @param options - seed, replications, progress, executor, engine version, clock
 * @throws RangeError on bad options; rejects when a replication fails
 */
export async function runReplications(scenario: Scenario, options: ReplicationOptions = {}): Promise<RunResult> {
  const o = resolveReplicationOptions('runReplications', scenario, options);
  const start = options.clock?.() ?? null;
  const jobs = replicationJobs(scenario, o.seed, o.replications);
  const { outcomes, executorKind } = await runBatch(o.executor, jobs, options.onProgress, options.signal);
  const end = options.clock?.() ?? null;
  const statistics = summariseOutcomes(scenario, o.seed, o.engineVersion, outcomes);
  return { kind: 'run', ...statistics, timing: makeTiming(executorKind, statistics.eventsProcessed, start, end) };
}
