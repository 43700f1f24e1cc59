/**
 * Executes one stored job with the engine (inside a worker thread). Placeholder until the
 * experiment runner lands: it fails the job with a plain message rather than pretending.
 */
import type { RunJob, RunProgress } from './run-types.js';

/** Runs `job` to its result document, reporting progress after each replication. */
export function executeJob(job: RunJob, _onProgress: (progress: RunProgress) => void): Promise<unknown> {
  return Promise.reject(new Error(`executeJob(${job.kind}): the experiment runner (engine/experiment runReplications) is not wired in yet`));
}
