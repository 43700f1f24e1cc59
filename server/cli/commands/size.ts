// `wardtwin size`: the cheapest plan (cabinets, restock rounds a day and their times) that
// meets every service target with 95 % one-sided confidence, with the planogram, its yearly
// cost and the Pareto front of the plans tried; or,
// with `--curve from:to:step`, cabinets needed against annual deliveries. Targets that cannot
// be met within the limits exit 2 and write nothing.
import type { Command } from 'commander';
import { RUN_BOUNDS, validateScenario, formatValidationErrors } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import {
  BENEFIT_INPUTS,
  CABINET_CATALOGUE,
  COST_INPUTS,
  DEFAULT_MAX_STOCKOUT_SLOT_HOURS,
  ImpossibleTargetsError,
  MAX_ROUNDS_PER_DAY,
  resolveCosts,
  resolveTargets,
  sizeWard,
  sizingCurve,
} from '../../../engine/index.js';
import type { PlanogramMode, SizingCurveOptions, Staffing, WardSizing } from '../../../engine/index.js';
import { flagMessage } from '../output/flag-messages.js';
import { badInput, CliError, EXIT_BAD_INPUT } from '../cli-error.js';
import { addLangFlag, integerFlag, loadScenarioForRun } from '../options.js';
import { cliLang } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';
import { toJsonText } from '../output/json.js';
import { createSearchProgress } from '../output/search-progress.js';
import { sizingCandidates } from '../../runner/job-cost.js';
import { runExperiment } from '../run-context.js';
import { writeFilesAtomically } from '../experiments/atomic-write.js';
import type { OutputFile } from '../experiments/atomic-write.js';
import { addExecutorFlags, withExecutor } from '../experiments/executor-flags.js';
import type { ExecutorFlags } from '../experiments/executor-flags.js';
import { sizeWords } from '../experiments/size-words.js';
import { curveCsv, formatCurve, formatSizing, impossibleMessage, sizingHeader } from '../experiments/size-output.js';
import { wrapText } from '../output/display-width.js';

interface SizeFlags extends ExecutorFlags {
  deliveries?: number;
  scenario: string;
  curve?: string;
  minFillRate?: number;
  maxWaitP95?: number;
  maxStockoutHours?: number;
  cabinetCost?: number;
  labourCost?: number;
  holdingCost?: number;
  nurseMinuteValue?: number;
  staffing?: string;
  rounds?: string;
  models?: string;
  par?: string;
  planogram?: string;
  maxCabinets?: number;
  replications?: number;
  maxReplications?: number;
  seed?: number;
  days?: number;
  json?: boolean;
  csv?: string;
  out?: string;
  lang?: string;
}

/** A parser for a bounded number flag, for commander's `.option(..., parse)`. */
export function numberFlag(flag: string, min: number, max: number): (raw: string) => number {
  return (raw) => {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < min || v > max) throw badInput(flagMessage('number', { flag, raw, min, max }));
    return v;
  };
}

/** Parses `from:to:step` into volumes. */
function parseCurve(raw: string): number[] {
  const m = /^(\d+):(\d+):(\d+)$/.exec(raw.trim());
  const [from, to, step] = m === null ? [NaN, NaN, NaN] : [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!(from >= 1 && to >= from && step >= 1) || (to - from) / step > 500) throw badInput(flagMessage('curve', { raw }));
  const out: number[] = [];
  for (let d = from; d <= to; d += step) out.push(d);
  return out;
}

function sizingScenario(flags: SizeFlags, lang: CliLang): Scenario {
  const s = loadScenarioForRun(flags.scenario, flags.days, lang);
  if (flags.deliveries === undefined) return s;
  // Checked here for a clear error; the scenario itself stays the roster's reference volume.
  const v = validateScenario({ ...s, births: { ...s.births, annualDeliveries: flags.deliveries } });
  if (!v.ok) throw badInput(flagMessage('invalidScenario', { what: `--deliveries ${flags.deliveries}`, errors: formatValidationErrors(v.errors, lang) }, lang));
  return s;
}

