// `wardtwin run <preset|file>`: one scenario over R replications (or, with `--precision`,
// until a KPI's interval is narrow enough); a KPI table with 95 % confidence intervals and
// the MSER-5 warm-up suggestion beside the scenario's setting, or the same as JSON.
// Replications go to the worker pool (all cores) unless `--workers`/`--redis` say otherwise.
import type { Command } from 'commander';
import { runReplications, runToPrecision, suggestWarmup, warmupBasis, warmupReport } from '../../../engine/index.js';
import type { PrecisionRunResult, RunResult, WarmupReport } from '../../../engine/index.js';
import { addRunFlags, loadScenarioForRun } from '../options.js';
import type { RunFlags } from '../options.js';
import { experimentOptions, runExperiment } from '../run-context.js';
import { writeJson } from '../output/json.js';
import { formatRunResult } from '../output/result-tables.js';
import { cliLang } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';
import { fill, headerMessages } from '../output/header-messages.js';
import { addExecutorFlags, withExecutor } from '../experiments/executor-flags.js';
import type { ExecutorFlags } from '../experiments/executor-flags.js';
import { addPrecisionFlags, formatPrecision, precisionTarget } from '../experiments/precision-flags.js';
import type { PrecisionFlags } from '../experiments/precision-flags.js';
import { asBadInput } from '../experiments/bad-input.js';
import { wrapText } from '../output/display-width.js';

type RunCommandFlags = RunFlags & ExecutorFlags & PrecisionFlags;

/** The warm-up line under the run table, in `lang`. */
export function formatWarmup(w: WarmupReport, lang: CliLang = 'en'): string {
  const m = headerMessages(lang);
  return fill(m.warmup, {
    used: w.scenarioDays, suggested: w.suggestedDays, series: w.series, limit: w.atLimit ? m.warmupAtLimit : '',
    advice: w.suggestedDays > w.scenarioDays ? m.warmupLonger : m.warmupEnough, basis: warmupBasis(w, lang),
  });
}

/** Registers `run <scenario> [--seed N] [--replications R] [--days D] [--workers N | --redis URL] [--precision kpi:hw[%]] [--json]`. */
export function registerRun(program: Command): void {
  addPrecisionFlags(addExecutorFlags(addRunFlags(
    program
      .command('run')
      .description('simulate a scenario over replications and print each KPI with its 95% confidence interval and an MSER-5 warm-up suggestion')
      .argument('<scenario>', 'preset name (see `wardtwin validate`) or scenario JSON file'),
  ))).action(async (arg: string, flags: RunCommandFlags) => {
    const scenario = loadScenarioForRun(arg, flags.days, flags.lang);
    const start = flags.replications ?? scenario.run.replications;
    const target = precisionTarget(flags, start);
    const { options, bar } = experimentOptions(flags, target === null ? start : Math.max(2, start));
    const result: RunResult | PrecisionRunResult = await withExecutor(flags, (executor) =>
      runExperiment(bar, () => (target === null ? runReplications(scenario, { ...options, executor }) : asBadInput(runToPrecision(scenario, target, { ...options, executor })))),
    );
    // The suggestion needs a series from an empty ward, which the replications do not keep:
    // a few short runs in this thread (about a second for a preset), same seed every time.
    const warmupStarted = performance.now();
    const warmup = warmupReport(suggestWarmup(scenario, { seed: result.seed }));
    // Wall time of those warm-up runs, ms: simulation like the replications' own, so that
    // bench:startup can tell start-up overhead from simulation.
    const warmupWallTimeMs = performance.now() - warmupStarted;
    const { timing, ...rest } = result;
    if (flags.json === true) {
      writeJson({ ...rest, warmup, timing: { ...timing, warmupWallTimeMs } });
      return;
    }
    const precision = 'precision' in result ? formatPrecision((result as PrecisionRunResult).precision) : '';
    const lang = cliLang(flags.lang);
    process.stdout.write(wrapText(`${formatRunResult(result, { lang, explain: flags.explain === true })}${precision}${formatWarmup(warmup, lang)}`));
  });
}
