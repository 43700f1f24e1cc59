/**
 * Runs each job in its own worker thread (its replications on the experiments layer's pool), so that a provincial year of simulation never holds
 * the event loop that serves the cabinets' dispense requests. Cancelling terminates the
 * thread. Compiled, the thread runs `run-worker.js`; from the TypeScript sources (tests, tsx in
 * development) it registers tsx first and then loads `run-worker.ts`.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import type { RunExecutor, RunJob, RunProgress } from './run-types.js';
import type { WorkerInput, WorkerMessage } from './run-worker.js';

/** Where tsx's ESM registration lives (the ESM build, as the worker imports it); development only. */
function tsxApiUrl(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

/** The worker's code: the entry itself when compiled, else a boot script registering tsx before importing it. */
function workerSource(entry: URL): { source: string | URL; eval: boolean } {
  if (!entry.pathname.endsWith('.ts')) return { source: entry, eval: false };
  return { source: `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`, eval: true };
}

/** Options of {@link workerExecutor}. */
export interface WorkerExecutorOptions {
  /** Module run inside the worker; default `./run-worker.js` beside this module (`.ts` from the sources). A test seam. */
  entry?: URL;
  /** Replication threads per job (the experiments layer's pool); default all cores; 1 = in the job's thread. */
  workers?: number;
}

/** An executor that runs each job in a fresh worker thread. */
export function workerExecutor(options: WorkerExecutorOptions = {}): RunExecutor {
  const entry = options.entry ?? new URL(import.meta.url.endsWith('.ts') ? './run-worker.ts' : './run-worker.js', import.meta.url);
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workerExecutor: workers(=${workers}) must be an integer >= 1`);
  const boot = workerSource(entry);
  return (job: RunJob, hooks) =>
    new Promise<unknown>((resolve, reject) => {
      if (hooks.signal.aborted) return reject(new Error('run cancelled before it started'));
      const worker = new Worker(boot.source, { eval: boot.eval, workerData: { job, workers } satisfies WorkerInput });
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        hooks.signal.removeEventListener('abort', onAbort);
        fn();
      };
      const onAbort = (): void => {
        settle(() => reject(new Error('run cancelled')));
        void worker.terminate();
      };
      hooks.signal.addEventListener('abort', onAbort);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') hooks.onProgress(message.progress satisfies RunProgress);
        else if (message.type === 'result') settle(() => resolve(message.result));
        else settle(() => reject(new Error(message.message)));
      });
      worker.on('error', (err) => settle(() => reject(err)));
      worker.on('exit', (code) => settle(() => reject(new Error(`run worker exited with code ${code} before a result`))));
    });
}
