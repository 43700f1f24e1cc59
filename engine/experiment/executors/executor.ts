/**
 * The executor: whatever runs a batch of replication jobs. Three exist (in this process, a
 * worker-thread pool, a Redis queue shared by machines); callers see one interface. The one
 * promise every executor keeps is that results come back in job order, never in the order
 * they finished, so a table built from them is the same whichever executor ran it.
 */
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';

/** Names of the executor implementations. */
export type ExecutorKind = 'in-process' | 'pool' | 'distributed';

/** A job finished (reported in completion order, unlike the results). */
export interface JobProgress {
  /** Jobs finished so far in this batch. */
  readonly done: number;
  /** Jobs in this batch. */
  readonly total: number;
  /** Position in the batch of the job that just finished. */
  readonly index: number;
}

/** Options of {@link Executor.run}. */
export interface ExecutorRunOptions {
  /** Called once per finished job, as it finishes. */
  readonly onProgress?: (progress: JobProgress) => void;
  /** Aborting rejects the batch with the signal's reason and drops jobs not yet started. */
  readonly signal?: AbortSignal;
}

/** Runs batches of replication jobs. */
export interface Executor {
  /** Which implementation this is. */
  readonly kind: ExecutorKind;
  /** Parallel slots (threads, or 0 when unknown as for a shared queue). */
  readonly parallelism: number;
  /**
   * Runs `jobs` and resolves with one outcome per job, `result[i]` for `jobs[i]`.
   * Rejects when a job fails for good or the signal aborts.
   */
  run(jobs: readonly ReplicationJob[], options?: ExecutorRunOptions): Promise<ReplicationOutcome[]>;
  /** Releases threads and connections; the executor cannot be used afterwards. */
  close(): Promise<void>;
}

/** The error an aborted batch rejects with: the signal's reason, or an AbortError. */
export function abortReason(signal: AbortSignal): Error {
  const r: unknown = signal.reason;
  if (r instanceof Error) return r;
  const e = new Error(typeof r === 'string' ? r : 'The operation was aborted');
  e.name = 'AbortError';
  return e;
}
