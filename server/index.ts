/**
 * Public entry of the ward server: start it, or build the app for tests and embedding.
 */
export { startServer, isLoopback } from './server.js';
export type { StartServerOptions, RunningServer } from './server.js';
export { buildApp, wardApp, fastifyOptions } from './app.js';
export type { BuildAppOptions } from './app.js';
export { defaultDbPath, defaultLimits, defaultRateLimits, resolveAppOptions } from './config.js';
export type { AppOptions, ResolvedAppOptions, ServerLimits, RateLimits } from './config.js';
export { ApiError } from './errors.js';
export type { ErrorDetail } from './errors.js';
export { inProcessRunExecutor } from './runner/in-process-run-executor.js';
export { workerExecutor } from './runner/worker-executor.js';
export { executeJob } from './runner/execute-job.js';
export type { ExecuteJobOptions } from './runner/execute-job.js';
export type { RunExecutor, RunJob, RunHooks, RunProgress, RunMessage } from './runner/run-types.js';
export type { ScenarioCatalog, PresetInfo, ScenarioCheck } from './services/scenario-catalog.js';
