/**
 * Public entry of the experiment layer: replications of the ward model with Student-t
 * confidence intervals, comparisons with common random numbers (paired differences), and the
 * executor seam that in-process, worker-pool and distributed runners share.
 */
export { studentTQuantile, studentTCdf } from './student-t.js';
export { summarise, halfWidth } from './summary.js';
export type { Summary } from './summary.js';
export { pairedDifferences, PAIRED_CRN_METHOD } from './paired.js';
export { runReplicationJob, replicationJobs } from './replication-job.js';
export type { ReplicationJob, ReplicationOutcome } from './replication-job.js';
export { createInProcessExecutor } from './executors/in-process-executor.js';
export { abortReason } from './executors/executor.js';
export type { Executor, ExecutorKind, ExecutorRunOptions, JobProgress } from './executors/executor.js';
export { summariseOutcomes, kpiColumns, rolePairColumns, makeTiming } from './run-result.js';
export type { RunResult, RunStatistics, RolePairSummary, Timing } from './run-result.js';
export { runReplications, resolveReplicationOptions, runBatch } from './run-replications.js';
export type { ReplicationOptions, ResolvedReplicationOptions, Progress } from './run-replications.js';
export { compareScenarios } from './compare-scenarios.js';
export type { ComparisonResult, PairedDifference } from './compare-scenarios.js';
