/**
 * Turning a submitted portfolio (`POST /api/portfolios`: the application form as CSV text and
 * the options) into the request the runner stores. The form is read now: a bad header, no
 * hospital that can run, or more than MAX_PORTFOLIO_HOSPITALS rows are refused with 400
 * before anything is queued; bad rows are kept as row errors (line, column, rule) and the
 * other rows run. The six preset documents a portfolio can map to are stored with it, and
 * every option is explicit, so a re-run after a restart plans exactly the same wards.
 */
import { MAX_PORTFOLIO_HOSPITALS, PORTFOLIO_PRESETS, parseHospitals, presetFor, resolveBenefitValues, resolveCosts, resolveTargets } from '../../engine/index.js';
import type { BenefitValues, HospitalRow, RowError, SizingCosts, SizingTargets } from '../../engine/index.js';
import type { ServerLimits } from '../config.js';
import { ApiError } from '../errors.js';
import type { ScenarioCatalog } from '../services/scenario-catalog.js';
import { checkJobBudget, simulatedDeliveries, sizingCandidates } from './job-cost.js';

/** `POST /api/portfolios` body as validated by its schema. */
export interface PortfolioBody {
  csv: string;
  days?: number;
  replications?: number;
  maxReplications?: number;
  seed?: number;
  rounds?: number[];
  maxCabinets?: number;
  targets?: SizingTargets;
  costs?: SizingCosts;
  values?: BenefitValues;
}

/** Portfolio options as stored (every one explicit). */
export interface StoredPortfolioOptions {
  targets: SizingTargets;
  costs: SizingCosts;
  values: BenefitValues;
  rounds?: number[];
  maxCabinets?: number;
  replications: number;
  maxReplications: number;
  seed: number;
  days?: number;
}

/** A portfolio job as stored and executed. */
export interface StoredPortfolioRequest {
  hospitals: HospitalRow[];
  rowErrors: RowError[];
  /** Preset documents by name (the three volumes and their baselines), as they were at submission. */
  presets: Record<string, unknown>;
  options: StoredPortfolioOptions;
  /** Replications per plan and effect (also in options; here for listings). */
  replications: number;
}

const where = (e: RowError): string => `line ${e.line}, column ${e.column}${e.columnName === '' ? '' : ` (${e.columnName})`}`;

function bad(code: string, message: string, path: string, rule: string, detail: string): ApiError {
  return new ApiError(400, code, `POST /api/portfolios: ${message}`, [{ path, rule, message: detail }]);
}

/**
 * Builds a stored portfolio from `POST /api/portfolios`.
 * @throws ApiError 400 for a form no hospital of which can run, too many rows, or options over the server's limits
 */
export function buildPortfolioRequest(catalog: ScenarioCatalog, body: PortfolioBody, limits: ServerLimits): StoredPortfolioRequest {
  const parsed = parseHospitals(body.csv);
  if (parsed.rows > MAX_PORTFOLIO_HOSPITALS) {
    throw bad('limit-exceeded', `the form has ${parsed.rows} hospital rows; at most ${MAX_PORTFOLIO_HOSPITALS} in one portfolio`, '/body/csv', 'max-hospitals', `at most ${MAX_PORTFOLIO_HOSPITALS} rows`);
  }
  if (parsed.hospitals.length === 0) {
    throw new ApiError(400, 'invalid-form', `POST /api/portfolios: no hospital of the form can run (${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'})`,
      parsed.errors.map((e) => ({ path: '/body/csv', rule: e.rule, message: `${where(e)}: ${e.message}` })));
  }
  const replications = body.replications ?? 5;
  const maxReplications = body.maxReplications ?? Math.max(replications, 20);
  if (maxReplications < replications) throw bad('invalid-request', `maxReplications(=${maxReplications}) must be >= replications(=${replications})`, '/body/maxReplications', 'minimum', `must be >= replications (${replications})`);
  if (maxReplications > limits.maxReplications) {
    throw bad('limit-exceeded', `maxReplications(=${maxReplications}) must be <= ${limits.maxReplications} on this server`, body.maxReplications === undefined ? '/body/replications' : '/body/maxReplications', 'max-replications', `must be <= ${limits.maxReplications}`);
  }
  const presets: Record<string, unknown> = {};
  for (const name of Object.keys(PORTFOLIO_PRESETS).flatMap((p) => [p, `${p}-baseline`])) {
    const doc = catalog.get(name);
    if (doc === undefined) throw new ApiError(500, 'missing-preset', `the server has no preset ${name}, which portfolios map hospitals to`);
    presets[name] = doc;
  }
  for (const doc of Object.values(presets)) {
    const warmup = (doc as { run: { warmupDays: number; horizonDays: number } }).run;
    const days = (body.days ?? warmup.horizonDays) + warmup.warmupDays;
    if (days > limits.maxHorizonDays) throw bad('limit-exceeded', `days + warm-up(=${days}) must be <= ${limits.maxHorizonDays} on this server`, '/body/days', 'max-horizon', `must be <= ${limits.maxHorizonDays - warmup.warmupDays}`);
  }
  try {
    resolveTargets(body.targets);
    resolveCosts(body.costs);
    resolveBenefitValues(body.values);
  } catch (error) {
    throw bad('invalid-request', error instanceof Error ? error.message : String(error), '/body', 'range', 'a target, price or value is out of range');
  }
  const options: StoredPortfolioOptions = {
    targets: body.targets ?? {}, costs: body.costs ?? {}, values: body.values ?? {},
    ...(body.rounds !== undefined ? { rounds: [...new Set(body.rounds)].sort((a, b) => a - b) } : {}),
    ...(body.maxCabinets !== undefined ? { maxCabinets: body.maxCabinets } : {}),
    replications, maxReplications, seed: body.seed ?? 1,
    ...(body.days !== undefined ? { days: body.days } : {}),
  };
  checkPortfolioBudget(parsed.hospitals, presets, options, limits);
  return { hospitals: parsed.hospitals, rowErrors: parsed.errors, presets, options, replications };
}

/**
 * A portfolio's cost at its worst: for every hospital with floor space (the others run
 * nothing), every sizing candidate at `maxReplications` plus the plan and its baseline at
 * `replications` for the effects, each on the preset the hospital maps to, at its own volume;
 * refused over the job budget before anything is queued.
 */
function checkPortfolioBudget(hospitals: readonly HospitalRow[], presets: Record<string, unknown>, options: StoredPortfolioOptions, limits: ServerLimits): void {
  const candidates = sizingCandidates(options.maxCabinets ?? 30, options.rounds?.length ?? 4);
  const perHospital = candidates * options.maxReplications + 2 * options.replications;
  let cost = 0;
  let eligible = 0;
  for (const h of hospitals) {
    if (!h.floorSpace) continue;
    eligible++;
    const run = (presets[presetFor(h.annualDeliveries)] as { run: { horizonDays: number; warmupDays: number } }).run;
    cost += simulatedDeliveries({ run: { horizonDays: options.days ?? run.horizonDays, warmupDays: run.warmupDays }, births: { annualDeliveries: h.annualDeliveries } }, perHospital);
  }
  checkJobBudget('POST /api/portfolios', cost, `${eligible} hospitals with floor space x (up to ${candidates} sizing candidates x ${options.maxReplications} replications + 2 x ${options.replications} for the effects) x days x deliveries a day`, limits);
}
