/**
 * Running jobs on the server's own thread with the engine's in-process executor: for tests
 * and small embedded uses, where starting threads costs more than the run. A planner's server
 * uses the worker-thread executor instead, so that dispensing stays responsive during a run.
 */
import { executeJob } from './execute-job.js';
import type { RunExecutor } from './run-types.js';

/** Options of {@link inProcessRunExecutor}. */
export interface InProcessRunExecutorOptions {
  /** Attach the ward series of replication 0; default true. */
  series?: boolean;
}

/** An executor that runs each job's replications one after another on this thread. */
export function inProcessRunExecutor(options: InProcessRunExecutorOptions = {}): RunExecutor {
  return (job, hooks) => executeJob(job, (p) => hooks.onProgress(p), { signal: hooks.signal, series: options.series ?? true });
}
