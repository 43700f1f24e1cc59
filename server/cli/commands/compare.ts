// `wardtwin compare <a> <b> [...]`: scenarios run with common random numbers (same seed and
// replication indices, so the same births, stays and needs), each one's KPIs and the paired
// differences of every later scenario against the first, with 95 % intervals. With
// `--precision`, replications are added until the paired difference of the KPI is precise
// enough. Replications go to the worker pool (all cores) unless `--workers`/`--redis` say otherwise.
import type { Command } from 'commander';
import { compareScenarios, compareToPrecision } from '../../../engine/index.js';
import type { ComparisonResult, PrecisionComparisonResult } from '../../../engine/index.js';
import { addRunFlags, loadScenarioForRun } from '../options.js';
import type { RunFlags } from '../options.js';
import { experimentOptions, runExperiment } from '../run-context.js';
import { writeJson } from '../output/json.js';
import { formatComparison } from '../output/result-tables.js';
import { cliLang } from '../output/messages.js';
import { addExecutorFlags, withExecutor } from '../experiments/executor-flags.js';
import type { ExecutorFlags } from '../experiments/executor-flags.js';
import { addPrecisionFlags, formatPrecision, precisionTarget } from '../experiments/precision-flags.js';
import type { PrecisionFlags } from '../experiments/precision-flags.js';
import { asBadInput } from '../experiments/bad-input.js';
import { wrapText } from '../output/display-width.js';

/** Flags of `compare` and `start`. */
export type CompareFlags = RunFlags & ExecutorFlags & PrecisionFlags;

/** Adds the flags `compare` and `start` share: run, executor and precision flags. */
export function addCompareFlags(command: Command): Command {
  return addPrecisionFlags(addExecutorFlags(addRunFlags(command)));
}

/**
 * Loads the scenarios, runs the comparison and prints it (table or JSON).
 * Shared by `compare` and `start`.
 * @returns the comparison, for callers that add to the output
 */
export async function compareCommand(args: readonly string[], flags: CompareFlags): Promise<ComparisonResult> {
  const scenarios = args.map((arg) => loadScenarioForRun(arg, flags.days, flags.lang));
  const start = flags.replications ?? scenarios[0].run.replications;
  const target = precisionTarget(flags, start);
  const { options, bar } = experimentOptions(flags, target === null ? scenarios.length * start : Math.max(2, start));
  const result: ComparisonResult | PrecisionComparisonResult = await withExecutor(flags, (executor) =>
    runExperiment(bar, () => (target === null ? compareScenarios(scenarios, { ...options, executor }) : asBadInput(compareToPrecision(scenarios, target, { ...options, executor })))),
  );
  if (flags.json === true) writeJson(result);
  else {
    const precision = 'precision' in result ? formatPrecision((result as PrecisionComparisonResult).precision, 'paired difference of ') : '';
    process.stdout.write(wrapText(`${formatComparison(result, { lang: cliLang(flags.lang), explain: flags.explain === true })}${precision}`));
  }
  return result;
}

/** Registers `compare <a> <b> [more...] [--seed N] [--replications R] [--days D] [--workers N | --redis URL] [--precision kpi:hw[%]] [--json]`. */
export function registerCompare(program: Command): void {
  addCompareFlags(
    program
      .command('compare')
      .description('compare scenarios with common random numbers: each one\'s KPIs and paired differences against the first')
      .argument('<baseline>', 'preset or file: the reference scenario')
      .argument('<scenario>', 'preset or file compared with the baseline')
      .argument('[more...]', 'further scenarios, each compared with the baseline'),
  ).action(async (baseline: string, scenario: string, more: string[], flags: CompareFlags) => {
    await compareCommand([baseline, scenario, ...more], flags);
  });
}
