/**
 * Portfolio mode: "which applicant hospitals gain most per yuan, and what plan does each
 * need?" For each hospital of the programme's form: the wards from its row (see
 * hospital-scenario.ts), the cheapest plan meeting the service targets (`sizeWard` with the
 * prices), and the plan's yearly effects against the no-cabinet baseline with common random
 * numbers (plan-effects.ts). Hospitals are ranked by benefit per cost: the effects valued in
 * CNY (benefit-values.ts) over the plan's yearly cost. Hospitals run one after another, each
 * one's replications spread over the executor; the result depends on the rows and options
 * only, so a job re-run after a restart gives the same answer.
 */
import { ImpossibleTargetsError } from '../sizing-search.js';
import { resolveCosts } from '../sizing-costs.js';
import type { ResolvedCosts, SizingCosts } from '../sizing-costs.js';
import { resolveTargets } from '../sizing-targets.js';
import type { ResolvedTargets, SizingTargets } from '../sizing-targets.js';
import { sizeWard } from '../ward-sizing.js';
import { configureWard } from '../ward-plan.js';
import type { Executor } from '../executors/executor.js';
import type { Progress } from '../run-replications.js';
import { resolveBenefitValues } from './benefit-values.js';
import type { BenefitValues, ResolvedBenefitValues } from './benefit-values.js';
import { rowErrorZh } from './row-error-text.js';
import type { HospitalRow, RowError } from './hospital-row.js';
import { hospitalScenarios } from './hospital-scenario.js';
import type { MappingAssumption, PortfolioPreset, PresetLookup } from './hospital-scenario.js';
import { planEffects } from './plan-effects.js';
import type { PlanEffects } from './plan-effects.js';
import { rankHospitals } from './rank-hospitals.js';

/** Most hospitals in one portfolio; a larger one is refused before any run. */
export const MAX_PORTFOLIO_HOSPITALS = 500;

/** Options of {@link runPortfolio}; all optional. */
export interface PortfolioOptions {
  readonly targets?: SizingTargets;
  readonly costs?: SizingCosts;
  readonly values?: BenefitValues;
  /** Restock rounds a day considered; default [1, 2, 3, 4]. */
  readonly rounds?: readonly number[];
  /** Most cabinets considered per hospital; default 30. */
  readonly maxCabinets?: number;
  /** Replications per sizing candidate and per effect pair; default 5. */
  readonly replications?: number;
  /** Cap for undecided sizing candidates; default max(replications, 20). */
  readonly maxReplications?: number;
  /** Base seed; default 1. */
  readonly seed?: number;
  /** Days simulated after warm-up; default the presets' (a year). */
  readonly days?: number;
  readonly executor?: Executor;
  /** Hospitals finished (planned, not eligible or without a plan) out of all hospitals. */
  readonly onProgress?: (p: Progress) => void;
  /** Called as each hospital is done, in the order of the rows. */
  readonly onHospital?: (entry: PortfolioEntry, index: number) => void;
  readonly signal?: AbortSignal;
}

/** A hospital's plan: cabinets, restock rounds and the yearly cost. */
export interface PortfolioPlan {
  readonly cabinets: number;
  readonly modelId: string;
  readonly roundsPerDay: number;
  readonly roundHours: readonly number[];
  readonly slotAllocation: Record<string, number>;
  /** Yearly cost, CNY: cabinet lease, restock labour, stock held. */
  readonly costPerYear: number;
  readonly cost: { readonly cabinets: number; readonly restockLabor: number; readonly holding: number };
  readonly bindingTarget: string;
}

/** One hospital's answer. */
export interface PortfolioEntry {
  /** 1 = most benefit per yuan; null when not planned. */
  readonly rank: number | null;
  readonly line: number;
  readonly name: string;
  readonly annualDeliveries: number;
  readonly hospitalType: HospitalRow['hospitalType'];
  readonly preset: PortfolioPreset;
  /** `planned`; `not-eligible` (no floor space, nothing run); `no-plan` (targets not met within the limits). */
  readonly status: 'planned' | 'not-eligible' | 'no-plan';
  readonly reason: string | null;
  readonly flags: readonly string[];
  readonly assumptions: readonly MappingAssumption[];
  readonly plan: PortfolioPlan | null;
  readonly effects: PlanEffects | null;
  /** Mean yearly benefit (CNY) per yuan of yearly cost; null when not planned. */
  readonly benefitPerCost: number | null;
  /** Mean nurse minutes freed a year per CNY 10,000 of yearly cost. */
  readonly nurseMinutesPer10kCny: number | null;
}

/** The portfolio's answer. */
export interface PortfolioResult {
  readonly kind: 'portfolio';
  /** `benefitPerCost`: mean yearly benefit in CNY ÷ the plan's yearly cost in CNY. */
  readonly rankedBy: 'benefitPerCost';
  readonly seed: number;
  readonly replications: number;
  readonly commonRandomNumbers: true;
  readonly targets: ResolvedTargets;
  readonly costs: ResolvedCosts;
  readonly values: ResolvedBenefitValues;
  /** Hospitals, ranked: planned by benefit per cost, then without a plan, then not eligible. */
  readonly hospitals: readonly PortfolioEntry[];
  /** Rows refused, with line, column and rule; the other rows ran. */
  readonly rowErrors: readonly RowError[];
}

