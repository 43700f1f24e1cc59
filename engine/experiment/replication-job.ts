/**
 * One replication as a job: the unit of work every executor hands out. A job is the scenario
 * and the pair (seed, replication) and nothing else, so a worker thread, another process or
 * another machine can run it with no shared state; the outcome is compact (KPI numbers, the
 * contact matrices, nurse minutes by shift and the event count, never series or ledgers) because it crosses a thread
 * boundary or a network. The job is a pure function of its inputs: the same job gives the
 * same outcome wherever it runs, which is what lets the three executors agree byte for byte.
 */
import type { Scenario } from '../../scenarios/index.js';
import { simulateWard } from '../ward/index.js';
import type { ContactsByRolePair, ForecastTrack, WardDiagnostics, WardKpis, WardStart } from '../ward/index.js';

/** A replication to run: the scenario (already validated) and the pair (seed, replication). */
export interface ReplicationJob {
  /** Complete, validated scenario (defaults filled). */
  readonly scenario: Scenario;
  /** Base seed of all random streams. */
  readonly seed: number;
  /** Replication index, 0-based; with the seed it fixes every random stream (CRN). */
  readonly replication: number;
  /** Start from this live state (a twin forecast) instead of an empty ward; default none. */
  readonly start?: WardStart;
  /** Also return the validation diagnostics; default false. */
  readonly diagnostics?: boolean;
}

/** What a job returns: the plain numbers of one replication, JSON-safe. */
export interface ReplicationOutcome {
  readonly scenarioId: string;
  readonly seed: number;
  readonly replication: number;
  /** KPI values after warm-up (DESIGN.md keys). */
  readonly kpis: WardKpis;
  /** Contact episodes and minutes by role pair. */
  readonly contactsByRolePair: ContactsByRolePair;
  /** Nurse supply minutes per occurrence of each roster shift, keyed by shift name, min. */
  readonly nurseSupplyMinutesByShift: Readonly<Record<string, number>>;
  /** Kernel events processed, warm-up included. */
  readonly eventsProcessed: number;
  /** The forecast record of a job with `start`. */
  readonly forecast?: ForecastTrack;
  /** Births by hour and weekday and twins, only when the job asked for them. */
  readonly diagnostics?: WardDiagnostics;
}

/**
 * Runs one replication and returns its compact outcome.
 * @param job - scenario, seed and replication index
 */
export function runReplicationJob(job: ReplicationJob): ReplicationOutcome {
  const r = simulateWard(job.scenario, { seed: job.seed, replication: job.replication, diagnostics: job.diagnostics === true, ...(job.start !== undefined ? { start: job.start } : {}) });
  return {
    scenarioId: r.scenarioId,
    seed: r.seed,
    replication: r.replication,
    kpis: r.kpis,
    contactsByRolePair: r.contactsByRolePair,
    nurseSupplyMinutesByShift: r.nurseSupplyMinutesByShift,
    eventsProcessed: r.eventsProcessed,
    ...(r.forecast !== undefined ? { forecast: r.forecast } : {}),
    ...(r.diagnostics !== undefined ? { diagnostics: r.diagnostics } : {}),
  };
}

/**
 * Jobs for replications `from .. from + count − 1` of one scenario, in index order.
 * @param scenario - validated scenario
 * @param seed - base seed
 * @param count - number of replications, ≥ 0
 * @param from - first replication index; default 0
 */
export function replicationJobs(scenario: Scenario, seed: number, count: number, from = 0): ReplicationJob[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`replicationJobs: count(=${count}) must be an integer >= 0`);
  if (!Number.isInteger(from) || from < 0) throw new RangeError(`replicationJobs: from(=${from}) must be an integer >= 0`);
  return Array.from({ length: count }, (_, i) => ({ scenario, seed, replication: from + i }));
}
