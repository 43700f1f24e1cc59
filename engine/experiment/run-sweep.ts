/**
 * Running a sweep: every grid point × replication is one job, all in one batch so a pool or a
 * queue runs points side by side. Every point uses the same seed and replication indices
 * (common random numbers), so neighbouring points differ by the parameter, not by luck, and
 * the curve across the grid is smooth. The result has each KPI's mean and 95 % interval per
 * point; the wall clock stays in `timing`.
 */
import { replicationJobs } from './replication-job.js';
import { runBatch } from './run-replications.js';
import type { ReplicationOptions } from './run-replications.js';
import { makeTiming, summariseOutcomes } from './run-result.js';
import type { Timing } from './run-result.js';
import type { Summary } from './summary.js';
import type { SweepPlan } from './sweep-plan.js';

/** One grid point's statistics. */
export interface SweepPointResult {
  readonly index: number;
  /** Parameter values, keyed by axis name. */
  readonly parameters: Record<string, unknown>;
  /** Each KPI over the point's replications. */
  readonly kpis: Record<string, Summary>;
  readonly eventsProcessed: number;
}

/** The result of a sweep. */
export interface SweepResult {
  readonly kind: 'sweep';
  readonly id: string;
  /** True: every point used the same seed and replication indices. */
  readonly commonRandomNumbers: true;
  readonly seed: number;
  readonly replications: number;
  readonly engineVersion: string;
  readonly axes: readonly { name: string; path: string; values: readonly unknown[] }[];
  readonly points: readonly SweepPointResult[];
  readonly eventsProcessed: number;
  /** The sweep document as validated. */
  readonly sweep: unknown;
  /** The base scenario (defaults filled). */
  readonly baseScenario: unknown;
  readonly timing: Timing;
}

/**
 * Runs a planned sweep on the given executor (default in-process).
 * @param plan - from `planSweep`
 * @param options - executor, progress, signal, engine version, clock (seed and replications come from the plan)
 */
export async function runSweep(plan: SweepPlan, options: Omit<ReplicationOptions, 'seed' | 'replications'> = {}): Promise<SweepResult> {
  const start = options.clock?.() ?? null;
  const r = plan.replications;
  const jobs = plan.points.flatMap((p) => replicationJobs(p.scenario, plan.seed, r));
  const { outcomes, executorKind } = await runBatch(options.executor ?? null, jobs, options.onProgress, options.signal);
  const end = options.clock?.() ?? null;
  const engineVersion = options.engineVersion ?? 'unknown';
  const points = plan.points.map((p, k): SweepPointResult => {
    const stats = summariseOutcomes(p.scenario, plan.seed, engineVersion, outcomes.slice(k * r, (k + 1) * r));
    const parameters: Record<string, unknown> = {};
    plan.axes.forEach((a, i) => (parameters[a.name] = p.values[i]));
    return { index: p.index, parameters, kpis: stats.kpis, eventsProcessed: stats.eventsProcessed };
  });
  const eventsProcessed = points.reduce((s, p) => s + p.eventsProcessed, 0);
  return {
    kind: 'sweep',
    id: plan.id,
    commonRandomNumbers: true,
    seed: plan.seed,
    replications: r,
    engineVersion,
    axes: plan.axes.map((a) => ({ name: a.name, path: a.path, values: a.values })),
    points,
    eventsProcessed,
    sweep: plan.document,
    baseScenario: plan.baseScenario,
    timing: makeTiming(executorKind, eventsProcessed, start, end),
  };
}
