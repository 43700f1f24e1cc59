/**
 * Executing one stored job with the engine: a run is `runReplications` of its scenario, a
 * compare is `compareScenarios` of base and alternative under common random numbers. Every
 * finished replication becomes a live point (that replication's KPIs and the running means
 * of its scenario so far), and the result carries the ward series of replication 0 of each
 * scenario (stock per cabinet and SKU, the cabinet board, restock visits, stock-out spans,
 * births, nurse minutes, the wait histogram) for the results page. The stored request holds
 * the resolved scenarios and the seed, so executing it twice gives the same result apart from
 * `timing`: that is what lets the runner re-run a job a crash interrupted. Sweeps and size
 * jobs go to `execute-experiment.ts`.
 */
import {
  compareScenarios,
  createInProcessExecutor,
  runReplications,
  simulateWard,
} from '../../engine/index.js';
import type { Executor, ReplicationOutcome, WardSeries } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { engineVersion } from '../engine-version.js';
import type { StoredCompareRequest, StoredRunRequest } from './job-request.js';
import { observedExecutor } from './observed-executor.js';
import { executeSensitivity, executeSize, executeSweep, executeValidation } from './execute-experiment.js';
import type { StoredSizeRequest, StoredSweepRequest } from './experiment-request.js';
import { executePortfolio } from './execute-portfolio.js';
import type { StoredPortfolioRequest } from './portfolio-request.js';
import type { StoredSensitivityRequest, StoredValidationRequest } from './analysis-request.js';
import type { RunJob, RunProgress } from './run-types.js';

/** Options of {@link executeJob}. */
export interface ExecuteJobOptions {
  /** Runs the replications; default a fresh in-process executor. The caller closes it. */
  executor?: Executor;
  /** Cancels the job (no further replication starts). */
  signal?: AbortSignal;
  /** Wall clock in ms for the result's `timing`; default `performance.now`. */
  clock?: () => number;
  /** Attach the series of replication 0 of each scenario; default true. */
  series?: boolean;
}

type Kpis = Readonly<Record<string, number>>;

/** Running KPI means per scenario, updated as replications arrive in any order. */
class RunningMeans {
  private readonly sums = new Map<string, { n: number; sum: Record<string, number> }>();

  add(outcome: ReplicationOutcome): Record<string, number> {
    const kpis = outcome.kpis as unknown as Kpis;
    const entry = this.sums.get(outcome.scenarioId) ?? { n: 0, sum: {} };
    this.sums.set(outcome.scenarioId, entry);
    entry.n++;
    const means: Record<string, number> = {};
    for (const [key, value] of Object.entries(kpis)) {
      entry.sum[key] = (entry.sum[key] ?? 0) + value;
      means[key] = entry.sum[key] / entry.n;
    }
    return means;
  }
}

function seriesOf(scenario: Scenario, seed: number): WardSeries | undefined {
  return simulateWard(scenario, { seed, replication: 0, series: true }).series;
}

/**
 * Runs `job` to its result document, reporting progress (and a series point) after each
 * replication. The series replications count as one more step per scenario.
 * @throws Error for an unknown job kind; rejects when a replication fails or the job is cancelled
 */
export async function executeJob(job: RunJob, onProgress: (progress: RunProgress) => void, options: ExecuteJobOptions = {}): Promise<unknown> {
  if (job.kind === 'sweep' || job.kind === 'size' || job.kind === 'portfolio' || job.kind === 'sensitivity' || job.kind === 'validation') return executeExperimentJob(job, onProgress, options);
  const inner = options.executor ?? createInProcessExecutor();
  const withSeries = options.series ?? true;
  const scenarios = job.kind === 'run' ? [(job.request as StoredRunRequest).scenario] : [(job.request as StoredCompareRequest).base, (job.request as StoredCompareRequest).alternative];
  if (job.kind !== 'run' && job.kind !== 'compare') throw new Error(`executeJob: kind(=${String(job.kind)}) must be run, compare, sweep, size or portfolio`);
  const { replications, seed } = job.request as { replications: number; seed: number };
  const total = scenarios.length * (replications + (withSeries ? 1 : 0));
  const means = new RunningMeans();
  let done = 0;
  const executor = observedExecutor(inner, (outcome) => {
    done++;
    const point = { scenarioId: outcome.scenarioId, replication: outcome.replication, done, total, kpis: outcome.kpis, runningMeans: means.add(outcome) };
    onProgress({ done, total, point });
  });
  const common = { seed, replications, executor, engineVersion: engineVersion(), clock: options.clock ?? (() => performance.now()), ...(options.signal ? { signal: options.signal } : {}) };
  try {
    const series = (scenario: Scenario): { series?: WardSeries } => {
      if (!withSeries) return {};
      if (options.signal?.aborted === true) throw new Error('run cancelled');
      const s = seriesOf(scenario, seed);
      onProgress({ done: ++done, total });
      return s === undefined ? {} : { series: s };
    };
    if (job.kind === 'run') {
      const result = await runReplications(scenarios[0] as Scenario, common);
      return { ...result, ...series(scenarios[0] as Scenario) };
    }
    const result = await compareScenarios(scenarios as Scenario[], common);
    return { ...result, runs: result.runs.map((run, k) => ({ ...run, ...series(scenarios[k] as Scenario) })) };
  } finally {
    if (options.executor === undefined) await inner.close();
  }
}

/** Sweeps, size and portfolio jobs: their own progress (replication jobs, curve volumes, hospitals), no ward series. */
async function executeExperimentJob(job: RunJob, onProgress: (progress: RunProgress) => void, options: ExecuteJobOptions): Promise<unknown> {
  const executor = options.executor ?? createInProcessExecutor();
  const context = { executor, jobId: job.id, series: options.series ?? true, clock: options.clock ?? (() => performance.now()), ...(options.signal ? { signal: options.signal } : {}) };
  try {
    if (job.kind === 'portfolio') return await executePortfolio(job.request as StoredPortfolioRequest, onProgress, context);
    if (job.kind === 'sensitivity') return await executeSensitivity(job.request as StoredSensitivityRequest, onProgress, context);
    if (job.kind === 'validation') return await executeValidation(job.request as StoredValidationRequest, onProgress, context);
    return job.kind === 'sweep'
      ? await executeSweep(job.request as StoredSweepRequest, onProgress, context)
      : await executeSize(job.request as StoredSizeRequest, onProgress, context);
  } finally {
    if (options.executor === undefined) await executor.close();
  }
}
