// `wardtwin run <preset|file>`: one scenario over R replications; a KPI table with 95 %
// confidence intervals, or the run result as JSON.
import type { Command } from 'commander';
import { runReplications } from '../../../engine/experiment/index.js';
import { addRunFlags, loadScenarioForRun } from '../options.js';
import type { RunFlags } from '../options.js';
import { experimentOptions, runExperiment } from '../run-context.js';
import { writeJson } from '../output/json.js';
import { formatRunResult } from '../output/result-tables.js';

/** Registers `run <scenario> [--seed N] [--replications R] [--days D] [--json]`. */
export function registerRun(program: Command): void {
  addRunFlags(
    program
      .command('run')
      .description('simulate a scenario over replications and print each KPI with its 95% confidence interval')
      .argument('<scenario>', 'preset name (see `wardtwin validate`) or scenario JSON file'),
  ).action(async (arg: string, flags: RunFlags) => {
    const scenario = loadScenarioForRun(arg, flags.days);
    const { options, bar } = experimentOptions(flags, flags.replications ?? scenario.run.replications);
    const result = await runExperiment(bar, () => runReplications(scenario, options));
    if (flags.json === true) writeJson(result);
    else process.stdout.write(formatRunResult(result));
  });
}
