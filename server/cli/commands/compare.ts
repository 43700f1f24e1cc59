// `wardtwin compare <a> <b> [...]`: scenarios run with common random numbers (same seed and
// replication indices, so the same births, stays and needs), each one's KPIs and the paired
// differences of every later scenario against the first, with 95 % intervals.
import type { Command } from 'commander';
import { compareScenarios } from '../../../engine/experiment/index.js';
import type { ComparisonResult } from '../../../engine/experiment/index.js';
import { addRunFlags, loadScenarioForRun } from '../options.js';
import type { RunFlags } from '../options.js';
import { experimentOptions, runExperiment } from '../run-context.js';
import { writeJson } from '../output/json.js';
import { formatComparison } from '../output/result-tables.js';

/**
 * Loads the scenarios, runs the comparison and prints it (table or JSON).
 * Shared by `compare` and `start`.
 * @returns the comparison, for callers that add to the output
 */
export async function compareCommand(args: readonly string[], flags: RunFlags): Promise<ComparisonResult> {
  const scenarios = args.map((arg) => loadScenarioForRun(arg, flags.days));
  const { options, bar } = experimentOptions(flags, scenarios.length * (flags.replications ?? scenarios[0].run.replications));
  const result = await runExperiment(bar, () => compareScenarios(scenarios, options));
  if (flags.json === true) writeJson(result);
  else process.stdout.write(formatComparison(result));
  return result;
}

/** Registers `compare <a> <b> [more...] [--seed N] [--replications R] [--days D] [--json]`. */
export function registerCompare(program: Command): void {
  addRunFlags(
    program
      .command('compare')
      .description('compare scenarios with common random numbers: each one\'s KPIs and paired differences against the first')
      .argument('<baseline>', 'preset or file: the reference scenario')
      .argument('<scenario>', 'preset or file compared with the baseline')
      .argument('[more...]', 'further scenarios, each compared with the baseline'),
  ).action(async (baseline: string, scenario: string, more: string[], flags: RunFlags) => {
    await compareCommand([baseline, scenario, ...more], flags);
  });
}
