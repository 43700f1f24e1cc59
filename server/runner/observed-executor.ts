/**
 * Watching replications finish one by one: wraps an engine executor so that each replication's
 * outcome is seen as soon as it is done (for the live KPI points of a run), while the engine
 * still receives every outcome in job order. Jobs go to the inner executor one at a time per
 * parallel slot, so a pool stays full and an in-process executor keeps yielding between jobs.
 */
import { abortReason } from '../../engine/index.js';
import type { Executor, ExecutorRunOptions, ReplicationJob, ReplicationOutcome } from '../../engine/index.js';

/** Called once per finished replication, in completion order. */
export type OutcomeListener = (outcome: ReplicationOutcome, index: number, done: number, total: number) => void;

/** An executor that runs `inner` and reports each outcome to `listener` as it arrives. */
export function observedExecutor(inner: Executor, listener: OutcomeListener): Executor {
  return {
    kind: inner.kind,
    parallelism: inner.parallelism,
    async run(jobs: readonly ReplicationJob[], options: ExecutorRunOptions = {}): Promise<ReplicationOutcome[]> {
      const out = new Array<ReplicationOutcome>(jobs.length);
      // A shared queue (parallelism 0) takes every job at once; a pool or thread as many as it has slots.
      const lanes = inner.parallelism > 0 ? Math.min(inner.parallelism, jobs.length) : jobs.length;
      let next = 0;
      let done = 0;
      const lane = async (): Promise<void> => {
        while (next < jobs.length) {
          if (options.signal?.aborted === true) throw abortReason(options.signal);
          const index = next++;
          const [outcome] = await inner.run([jobs[index]], options.signal === undefined ? {} : { signal: options.signal });
          out[index] = outcome;
          done++;
          listener(outcome, index, done, jobs.length);
          options.onProgress?.({ done, total: jobs.length, index });
        }
      };
      await Promise.all(Array.from({ length: lanes }, lane));
      return out;
    },
    close: () => inner.close(),
  };
}
