// `wardtwin portfolio hospitals.csv`: the programme office's question, "which applicant
// hospitals gain most per yuan, and what plan does each need?". Reads the application form
// (UTF-8 CSV, with or without BOM), plans every eligible hospital, runs its effects against
// the no-cabinet baseline, and prints the ranking; `--csv` writes it for Excel (UTF-8 with
// BOM), `--out` as JSON, both atomically. A bad row is reported with its line, column and
// rule and the other rows still run; a bad header, a file that is not UTF-8 or more than
// MAX_PORTFOLIO_HOSPITALS rows exit 2 before anything runs.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadPreset, formatValidationErrors } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import {
  BENEFIT_INPUTS, COST_INPUTS, MAX_PORTFOLIO_HOSPITALS, MAX_ROUNDS_PER_DAY, parseHospitals, portfolioCsv, resolveBenefitValues, resolveCosts, runPortfolio,
} from '../../../engine/index.js';
import type { PortfolioOptions } from '../../../engine/index.js';
import { badInput, CliError, EXIT_BAD_INPUT } from '../cli-error.js';
import { integerFlag } from '../options.js';
import { toJsonText } from '../output/json.js';
import { createProgressBar } from '../output/progress.js';
import { runExperiment } from '../run-context.js';
import { writeFilesAtomically } from '../experiments/atomic-write.js';
import type { OutputFile } from '../experiments/atomic-write.js';
import { addExecutorFlags, withExecutor } from '../experiments/executor-flags.js';
import type { ExecutorFlags } from '../experiments/executor-flags.js';
import { formatPortfolio, formatRowError, portfolioHeader } from '../experiments/portfolio-output.js';
import { numberFlag } from './size.js';
import { cliLang } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';
import { fill } from '../output/header-messages.js';
import { portfolioWords } from '../experiments/portfolio-words.js';
import { wrapText } from '../output/display-width.js';

interface PortfolioFlags extends ExecutorFlags {
  days?: number;
  lang?: string;
  replications?: number;
  maxReplications?: number;
  seed?: number;
  rounds?: string;
  maxCabinets?: number;
  minFillRate?: number;
  maxWaitP95?: number;
  maxStockoutHours?: number;
  cabinetCost?: number;
  labourCost?: number;
  holdingCost?: number;
  nurseMinuteValue?: number;
  crossingValue?: number;
  infectionValue?: number;
  json?: boolean;
  csv?: string;
  out?: string;
}

/** Reads the file as UTF-8; Excel's "CSV" in a Chinese locale is GBK, which is refused with the fix. */
function readUtf8(path: string, lang: CliLang): string {
  const w = portfolioWords(lang);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw badInput(fill(w.cannotRead, { path, error: (code === undefined ? undefined : w.readErrors[code]) ?? (error instanceof Error ? error.message : String(error)) }));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badInput(fill(w.notUtf8, { path }));
  }
}

function presetLookup(name: string): Scenario {
  const r = loadPreset(name);
  if (!r.ok) throw new Error(`preset ${name}: ${formatValidationErrors(r.errors)}`);
  return r.scenario;
}

const optional = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]?: V }));

function options(flags: PortfolioFlags): PortfolioOptions {
  const rounds = flags.rounds?.split(',').map((x) => integerFlag('--rounds', 1, MAX_ROUNDS_PER_DAY)(x));
  return {
    targets: { ...optional('minFillRate', flags.minFillRate), ...optional('maxTripWaitP95Min', flags.maxWaitP95), ...optional('maxStockoutSlotHoursPer1000PatientDays', flags.maxStockoutHours) },
    costs: { ...optional('cabinetPerYear', flags.cabinetCost), ...optional('restockLaborPerHour', flags.labourCost), ...optional('holdingPerUnitYear', flags.holdingCost) },
    values: { ...optional('nurseMinute', flags.nurseMinuteValue), ...optional('boundaryCrossing', flags.crossingValue), ...optional('infection', flags.infectionValue) },
    ...optional('rounds', rounds), ...optional('maxCabinets', flags.maxCabinets), ...optional('replications', flags.replications),
    ...optional('maxReplications', flags.maxReplications), ...optional('seed', flags.seed), ...optional('days', flags.days),
  };
}

