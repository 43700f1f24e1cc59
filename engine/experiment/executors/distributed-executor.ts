/**
 * The distributed executor: replication jobs go onto a BullMQ queue in Redis and any number of
 * `wardtwin worker --redis URL` processes, on any machine, take them. A job carries only
 * (scenario hash, seed, replication): each distinct scenario of a batch is stored once in Redis
 * by its hash and each worker fetches it once (see scenario-store); a worker sends back the
 * compact outcome. Each job has an
 * id made of the batch id and its index, and the outcome is stored under that index: when a
 * worker dies mid-job, Redis hands the job to another worker once its lock lapses (stalled-job
 * retry), and whichever attempt completes fills the slot once. Nothing is lost, nothing is
 * counted twice, and the table is the one the in-process executor gives.
 */
import { randomUUID } from 'node:crypto';
import type { Queue, QueueEvents } from 'bullmq';
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';
import { abortReason } from './executor.js';
import type { Executor, ExecutorRunOptions } from './executor.js';
import { DEFAULT_QUEUE_NAME, redisOptionsFromUrl } from './redis-connection.js';
import type { createScenarioPublisher } from './scenario-store.js';

/** What a distributed job carries (the scenario itself stays in Redis under its hash). */
export interface DistributedJobData {
  readonly scenarioHash: string;
  readonly seed: number;
  readonly replication: number;
  /** Ask for the validation diagnostics (absent: not asked). */
  readonly diagnostics?: boolean;
}

/** Options of {@link createDistributedExecutor}. */
export interface DistributedExecutorOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379`. */
  readonly redisUrl: string;
  /** Queue name; default `wardtwin-replications` (workers must use the same). */
  readonly queueName?: string;
  /** Attempts per job before the batch fails (a crash of the model, not of a worker); default 3. */
  readonly attempts?: number;
}

/** The Redis clients of one executor, made on its first batch. */
interface QueueClients {
  readonly queue: Queue;
  readonly events: QueueEvents;
  readonly scenarios: ReturnType<typeof createScenarioPublisher>;
}

function parseOutcome(value: unknown): ReplicationOutcome {
  // QueueEvents may hand over the stored JSON text or the parsed value depending on version.
  return (typeof value === 'string' ? JSON.parse(value) : value) as ReplicationOutcome;
}

/**
 * Creates an executor that sends jobs to a Redis queue served by `wardtwin worker` processes.
 * Without a running worker, `run` waits until one joins.
 */
export function createDistributedExecutor(options: DistributedExecutorOptions): Executor {
  const connection = redisOptionsFromUrl(options.redisUrl);
  const name = options.queueName ?? DEFAULT_QUEUE_NAME;
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`createDistributedExecutor: attempts(=${attempts}) must be an integer >= 1`);
  }
  // BullMQ and ioredis load and connect on the first batch, not with the engine: a command
  // that never uses a queue should not pay their ~250 ms of module loading.
  let clients: Promise<QueueClients> | undefined;
  const connect = async (): Promise<QueueClients> => {
    const [{ Queue, QueueEvents }, store] = await Promise.all([import('bullmq'), import('./scenario-store.js')]);
    const queue = new Queue(name, { connection });
    const events = new QueueEvents(name, { connection });
    // One listener per job in flight on each, by design.
    events.setMaxListeners(0);
    queue.setMaxListeners(0);
    return { queue, events, scenarios: store.createScenarioPublisher(options.redisUrl, name) };
  };
  let closed = false;
  return {
    kind: 'distributed',
    parallelism: 0,
    async run(jobs: readonly ReplicationJob[], runOptions: ExecutorRunOptions = {}): Promise<ReplicationOutcome[]> {
      if (closed) throw new Error('DistributedExecutor.run: executor is closed');
      const { signal, onProgress } = runOptions;
      if (signal?.aborted === true) throw abortReason(signal);
      const { queue, events, scenarios } = await (clients ??= connect());
      await events.waitUntilReady();
      const batch = randomUUID();
      const ids = jobs.map((_, i) => `${batch}-${i}`);
      const hashes = await scenarios.publish(jobs.map((job) => job.scenario));
      const added = await queue.addBulk(
        jobs.map((job, i) => ({
          name: 'replication',
          data: { scenarioHash: hashes[i], seed: job.seed, replication: job.replication, ...(job.diagnostics === true ? { diagnostics: true } : {}) } satisfies DistributedJobData,
          opts: { jobId: ids[i], attempts, removeOnComplete: false, removeOnFail: false },
        })),
      );
      // Outcomes by job index: an attempt that completes writes its slot; a slot is never summed.
      const out = new Array<ReplicationOutcome>(jobs.length);
      let done = 0;
      const removeAll = async (): Promise<void> => {
        await Promise.all(ids.map((id) => queue.remove(id).catch(() => 0)));
      };
      const finished = Promise.all(
        added.map(async (job, index) => {
          out[index] = parseOutcome(await job.waitUntilFinished(events));
          done++;
          onProgress?.({ done, total: jobs.length, index });
        }),
      );
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(abortReason(signal!));
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      try {
        await Promise.race([finished, aborted]);
      } finally {
        if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
        await removeAll();
      }
      return out;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (clients === undefined) return;
      const { queue, events, scenarios } = await clients;
      await events.close();
      await queue.close();
      await scenarios.close();
    },
  };
}