interface Resolved {
  targets: ResolvedTargets; costs: ResolvedCosts; values: ResolvedBenefitValues; replications: number; maxReplications: number; seed: number;
}

function resolve(rows: readonly HospitalRow[], o: PortfolioOptions): Resolved {
  if (rows.length > MAX_PORTFOLIO_HOSPITALS) throw new RangeError(`portfolio: ${rows.length} hospitals; at most ${MAX_PORTFOLIO_HOSPITALS} in one portfolio`);
  const replications = o.replications ?? 5;
  if (!Number.isInteger(replications) || replications < 2) throw new RangeError(`portfolio: replications(=${replications}) must be an integer >= 2`);
  if (o.days !== undefined && (!Number.isInteger(o.days) || o.days < 1 || o.days > 3660)) throw new RangeError(`portfolio: days(=${o.days}) must be an integer from 1 to 3660`);
  return {
    targets: resolveTargets(o.targets), costs: resolveCosts(o.costs), values: resolveBenefitValues(o.values),
    replications, maxReplications: o.maxReplications ?? Math.max(replications, 20), seed: o.seed ?? 1,
  };
}

async function planHospital(row: HospitalRow, presets: PresetLookup, r: Resolved, o: PortfolioOptions): Promise<PortfolioEntry> {
  const wards = hospitalScenarios(row, presets, o.days);
  const base = {
    rank: null, line: row.line, name: row.name, annualDeliveries: row.annualDeliveries, hospitalType: row.hospitalType, preset: wards.preset,
    flags: wards.flags, assumptions: wards.assumptions, plan: null, effects: null, benefitPerCost: null, nurseMinutesPer10kCny: null,
  };
  if (!wards.eligible) return { ...base, status: 'not-eligible', reason: 'no floor space for a cabinet' };
  let sized;
  try {
    sized = await sizeWard(wards.scenario, {
      targets: r.targets, costs: r.costs, replications: r.replications, maxReplications: r.maxReplications, seed: r.seed,
      ...(o.rounds !== undefined ? { rounds: o.rounds } : {}), ...(o.maxCabinets !== undefined ? { maxCabinets: o.maxCabinets } : {}),
      ...(o.executor !== undefined ? { executor: o.executor } : {}), ...(o.signal !== undefined ? { signal: o.signal } : {}),
    });
  } catch (error) {
    if (error instanceof ImpossibleTargetsError) return { ...base, status: 'no-plan', reason: error.message };
    throw error;
  }
  // The hospital's scenario already carries its roster for its own volume (hospital-scenario.ts).
  const planScenario = configureWard(wards.scenario, { cabinets: sized.cabinets, rounds: sized.roundsPerDay, modelId: sized.modelId, roundHours: sized.roundHours, staffing: 'fixed' });
  const effects = await planEffects(wards.baseline, planScenario, {
    seed: r.seed, replications: r.replications, values: r.values,
    ...(o.executor !== undefined ? { executor: o.executor } : {}), ...(o.signal !== undefined ? { signal: o.signal } : {}),
  });
  const cost = sized.cost.total;
  return {
    ...base, status: 'planned', reason: null,
    plan: {
      cabinets: sized.cabinets, modelId: sized.modelId, roundsPerDay: sized.roundsPerDay, roundHours: sized.roundHours, slotAllocation: sized.slotAllocation,
      costPerYear: cost, cost: { cabinets: sized.cost.cabinets, restockLabor: sized.cost.restockLabor, holding: sized.cost.holding }, bindingTarget: sized.bindingTarget,
    },
    effects,
    benefitPerCost: cost > 0 ? effects.benefitCnyPerYear.mean / cost : null,
    nurseMinutesPer10kCny: cost > 0 ? (effects.nurseSupplyMinutesFreedPerYear.mean / cost) * 10_000 : null,
  };
}

/**
 * Plans every hospital and ranks them by benefit per cost.
 * @param rows - hospitals read from the form (see `parseHospitals`)
 * @param presets - the preset scenarios by name (county-, city-, provincial-mch and their baselines)
 * @param rowErrors - rows refused while reading, passed through to the result
 * @throws RangeError on bad options or more than {@link MAX_PORTFOLIO_HOSPITALS} hospitals, before any run
 */
export async function runPortfolio(rows: readonly HospitalRow[], presets: PresetLookup, options: PortfolioOptions = {}, rowErrors: readonly RowError[] = []): Promise<PortfolioResult> {
  const r = resolve(rows, options);
  // Map every row first: a row whose wards are not valid scenarios is refused before anything runs.
  const errors = [...rowErrors];
  const good = rows.filter((row) => {
    try {
      hospitalScenarios(row, presets, options.days);
      return true;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      errors.push({ line: row.line, column: 0, columnName: '', rule: 'scenario', message: error.message });
      return false;
    }
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  const entries: PortfolioEntry[] = [];
  options.onProgress?.({ done: 0, total: good.length });
  for (const row of good) {
    const entry = await planHospital(row, presets, r, options);
    entries.push(entry);
    options.onHospital?.(entry, entries.length - 1);
    options.onProgress?.({ done: entries.length, total: good.length });
  }
  return {
    kind: 'portfolio', rankedBy: 'benefitPerCost', seed: r.seed, replications: r.replications, commonRandomNumbers: true,
    targets: r.targets, costs: r.costs, values: r.values, hospitals: rankHospitals(entries), rowErrors: errors.map((e) => ({ ...e, zh: rowErrorZh(e) })),
  };
}
