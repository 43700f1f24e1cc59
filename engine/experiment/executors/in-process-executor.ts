/**
 * The in-process executor: runs jobs one after another on the calling thread. It is the
 * reference the other executors are checked against, and the right choice for tests and for
 * runs too small to pay for starting threads. It yields to the event loop between jobs so that
 * progress can be drawn and an abort can land.
 */
import { runReplicationJob } from '../replication-job.js';
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';
import { abortReason } from './executor.js';
import type { Executor, ExecutorRunOptions } from './executor.js';

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Creates an executor that runs jobs sequentially in this thread. */
export function createInProcessExecutor(): Executor {
  let closed = false;
  return {
    kind: 'in-process',
    parallelism: 1,
    async run(jobs: readonly ReplicationJob[], options: ExecutorRunOptions = {}): Promise<ReplicationOutcome[]> {
      if (closed) throw new Error('InProcessExecutor.run: executor is closed');
      const out: ReplicationOutcome[] = [];
      for (let i = 0; i < jobs.length; i++) {
        if (options.signal?.aborted === true) throw abortReason(options.signal);
        out.push(runReplicationJob(jobs[i]));
        options.onProgress?.({ done: i + 1, total: jobs.length, index: i });
        await nextTurn();
      }
      return out;
    },
    close(): Promise<void> {
      closed = true;
      return Promise.resolve();
    },
  };
}
