/**
 * The worker-thread side of the pool executor: piscina imports this module in each thread and
 * calls its default export once per task. The compiled build (`dist/`) loads it directly; from
 * the TypeScript sources, `pool-worker.js` registers tsx first and re-exports it, so the threads
 * run exactly the code the main thread runs.
 */
import { runReplicationJob } from '../replication-job.js';
import type { ReplicationJob, ReplicationOutcome } from '../replication-job.js';

/** One replication job in, its outcome out. */
export default function runJob(job: ReplicationJob): ReplicationOutcome {
  return runReplicationJob(job);
}