/** Registers `size [--deliveries N | --scenario file] [--curve a:b:s] [targets…]`. */
export function registerSize(program: Command): void {
  addLangFlag(addExecutorFlags(
    program
      .command('size')
      .description('find the cheapest cabinets and restock rounds meeting service targets with 95% confidence (or a curve over deliveries)')
      .option('--deliveries <n>', 'annual deliveries (sets births.annualDeliveries)', integerFlag('--deliveries', 1, 100_000))
      .option('--scenario <preset|file>', 'scenario to size (its cabinet model, catalog and ward)', 'city-mch')
      .option('--curve <from:to:step>', 'size every volume from:to:step (e.g. 1000:30000:1000)')
      .option('--min-fill-rate <x>', 'target: fill rate at least (default 0.995)', numberFlag('--min-fill-rate', 0, 1))
      .option('--max-wait-p95 <min>', 'target: trip wait p95 at most, minutes (default 5)', numberFlag('--max-wait-p95', 0, 1e6))
      .option('--max-stockout-hours <h>', `target: stock-out slot-hours per 1,000 patient-days at most (default ${DEFAULT_MAX_STOCKOUT_SLOT_HOURS}; an item counts as out in a cabinet when all its lanes are empty or jammed; a 6,000-delivery ward sized with the defaults measures about 15)`, numberFlag('--max-stockout-hours', 0, 1e9))
      .option('--cabinet-cost <cny>', `cabinet lease per year, CNY (default ${COST_INPUTS.cabinetPerYear.default}, an assumption)`, numberFlag('--cabinet-cost', COST_INPUTS.cabinetPerYear.min, COST_INPUTS.cabinetPerYear.max))
      .option('--labour-cost <cny>', `restock labour per hour, CNY (default ${COST_INPUTS.restockLaborPerHour.default})`, numberFlag('--labour-cost', COST_INPUTS.restockLaborPerHour.min, COST_INPUTS.restockLaborPerHour.max))
      .option('--holding-cost <cny>', `holding cost per unit-year, CNY (default ${COST_INPUTS.holdingPerUnitYear.default})`, numberFlag('--holding-cost', COST_INPUTS.holdingPerUnitYear.min, COST_INPUTS.holdingPerUnitYear.max))
      .option('--nurse-minute-value <cny>', `value of a nurse minute freed, CNY (an assumption; the portfolio's default is ${BENEFIT_INPUTS.nurseMinute.default}): the answer then shows the plan's benefit, nurse minutes freed a year against the ward without cabinets (paired runs) times this value, beside its cost`, numberFlag('--nurse-minute-value', BENEFIT_INPUTS.nurseMinute.min, BENEFIT_INPUTS.nurseMinute.max))
      .option('--staffing <fixed|scaled>', 'nurse roster at other volumes: scaled keeps the scenario\'s nurses per bed (default), fixed keeps its roster')
      .option('--rounds <list>', `restock rounds per day to consider, each 1-${MAX_ROUNDS_PER_DAY}, placed in the restocker shift (default 1,2,3,4)`)
      .option('--models <list>', `cabinet models to consider, comma-separated: the scenario's (priced at --cabinet-cost) or the catalogue's ${CABINET_CATALOGUE.map((m) => `${m.id} CNY ${m.pricePerYear}/yr`).join(', ')} (A: assumptions); default the scenario's first`)
      .option('--par <list>', 'par levels to consider (share of a SKU\'s capacity in a cabinet that calls a par round, each 0-1, comma-separated; turns the par trigger on); default the scenario\'s')
      .option('--planogram <uniform|per-cabinet>', 'uniform: every cabinet of the plan\'s model (default); per-cabinet: each cabinet gets the cheapest of --models that covers the demand routed to it')
      .option('--max-cabinets <n>', 'most cabinets considered (default 30)', integerFlag('--max-cabinets', 1, 100))
      .option('--replications <r>', 'replications per candidate (default 5)', integerFlag('--replications', 2, 1000))
      .option('--max-replications <r>', 'cap for undecided candidates (default 20)', integerFlag('--max-replications', 2, RUN_BOUNDS.replications.max))
      .option('--seed <n>', 'base seed', integerFlag('--seed', RUN_BOUNDS.seed.min, RUN_BOUNDS.seed.max))
      .option('--days <d>', 'days simulated after warm-up per replication', integerFlag('--days', RUN_BOUNDS.horizonDays.min, RUN_BOUNDS.horizonDays.max))
      .option('--csv <file>', 'also write the curve (or answer) as CSV (atomically)')
      .option('--out <file>', 'also write the result as JSON (atomically)')
      .option('--json', 'print the result as JSON'),
  )).action(async (flags: SizeFlags) => {
    const lang = cliLang(flags.lang);
    const scenario = sizingScenario(flags, lang);
    const rounds = flags.rounds?.split(',').map((x) => integerFlag('--rounds', 1, MAX_ROUNDS_PER_DAY)(x));
    const curve = flags.curve === undefined ? null : parseCurve(flags.curve);
    if (flags.staffing !== undefined && flags.staffing !== 'fixed' && flags.staffing !== 'scaled') throw badInput(flagMessage('oneOf', { flag: '--staffing', raw: flags.staffing, allowed: 'fixed|scaled' }));
    const staffing: Staffing | undefined = flags.staffing;
    if (flags.planogram !== undefined && flags.planogram !== 'uniform' && flags.planogram !== 'per-cabinet') throw badInput(flagMessage('oneOf', { flag: '--planogram', raw: flags.planogram, allowed: 'uniform|per-cabinet' }));
    const planogram: PlanogramMode | undefined = flags.planogram;
    const models = flags.models?.split(',').map((x) => x.trim());
    const parShares = flags.par?.split(',').map((x) => numberFlag('--par', 0, 1)(x));
    const volumes = curve === null ? 1 : curve.length;
    const bar = createSearchProgress(volumes, (sizingCandidates(flags.maxCabinets ?? 30, rounds?.length ?? 4) * (models?.length ?? 1) * (parShares?.length ?? 1) + (flags.nurseMinuteValue !== undefined ? 1 : 0)) * (flags.replications ?? 5), { json: flags.json === true, labels: { volume: sizeWords(lang).progressVolume, single: sizeWords(lang).progress } });
    const base: SizingCurveOptions = {
      targets: {
        ...(flags.minFillRate !== undefined ? { minFillRate: flags.minFillRate } : {}),
        ...(flags.maxWaitP95 !== undefined ? { maxTripWaitP95Min: flags.maxWaitP95 } : {}),
        ...(flags.maxStockoutHours !== undefined ? { maxStockoutSlotHoursPer1000PatientDays: flags.maxStockoutHours } : {}),
      },
      costs: {
        ...(flags.cabinetCost !== undefined ? { cabinetPerYear: flags.cabinetCost } : {}),
        ...(flags.labourCost !== undefined ? { restockLaborPerHour: flags.labourCost } : {}),
        ...(flags.holdingCost !== undefined ? { holdingPerUnitYear: flags.holdingCost } : {}),
      },
      ...(flags.nurseMinuteValue !== undefined ? { nurseMinuteValue: flags.nurseMinuteValue } : {}),
      ...(rounds !== undefined ? { rounds } : {}),
      ...(staffing !== undefined ? { staffing } : {}),
      ...(models !== undefined ? { models } : {}),
      ...(parShares !== undefined ? { parShares } : {}),
      ...(planogram !== undefined ? { planogram } : {}),
      ...(flags.deliveries !== undefined ? { deliveries: flags.deliveries } : {}),
      ...(flags.maxCabinets !== undefined ? { maxCabinets: flags.maxCabinets } : {}),
      ...(flags.replications !== undefined ? { replications: flags.replications } : {}),
      ...(flags.maxReplications !== undefined ? { maxReplications: flags.maxReplications } : {}),
      ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
      onProgress: (p) => bar.batch(p),
      onPoint: () => bar.volumeDone(),
    };
    if (flags.json !== true) {
      process.stdout.write(wrapText(sizingHeader({
        scenarioId: scenario.meta.id,
        volumes: curve ?? [flags.deliveries ?? scenario.births.annualDeliveries],
        curve: curve !== null,
        targets: resolveTargets(base.targets),
        replications: base.replications ?? 5,
        maxReplications: base.maxReplications ?? 20,
        days: scenario.run.horizonDays,
        staffing: staffing ?? 'scaled',
        costs: resolveCosts(base.costs),
        ...(flags.nurseMinuteValue !== undefined ? { nurseMinuteValue: flags.nurseMinuteValue } : {}),
      }, lang)));
    }
    let result;
    try {
      result = await withExecutor(flags, (executor) =>
        runExperiment(bar, async () => {
          try {
            return curve === null ? await sizeWard(scenario, { ...base, executor }) : await sizingCurve(scenario, curve, { ...base, executor });
          } catch (error) {
            // Impossible targets and bad sizing options are bad input, not a failed run.
            if (error instanceof ImpossibleTargetsError) throw new CliError(EXIT_BAD_INPUT, impossibleMessage(error as ImpossibleTargetsError<WardSizing['verdict']>, lang));
            if (error instanceof RangeError) throw new CliError(EXIT_BAD_INPUT, error.message);
            throw error;
          }
        }),
      );
    } catch (error) {
      if (error instanceof CliError && error.exitCode === EXIT_BAD_INPUT) throw new CliError(EXIT_BAD_INPUT, `size: ${error.message}`);
      throw error;
    }
    const files: OutputFile[] = [];
    if (flags.out !== undefined) files.push({ path: flags.out, text: toJsonText(result) });
    if (flags.csv !== undefined && result.kind === 'sizing-curve') files.push({ path: flags.csv, text: curveCsv(result) });
    writeFilesAtomically(files);
    if (flags.json === true) process.stdout.write(toJsonText(result));
    else process.stdout.write(wrapText(result.kind === 'sizing-curve' ? formatCurve(result, lang) : formatSizing(result, lang)));
  });
}
