/**
 * Picks the executor for a command line or a server request: a Redis URL means the
 * distributed queue, `workers: 0` or `kind: 'in-process'` means this thread, anything else the
 * worker-thread pool (all cores unless told otherwise).
 */
import { createDistributedExecutor } from './distributed-executor.js';
import type { Executor, ExecutorKind } from './executor.js';
import { createInProcessExecutor } from './in-process-executor.js';
import { createPoolExecutor } from './pool-executor.js';

/** Options of {@link createExecutor}; every field optional. */
export interface CreateExecutorOptions {
  /** Force an implementation; default `distributed` when `redisUrl` is set, else `pool`. */
  readonly kind?: ExecutorKind;
  /** Worker threads for the pool; default all cores. */
  readonly workers?: number;
  /** Redis URL for the distributed queue. */
  readonly redisUrl?: string;
  /** Queue name for the distributed queue; default `wardtwin-replications`. */
  readonly queueName?: string;
}

/**
 * Creates an executor. Close it when done.
 * @throws RangeError when `kind` is `distributed` without `redisUrl`, or on bad worker counts
 */
export function createExecutor(options: CreateExecutorOptions = {}): Executor {
  const kind = options.kind ?? (options.redisUrl !== undefined ? 'distributed' : 'pool');
  if (kind === 'in-process') return createInProcessExecutor();
  if (kind === 'pool') return createPoolExecutor(options.workers === undefined ? {} : { workers: options.workers });
  if (options.redisUrl === undefined) throw new RangeError('createExecutor: redisUrl is required when kind is "distributed"');
  return createDistributedExecutor({ redisUrl: options.redisUrl, ...(options.queueName !== undefined ? { queueName: options.queueName } : {}) });
}
