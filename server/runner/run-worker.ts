/**
 * Inside a run's worker thread: executes the one job it was handed and reports progress and
 * the result to the runner. All the engine work happens here, off the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { executeJob } from './execute-job.js';
import type { RunJob, RunProgress } from './run-types.js';

/** Messages from the worker to the runner. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: RunProgress }
  | { readonly type: 'result'; readonly result: unknown }
  | { readonly type: 'error'; readonly message: string };

const port = parentPort;
if (port) {
  const { job } = workerData as { job: RunJob };
  const post = (message: WorkerMessage): void => port.postMessage(message);
  try {
    const result = await executeJob(job, (progress) => post({ type: 'progress', progress }));
    post({ type: 'result', result });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
