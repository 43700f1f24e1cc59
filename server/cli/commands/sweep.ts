// `wardtwin sweep <sweep.json>`: a base scenario and a grid of parameter values, every point
// run with the same replications (common random numbers); prints a table (or JSON) and writes
// CSV and JSON files atomically. The whole document and grid are validated first: an invalid
// one exits 2 with every error's path and writes nothing.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { RUN_BOUNDS, formatValidationErrors, loadScenarioArg, resolveScenarioDocument, validateScenario } from '../../../scenarios/index.js';
import { planSweep, runSweep } from '../../../engine/index.js';
import type { BaseResolver } from '../../../engine/index.js';
import { badInput } from '../cli-error.js';
import { addLangFlag, integerFlag } from '../options.js';
import { cliLang } from '../output/messages.js';
import { fill } from '../output/header-messages.js';
import { sweepWords } from '../experiments/sweep-words.js';
import { engineVersion } from '../../engine-version.js';
import { toJsonText } from '../output/json.js';
import { createProgressBar } from '../output/progress.js';
import { runExperiment } from '../run-context.js';
import { writeFilesAtomically } from '../experiments/atomic-write.js';
import type { OutputFile } from '../experiments/atomic-write.js';
import { addExecutorFlags, withExecutor } from '../experiments/executor-flags.js';
import type { ExecutorFlags } from '../experiments/executor-flags.js';
import { readJsonFile } from '../experiments/read-json-file.js';
import { DEFAULT_SWEEP_KPIS, formatSweepTable, sweepCsv } from '../experiments/sweep-output.js';
import { wrapText } from '../output/display-width.js';

interface SweepFlags extends ExecutorFlags {
  json?: boolean;
  csv?: string;
  out?: string;
  days?: number;
  lang?: string;
}

/** Loads `base`: a preset, a file (relative to the sweep file) or an inline document; applies `--days`. */
function baseResolver(sweepFile: string, days: number | undefined): BaseResolver {
  return (base) => {
    let loaded;
    if (typeof base === 'string') {
      const beside = resolve(dirname(sweepFile), base);
      loaded = loadScenarioArg(!existsSync(base) && existsSync(beside) ? beside : base);
    } else {
      loaded = resolveScenarioDocument(base);
    }
    if (!loaded.ok || days === undefined) return loaded;
    return validateScenario({ ...loaded.scenario, run: { ...loaded.scenario.run, horizonDays: days } });
  };
}

/** Registers `sweep <file> [--workers N] [--redis URL] [--days D] [--csv file] [--out file] [--json]`. */
export function registerSweep(program: Command): void {
  addLangFlag(addExecutorFlags(
    program
      .command('sweep')
      .description('run a grid of scenario variants (sweep document) and report each KPI mean and 95% CI per point')
      .argument('<file>', 'sweep document (JSON)')
      .option('--days <d>', 'days simulated after warm-up for every point (sets run.horizonDays)', integerFlag('--days', RUN_BOUNDS.horizonDays.min, RUN_BOUNDS.horizonDays.max))
      .option('--csv <file>', 'also write the per-point table as CSV (atomically)')
      .option('--out <file>', 'also write the sweep result as JSON (atomically)')
      .option('--json', 'print the sweep result as JSON (no table, no progress bar)'),
  )).action(async (file: string, flags: SweepFlags) => {
    const lang = cliLang(flags.lang);
    const w = sweepWords(lang);
    const doc = readJsonFile(file, 'sweep document');
    const planned = planSweep(doc, baseResolver(file, flags.days));
    if (!planned.ok) throw badInput(`${fill(w.invalid, { file, n: planned.errors.length, s: planned.errors.length === 1 ? '' : 's' })}\n${formatValidationErrors(planned.errors, lang)}`);
    const plan = planned.plan;
    const bar = createProgressBar(w.progress, { json: flags.json === true });
    const result = await withExecutor(flags, (executor) =>
      runExperiment(bar, () => runSweep(plan, { executor, engineVersion: engineVersion(), clock: () => performance.now(), onProgress: (p) => bar.update(p) })),
    );
    const files: OutputFile[] = [];
    if (flags.out !== undefined) files.push({ path: flags.out, text: toJsonText(result) });
    if (flags.csv !== undefined) files.push({ path: flags.csv, text: sweepCsv(result) });
    writeFilesAtomically(files);
    process.stdout.write(flags.json === true ? toJsonText(result) : wrapText(formatSweepTable(result, plan.document.kpis ?? DEFAULT_SWEEP_KPIS, lang)));
  });
}
