/**
 * Evaluating design points on the ward: each unit-hypercube point becomes a scenario (every
 * factor set at its value, then the whole document validated), and every point runs the same
 * replications with the same seed, so points differ by their parameters and not by luck
 * (common random numbers). For a comparison each point runs both arms with the same factor
 * values and the output is the paired difference scenario − baseline. All points of a batch go
 * to the executor at once, so a pool or queue runs them side by side; results come back in job
 * order whichever executor ran them, so the indices are executor-independent.
 */
import { validateScenario } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { setAtPointer } from '../json-pointer.js';
import { replicationJobs, runReplicationJob } from '../replication-job.js';
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';
import { runBatch } from '../run-replications.js';
import type { ReplicationOptions } from '../run-replications.js';
import type { ExecutorKind } from '../executors/executor.js';
import { factorValue } from './factor-space.js';
import type { Factor } from './factor-space.js';
import { roundsFollowShift } from './rounds-follow-shift.js';

/** What is evaluated: one scenario, or a paired comparison. */
export interface WardTarget {
  readonly scenario: Scenario;
  /** With a baseline the output is scenario − baseline, pair by pair. */
  readonly baseline: Scenario | null;
  readonly seed: number;
  /** Replications per design point and arm. */
  readonly replications: number;
}

/** Options passed to the executor. */
export type EvaluationOptions = Pick<ReplicationOptions, 'executor' | 'signal' | 'onProgress'>;

/**
 * The scenario at a design point (factors not in `u` keep their scenario value); fixed restock
 * rounds keep their position in the restocker shift when the shift is varied
 * ({@link roundsFollowShift}).
 */
export function scenarioAt(base: Scenario, factors: readonly Factor[], u: readonly number[]): Scenario {
  let doc: unknown = base;
  factors.forEach((f, i) => {
    const set = setAtPointer(doc, f.path, factorValue(f, u[i]));
    if (!set.ok) throw new RangeError(`${f.path}: ${set.message}`);
    doc = set.doc;
  });
  const checked = validateScenario(roundsFollowShift(base, doc as Scenario));
  if (!checked.ok) {
    const at = factors.map((f, i) => `${f.path}=${factorValue(f, u[i])}`).join(', ');
    throw new RangeError(`design point (${at}) is not a valid scenario: ${checked.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  }
  return checked.scenario;
}

/**
 * KPI keys the ward reports for `scenario` (from a one-day run; cheap and always current).
 */
export function wardKpiKeys(scenario: Scenario): string[] {
  const short = validateScenario({ ...scenario, run: { ...scenario.run, horizonDays: 1, warmupDays: 0 } });
  if (!short.ok) return [];
  return Object.keys(runReplicationJob({ scenario: short.scenario, seed: 0, replication: 0 }).kpis);
}

function kpiOf(o: ReplicationOutcome, kpi: string): number {
  return (o.kpis as unknown as Record<string, number>)[kpi];
}

/**
 * Runs every design point (null = the unmodified scenarios) and returns, per KPI, the output
 * at each point: the mean over replications (of the paired difference for a comparison).
 * @returns outputs by KPI and the kernel events processed
 */
export async function evaluatePoints(
  target: WardTarget,
  factors: readonly Factor[],
  points: readonly (readonly number[] | null)[],
  kpis: readonly string[],
  options: EvaluationOptions,
): Promise<{ outputs: Record<string, number[]>; eventsProcessed: number; executorKind: ExecutorKind }> {
  const r = target.replications;
  const arms = target.baseline === null ? [target.scenario] : [target.scenario, target.baseline];
  const jobs: ReplicationJob[] = [];
  for (const u of points) {
    for (const arm of arms) jobs.push(...replicationJobs(u === null ? arm : scenarioAt(arm, factors, u), target.seed, r));
  }
  const { outcomes, executorKind } = await runBatch(options.executor ?? null, jobs, options.onProgress, options.signal);
  const outputs: Record<string, number[]> = {};
  const per = arms.length * r;
  for (const kpi of kpis) {
    outputs[kpi] = points.map((_, p) => {
      let sum = 0;
      for (let i = 0; i < r; i++) {
        const a = kpiOf(outcomes[p * per + i], kpi);
        sum += arms.length === 1 ? a : a - kpiOf(outcomes[p * per + r + i], kpi);
      }
      return sum / r;
    });
  }
  return { outputs, eventsProcessed: outcomes.reduce((s, o) => s + o.eventsProcessed, 0), executorKind };
}
