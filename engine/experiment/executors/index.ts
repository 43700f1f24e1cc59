/**
 * Public entry of the executors: one interface (`Executor`) and three implementations that
 * give byte-identical outcomes for the same jobs: in this thread, a worker-thread pool, and a
 * BullMQ queue on Redis served by `wardtwin worker` processes. This folder is the engine's
 * edge (threads, sockets); the statistics in `engine/experiment` never import it.
 */
export { abortReason } from './executor.js';
export type { Executor, ExecutorKind, ExecutorRunOptions, JobProgress } from './executor.js';
export { createInProcessExecutor } from './in-process-executor.js';
export { createPoolExecutor, SIMULATION_YOUNG_GENERATION_MB } from './pool-executor.js';
export type { PoolExecutorOptions } from './pool-executor.js';
export { createDistributedExecutor } from './distributed-executor.js';
export type { DistributedExecutorOptions } from './distributed-executor.js';
export { startQueueWorker } from './queue-worker.js';
export type { QueueWorker, QueueWorkerOptions } from './queue-worker.js';
export { createExecutor } from './create-executor.js';
export type { CreateExecutorOptions } from './create-executor.js';
export { DEFAULT_QUEUE_NAME, redisOptionsFromUrl } from './redis-connection.js';
