// The worker-thread side of the pool executor. Plain JavaScript because a worker thread starts
// without a TypeScript loader: it registers tsx first, then imports the TypeScript job module,
// so the threads run exactly the code the main thread runs (no build step, no drift).
import { register } from 'tsx/esm/api';

register();
const { runReplicationJob } = await import('../replication-job.ts');

/** Piscina calls the default export once per task: one replication job in, its outcome out. */
export default function runJob(job) {
  return runReplicationJob(job);
}
