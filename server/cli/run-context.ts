// What every simulating command hands the experiment layer: the flags, the engine version read
// from package.json, the wall clock for `timing` (read here, never inside the engine) and the
// progress bar; and how an engine failure becomes exit code 1.
import type { ReplicationOptions } from '../../engine/index.js';
import { CliError, EXIT_RUN_FAILED } from './cli-error.js';
import { engineVersion } from '../engine-version.js';
import type { RunFlags } from './options.js';
import { createProgressBar } from './output/progress.js';
import type { ProgressBar } from './output/progress.js';

/**
 * Experiment options for the flags, plus the bar to clear before printing.
 * @param totalJobs - replications in the whole experiment, so the bar shows 0/total at once
 */
export function experimentOptions(flags: RunFlags, totalJobs: number): { options: ReplicationOptions; bar: ProgressBar } {
  const bar = createProgressBar('replications', { json: flags.json === true });
  bar.update({ done: 0, total: totalJobs });
  return {
    bar,
    options: {
      seed: flags.seed,
      replications: flags.replications,
      engineVersion: engineVersion(),
      clock: () => performance.now(),
      onProgress: (p) => bar.update(p),
    },
  };
}

/**
 * Awaits an experiment; a failure inside it (a bad option the engine refused, a model error)
 * becomes a {@link CliError} with exit code 1. The bar is cleared either way.
 */
export async function runExperiment<T>(bar: Pick<ProgressBar, 'finish'>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT_RUN_FAILED, `run failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    bar.finish();
  }
}
