/**
 * The runner plugin: one {@link Runner} per app over the run store. On ready it resumes what a
 * previous process left unfinished; on close it stops workers without marking their runs
 * failed, so the next start re-runs them.
 */
import type { FastifyInstance } from 'fastify';
import { Runner } from '../runner/runner.js';
import type { RunExecutor } from '../runner/run-types.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Queue and execution of runs and compares. */
    runner: Runner;
  }
}

/** Options of {@link runnerPlugin}. */
export interface RunnerPluginOptions extends Record<string, unknown> {
  executor: RunExecutor;
  maxRunning: number;
  /** Resume unfinished runs on ready. */
  start: boolean;
}

/** Decorates `runner`; must be registered after the store plugin. */
export const runnerPlugin = sharedPlugin((app: FastifyInstance, options: RunnerPluginOptions, done: (err?: Error) => void) => {
  const runner = new Runner(app.runStore, options.executor, { maxRunning: options.maxRunning });
  app.decorate('runner', runner);
  if (options.start) {
    app.addHook('onReady', (next) => {
      runner.resume();
      next();
    });
  }
  // preClose runs before the store's onClose, so no worker writes to a closed database.
  app.addHook('preClose', async () => {
    await runner.close();
  });
  done();
});
