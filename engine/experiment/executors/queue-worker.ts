/**
 * A queue worker: the process behind `wardtwin worker --redis URL`. It takes replication jobs
 * from the Redis queue and runs them on a local worker-thread pool, so the process's own
 * event loop stays free to renew job locks while a long replication runs; a lock that stops
 * being renewed means the worker died, and Redis then gives the job to another worker.
 */
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';
import { createPoolExecutor } from './pool-executor.js';
import { DEFAULT_QUEUE_NAME, redisOptionsFromUrl } from './redis-connection.js';
import type { DistributedJobData } from './distributed-executor.js';

/** Options of {@link startQueueWorker}. */
export interface QueueWorkerOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  readonly redisUrl: string;
  /** Queue name; default `wardtwin-replications`. */
  readonly queueName?: string;
  /** Jobs run at once (worker threads); default all cores. */
  readonly workers?: number;
  /**
   * How long a job stays locked to this worker without renewal, ms; default 30 000. A killed
   * worker's job goes back to the queue after about this long.
   */
  readonly lockMs?: number;
  /** Called once per job this worker finished. */
  readonly onJobDone?: (info: { jobId: string; replication: number }) => void;
}

/** A running queue worker. */
export interface QueueWorker {
  /** Stops taking jobs, waits for running ones, releases threads and connections. */
  close(): Promise<void>;
}

/**
 * Joins the queue and starts taking jobs.
 * @throws RangeError on a bad URL, worker count or lock duration
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const connection = redisOptionsFromUrl(options.redisUrl);
  const lockMs = options.lockMs ?? 30_000;
  if (!Number.isInteger(lockMs) || lockMs < 100) throw new RangeError(`startQueueWorker: lockMs(=${lockMs}) must be an integer >= 100`);
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME;
  // BullMQ and ioredis load here, not with the engine: a command that never joins a queue
  // should not pay their ~250 ms of module loading.
  const [{ Worker }, { createScenarioCache }] = await Promise.all([import('bullmq'), import('./scenario-store.js')]);
  const pool = createPoolExecutor(options.workers === undefined ? {} : { workers: options.workers });
  const scenarios = createScenarioCache(options.redisUrl, queueName);
  const worker = new Worker<DistributedJobData | ReplicationJob, ReplicationOutcome>(
    queueName,
    async (job) => {
      const d = job.data;
      // Jobs by scenario hash (this version's clients); a job with the whole scenario also runs.
      const scenario = 'scenarioHash' in d ? await scenarios.get(d.scenarioHash) : d.scenario;
      const [outcome] = await pool.run([{ scenario, seed: d.seed, replication: d.replication, ...(d.diagnostics === true ? { diagnostics: true } : {}) }]);
      options.onJobDone?.({ jobId: job.id ?? '', replication: d.replication });
      return outcome;
    },
    {
      connection,
      concurrency: pool.parallelism,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      // A worker may die more than once on the same job (machines reboot); keep retrying it.
      maxStalledCount: 5,
    },
  );
  await worker.waitUntilReady();
  return {
    async close(): Promise<void> {
      await worker.close();
      await pool.close();
      await scenarios.close();
    },
  };
}
