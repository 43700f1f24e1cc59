// `wardtwin sensitivity <scenario | baseline scenario>`: global sensitivity analysis of the
// ward's KPIs (or of the paired difference scenario − baseline) over the basis-A assumptions:
// Morris screening, then Sobol indices for the leading factors with `--method sobol`. Bad input
// (an unknown parameter, a range outside the schema's bounds, an unknown KPI) exits 2 with
// every path and rule, and nothing is written.
import type { Command } from 'commander';
import { formatValidationErrors } from '../../../scenarios/index.js';
import { parseFactorList, planSensitivity, runSensitivity } from '../../../engine/index.js';
import type { FactorRequest } from '../../../engine/index.js';
import { flagMessage } from '../output/flag-messages.js';
import { badInput } from '../cli-error.js';
import { addLangFlag, integerFlag, loadScenarioForRun } from '../options.js';
import { cliLang } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';
import { fill } from '../output/header-messages.js';
import { sensitivityWords } from '../experiments/sensitivity-words.js';
import { engineVersion } from '../../engine-version.js';
import { toJsonText } from '../output/json.js';
import { createProgressBar } from '../output/progress.js';
import { runExperiment } from '../run-context.js';
import { writeFilesAtomically } from '../experiments/atomic-write.js';
import type { OutputFile } from '../experiments/atomic-write.js';
import { addExecutorFlags, withExecutor } from '../experiments/executor-flags.js';
import type { ExecutorFlags } from '../experiments/executor-flags.js';
import { formatSensitivity, sensitivityCsv } from '../experiments/sensitivity-output.js';

interface SensitivityFlags extends ExecutorFlags {
  method?: string;
  kpi?: string;
  factors?: string;
  spread?: string;
  trajectories?: number;
  sobolRows?: number;
  top?: number;
  seed?: number;
  replications?: number;
  days?: number;
  json?: boolean;
  csv?: string;
  out?: string;
  lang?: string;
  explain?: boolean;
}

function spreadOf(raw: string | undefined): number | 'schema' | undefined {
  if (raw === undefined || raw === 'schema') return raw;
  const v = Number(raw);
  if (!(v > 0 && v <= 10)) throw badInput(flagMessage('spread', { raw }));
  return v;
}

function factorsOf(raw: string | undefined, lang: CliLang): FactorRequest[] | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseFactorList(raw);
  if (!parsed.ok) throw badInput(`${sensitivityWords(lang).invalidFactors}\n${formatValidationErrors(parsed.errors, lang)}`);
  return parsed.requests;
}

/** Registers `sensitivity <scenario> [scenario]` with its flags. */
export function registerSensitivity(program: Command): void {
  addLangFlag(addExecutorFlags(
    program
      .command('sensitivity')
      .description('global sensitivity (Morris screening, Sobol indices) of KPIs, or of the paired difference scenario - baseline, to the basis-A assumptions')
      .argument('<scenario>', 'preset name or file (with a second argument: the baseline)')
      .argument('[compared]', 'compared scenario: outputs become compared - baseline')
      .option('--method <m>', 'morris (screening) or sobol (screening, then Sobol S1/ST for the --top factors)', 'morris')
      .option('--kpi <keys>', 'comma-separated KPI keys (default: nurseSupplyMinutesPerShift, boundaryCrossings, expectedInfections, fillRate)')
      .option('--factors <list>', 'comma-separated JSON pointers, each optionally =lo:hi (default: every basis-A and anecdotal-S scalar)')
      .option('--spread <s>', 'default range = value x (1 +/- s), cut to schema bounds; "schema" = whole schema range (default 0.5)')
      .option('--trajectories <n>', 'Morris trajectories (default 10)', integerFlag('--trajectories', 2, 1000))
      .option('--sobol-rows <n>', 'Sobol base sample size N (default 64)', integerFlag('--sobol-rows', 2, 100_000))
      .option('--top <n>', 'factors kept for Sobol after screening (default 6)', integerFlag('--top', 1, 100))
      .option('--seed <n>', 'base seed (default: the scenario\'s run.seed)', integerFlag('--seed', 0, 2 ** 31 - 1))
      .option('--replications <r>', 'replications per design point (default 1; all points share them: CRN)', integerFlag('--replications', 1, 1000))
      .option('--days <d>', 'days simulated after warm-up (sets run.horizonDays)', integerFlag('--days', 1, 3660))
      .option('--csv <file>', 'also write the ranked rows as CSV (atomically)')
      .option('--out <file>', 'also write the result as JSON (atomically)')
      .option('--explain', 'say under each factor what the parameter means')
      .option('--json', 'print the result as JSON (no table, no progress bar)'),
  )).action(async (first: string, second: string | undefined, flags: SensitivityFlags) => {
    const lang = cliLang(flags.lang);
    const w = sensitivityWords(lang);
    if (flags.method !== 'morris' && flags.method !== 'sobol') throw badInput(flagMessage('oneOf', { flag: '--method', raw: flags.method ?? '', allowed: 'morris|sobol' }));
    const baseline = second === undefined ? null : loadScenarioForRun(first, flags.days, lang);
    const scenario = loadScenarioForRun(second ?? first, flags.days, lang);
    const planned = planSensitivity({
      scenario,
      baseline,
      method: flags.method,
      ...(flags.kpi !== undefined ? { kpis: flags.kpi.split(',').map((k) => k.trim()).filter((k) => k.length > 0) } : {}),
      ...(flags.factors !== undefined ? { factors: factorsOf(flags.factors, lang) } : {}),
      ...(flags.spread !== undefined ? { spread: spreadOf(flags.spread) } : {}),
      ...(flags.trajectories !== undefined ? { trajectories: flags.trajectories } : {}),
      ...(flags.sobolRows !== undefined ? { sobolRows: flags.sobolRows } : {}),
      ...(flags.top !== undefined ? { top: flags.top } : {}),
      ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
      ...(flags.replications !== undefined ? { replications: flags.replications } : {}),
    });
    if (!planned.ok) throw badInput(`${fill(w.invalid, { n: planned.errors.length, s: planned.errors.length === 1 ? '' : 's' })}\n${formatValidationErrors(planned.errors, lang)}`);
    const bar = createProgressBar(w.progress, { json: flags.json === true });
    const result = await withExecutor(flags, (executor) =>
      runExperiment(bar, () => runSensitivity(planned.plan, { executor, engineVersion: engineVersion(), clock: () => performance.now(), onProgress: (p) => bar.update(p) })),
    );
    const files: OutputFile[] = [];
    if (flags.out !== undefined) files.push({ path: flags.out, text: toJsonText(result) });
    if (flags.csv !== undefined) files.push({ path: flags.csv, text: sensitivityCsv(result, lang) });
    writeFilesAtomically(files);
    process.stdout.write(flags.json === true ? toJsonText(result) : formatSensitivity(result, lang, flags.explain === true));
  });
}
