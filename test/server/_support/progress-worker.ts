/**
 * A run worker for tests of the worker executor: reports `replications` progress steps (one per
 * macrotask) and then a result, as `server/runner/run-worker.ts` does, without the engine.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInput, WorkerMessage } from '../../../server/runner/run-worker.js';

const port = parentPort;
if (port) {
  const { job } = workerData as WorkerInput;
  const n = (job.request as { replications?: number }).replications ?? 1;
  const post = (message: WorkerMessage): void => port.postMessage(message);
  for (let i = 1; i <= n; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    post({ type: 'progress', progress: { done: i, total: n, point: { replication: i } } });
  }
  post({ type: 'result', result: { steps: n } });
}
