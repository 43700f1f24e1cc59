/**
 * The worker-thread pool executor (the default): replications run in parallel on the
 * machine's cores through piscina. Each thread loads the ward model once and then takes jobs;
 * a job and its outcome cross the thread boundary by structured clone, which keeps every
 * number exact. Results are placed by job index as they arrive, so completion order never
 * shows in the output.
 */
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';
import { abortReason } from './executor.js';
import type { Executor, ExecutorRunOptions } from './executor.js';

/** Options of {@link createPoolExecutor}. */
export interface PoolExecutorOptions {
  /** Worker threads; default all cores (`os.availableParallelism()`). */
  readonly workers?: number;
}

/**
 * Young-generation size of a simulation thread, MB (V8 splits it into two semi-spaces and a
 * large-object area: 3 × `--max-semi-space-size`). A ward run allocates a few hundred MB of
 * short-lived objects (trips, lots, admissions) over a simulated year while keeping the ward's
 * census alive; with V8's default 16 MB semi-spaces many of those survive a scavenge, get
 * promoted and are collected again by the old generation. 64 MB semi-spaces cut a provincial
 * year's CPU by about 15 % (bench:ward runs with the same setting) for about 60 MB more peak
 * memory per thread.
 */
export const SIMULATION_YOUNG_GENERATION_MB = 192;

/**
 * The thread entry. Compiled (this module is `pool-executor.js`), the compiled `pool-thread.js`;
 * from the TypeScript sources, `pool-worker.js`, which registers tsx and loads `pool-thread.ts`.
 */
const WORKER_FILE = new URL(import.meta.url.endsWith('.ts') ? './pool-worker.js' : './pool-thread.js', import.meta.url).href;

/**
 * Creates a worker-thread pool executor.
 * @throws RangeError when `workers` is not an integer ≥ 1
 */
export function createPoolExecutor(options: PoolExecutorOptions = {}): Executor {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`createPoolExecutor: workers(=${workers}) must be an integer >= 1`);
  }
  // Threads start all at once (minThreads = maxThreads) so the first batch does not pay for
  // spawning them one by one; one queued task per thread keeps every core busy.
  // piscina loads here rather than with the engine (a run in this thread never needs it); the
  // threads start as soon as it has loaded, while the caller prepares its first batch.
  const poolReady: Promise<Piscina<ReplicationJob, ReplicationOutcome>> = import('piscina').then(
    ({ Piscina: Pool }) =>
      new Pool<ReplicationJob, ReplicationOutcome>({
        filename: WORKER_FILE,
        minThreads: workers,
        maxThreads: workers,
        concurrentTasksPerWorker: 1,
        idleTimeout: 60_000,
        resourceLimits: { maxYoungGenerationSizeMb: SIMULATION_YOUNG_GENERATION_MB },
      }),
  );
  let closed = false;
  return {
    kind: 'pool',
    parallelism: workers,
    async run(jobs: readonly ReplicationJob[], runOptions: ExecutorRunOptions = {}): Promise<ReplicationOutcome[]> {
      if (closed) throw new Error('PoolExecutor.run: executor is closed');
      const { signal, onProgress } = runOptions;
      const pool = await poolReady;
      if (signal?.aborted === true) throw abortReason(signal);
      const out = new Array<ReplicationOutcome>(jobs.length);
      let done = 0;
      // A local controller lets one failed job cancel the others still queued.
      const local = new AbortController();
      setMaxListeners(0, local.signal); // one listener per queued job, by design
      const onAbort = (): void => local.abort(signal === undefined ? undefined : abortReason(signal));
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        await Promise.all(
          jobs.map(async (job, index) => {
            out[index] = await pool.run(job, { signal: local.signal });
            done++;
            onProgress?.({ done, total: jobs.length, index });
          }),
        );
      } catch (error) {
        local.abort();
        if (signal !== undefined && signal.aborted) throw abortReason(signal);
        throw error;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
      return out;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await (await poolReady).destroy();
    },
  };
}
