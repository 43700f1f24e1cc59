/**
 * The runner's vocabulary: a job a planner submitted (a run of one scenario, or a compare of
 * two), the progress it reports as replications finish, the executor that does the work, and
 * the messages a live stream carries to the visualizer.
 */
import type { RunKind, RunStatus, SeriesPoint } from '../store/run-store.js';

/** One job as the executor sees it: the stored request, untouched. */
export interface RunJob {
  readonly id: string;
  readonly kind: RunKind;
  readonly request: unknown;
}

/** Progress after a step (usually one replication) of a job. */
export interface RunProgress {
  /** Steps finished. */
  readonly done: number;
  /** Steps in the whole job. */
  readonly total: number;
  /** A sampled point of the job's series (e.g. running KPI means after `done` replications). */
  readonly point?: SeriesPoint;
  /**
   * Finished runs the job made on its way (a size job's run behind each point), stored by the
   * runner as succeeded jobs of kind `run` so they open like any run; ids are derived from
   * the job's, so a re-run after a crash writes the same records again.
   */
  readonly runs?: readonly ChildRun[];
}

/** A finished run a job hands the runner to store (see {@link RunProgress.runs}). */
export interface ChildRun {
  readonly id: string;
  readonly request: unknown;
  readonly result: unknown;
}

/** Hooks the runner hands an executor. */
export interface RunHooks {
  /** Called after each step; must be cheap. */
  onProgress(progress: RunProgress): void;
  /** Aborted when the run is cancelled or the server closes; the executor stops and rejects. */
  readonly signal: AbortSignal;
}

/**
 * Does the work of one job and resolves with its result document (JSON-able). Must be
 * deterministic: the same request gives the same result, which is what lets the server re-run
 * an interrupted job after a crash.
 */
export type RunExecutor = (job: RunJob, hooks: RunHooks) => Promise<unknown>;

/** Messages on a run's live stream (`/api/runs/:id/stream`), as JSON text frames. */
export type RunMessage =
  | { readonly type: 'snapshot'; readonly id: string; readonly status: RunStatus; readonly progress: number }
  | {
      readonly type: 'progress';
      readonly id: string;
      /** Share done, 0..1, as of the newest step in this batch. */
      readonly progress: number;
      /** Series points sampled since the previous message this client got. */
      readonly points: readonly SeriesPoint[];
      /** Batches skipped for this client because its socket was backed up (their points are in `/series`). */
      readonly dropped: number;
    }
  | { readonly type: 'end'; readonly id: string; readonly status: RunStatus; readonly error: string | null };

/** The raw events a running job emits inside the runner, before batching. */
export type RunEvent =
  | { readonly type: 'progress'; readonly progress: number; readonly point?: SeriesPoint }
  | { readonly type: 'end'; readonly status: RunStatus; readonly progress: number; readonly error: string | null };