/** Registers `portfolio <hospitals.csv>`. */
export function registerPortfolio(program: Command): void {
  addExecutorFlags(
    program
      .command('portfolio <hospitals>')
      .description('plan every hospital of the programme\'s application form (CSV) and rank them by benefit per cost')
      .option('--days <d>', 'days simulated after warm-up per replication (default: the presets\' year)', integerFlag('--days', 1, 3660))
      .option('--replications <r>', 'replications per sizing candidate and per effect pair (default 5)', integerFlag('--replications', 2, 1000))
      .option('--max-replications <r>', 'cap for undecided sizing candidates (default max(replications, 20))', integerFlag('--max-replications', 2, 10_000))
      .option('--seed <n>', 'base seed (default 1)', integerFlag('--seed', 0, 2 ** 31 - 1))
      .option('--rounds <list>', `restock rounds per day to consider, each 1-${MAX_ROUNDS_PER_DAY} (default 1,2,3,4)`)
      .option('--max-cabinets <n>', 'most cabinets per hospital (default 30)', integerFlag('--max-cabinets', 1, 100))
      .option('--min-fill-rate <x>', 'target: fill rate at least (default 0.995)', numberFlag('--min-fill-rate', 0, 1))
      .option('--max-wait-p95 <min>', 'target: trip wait p95 at most, minutes (default 5)', numberFlag('--max-wait-p95', 0, 1e6))
      .option('--max-stockout-hours <h>', 'target: stock-out slot-hours per 1,000 patient-days at most', numberFlag('--max-stockout-hours', 0, 1e9))
      .option('--cabinet-cost <cny>', `cabinet lease per year, CNY (default ${COST_INPUTS.cabinetPerYear.default})`, numberFlag('--cabinet-cost', COST_INPUTS.cabinetPerYear.min, COST_INPUTS.cabinetPerYear.max))
      .option('--labour-cost <cny>', `restock labour per hour, CNY (default ${COST_INPUTS.restockLaborPerHour.default})`, numberFlag('--labour-cost', COST_INPUTS.restockLaborPerHour.min, COST_INPUTS.restockLaborPerHour.max))
      .option('--holding-cost <cny>', `holding cost per unit-year, CNY (default ${COST_INPUTS.holdingPerUnitYear.default})`, numberFlag('--holding-cost', COST_INPUTS.holdingPerUnitYear.min, COST_INPUTS.holdingPerUnitYear.max))
      .option('--nurse-minute-value <cny>', `value of a nurse minute freed, CNY (default ${BENEFIT_INPUTS.nurseMinute.default})`, numberFlag('--nurse-minute-value', BENEFIT_INPUTS.nurseMinute.min, BENEFIT_INPUTS.nurseMinute.max))
      .option('--crossing-value <cny>', `value of a boundary crossing avoided, CNY (default ${BENEFIT_INPUTS.boundaryCrossing.default})`, numberFlag('--crossing-value', BENEFIT_INPUTS.boundaryCrossing.min, BENEFIT_INPUTS.boundaryCrossing.max))
      .option('--infection-value <cny>', `value of an expected infection avoided, CNY (default ${BENEFIT_INPUTS.infection.default})`, numberFlag('--infection-value', BENEFIT_INPUTS.infection.min, BENEFIT_INPUTS.infection.max))
      .option('--csv <file>', 'also write the ranking as CSV, UTF-8 with BOM for Excel (atomically)')
      .option('--out <file>', 'also write the result as JSON (atomically)')
      .option('--json', 'print the result as JSON')
      .option('--lang <lang>', 'language of the output: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)', (raw: string) => cliLang(raw)),
  ).action(async (file: string, flags: PortfolioFlags) => {
    const lang = cliLang(flags.lang);
    const w = portfolioWords(lang);
    const parsed = parseHospitals(readUtf8(file, lang));
    if (parsed.rows > MAX_PORTFOLIO_HOSPITALS) throw badInput(fill(w.tooManyRows, { file, n: parsed.rows, max: MAX_PORTFOLIO_HOSPITALS }));
    const errors = parsed.errors.map((e) => formatRowError(e, lang)).join('\n');
    if (parsed.hospitals.length === 0) throw badInput(`${fill(w.noneCanRun, { file })}\n${errors}`);
    const refused = new Set(parsed.errors.map((e) => e.line)).size;
    if (errors !== '') process.stderr.write(`${wrapText(`${fill(w.refusedRun, { n: refused, s: refused === 1 ? '' : 's' })}\n${errors}`)}\n`);
    const o = options(flags);
    let prices;
    try {
      prices = { costs: resolveCosts(o.costs), values: resolveBenefitValues(o.values) };
    } catch (error) {
      throw badInput(`portfolio: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (flags.json !== true) {
      process.stdout.write(wrapText(portfolioHeader({ file, hospitals: parsed.hospitals.length, refused, replications: o.replications ?? 5, days: flags.days ?? null, result: prices }, lang)));
    }
    const bar = createProgressBar(portfolioWords(lang).progress, { json: flags.json === true });
    const result = await withExecutor(flags, (executor) =>
      runExperiment(bar, async () => {
        try {
          return await runPortfolio(parsed.hospitals, presetLookup, { ...o, executor, onProgress: (p) => bar.update(p) }, parsed.errors);
        } catch (error) {
          if (error instanceof RangeError) throw new CliError(EXIT_BAD_INPUT, `portfolio: ${error.message}`);
          throw error;
        }
      }),
    );
    const files: OutputFile[] = [];
    if (flags.out !== undefined) files.push({ path: flags.out, text: toJsonText(result) });
    if (flags.csv !== undefined) files.push({ path: flags.csv, text: portfolioCsv(result) });
    writeFilesAtomically(files);
    process.stdout.write(flags.json === true ? toJsonText(result) : wrapText(formatPortfolio(result, lang)));
  });
}
