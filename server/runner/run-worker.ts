/**
 * Inside a run's worker thread: executes the one job it was handed and reports progress and
 * the result to the runner. The job's replications go to the experiments layer's worker-thread
 * pool (`workers` threads) or, with one worker, run in this thread; either way the engine work
 * happens off the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createInProcessExecutor } from '../../engine/index.js';
import { createPoolExecutor } from '../../engine/experiment/executors/index.js';
import { executeJob } from './execute-job.js';
import type { RunJob, RunProgress } from './run-types.js';

/** Messages from the worker to the runner. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: RunProgress }
  | { readonly type: 'result'; readonly result: unknown }
  | { readonly type: 'error'; readonly message: string };

/** What the runner hands the worker. */
export interface WorkerInput {
  readonly job: RunJob;
  /** Replication threads; 1 runs them in the job's own thread. */
  readonly workers: number;
}

const port = parentPort;
if (port) {
  const { job, workers } = workerData as WorkerInput;
  const post = (message: WorkerMessage): void => port.postMessage(message);
  const executor = workers > 1 ? createPoolExecutor({ workers }) : createInProcessExecutor();
  try {
    const result = await executeJob(job, (progress) => post({ type: 'progress', progress }), { executor });
    post({ type: 'result', result });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  } finally {
    await executor.close();
  }
}
