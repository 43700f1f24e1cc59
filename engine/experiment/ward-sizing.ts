/**
 * Sizing a ward's cabinets: "how many cabinets, which slots and how many restock rounds does a
 * hospital of N deliveries a year need, at least cost?" A candidate ward (ward-plan.ts) is the scenario with
 * N cabinets of one model spread evenly along the corridor, its slots allocated by the
 * planogram from expected demand (the ward model's planner, used whenever a scenario fixes no
 * planogram), and R restock rounds a day placed inside the restocker's shift against the
 * hour-of-day trip demand (see round-placement.ts). Each candidate runs the same replications
 * (common random numbers); a candidate stops after three screening replications (short
 * runs, `screeningDays`, when the horizon is longer) when it misses a target beyond reasonable doubt, one whose verdict is undecided gets more
 * replications, up to a cap, and counts as failing if still undecided (conservative). A plan
 * is costed a year (cabinet lease, restock labour, stock held; see sizing-costs.ts), the cheapest passing plan
 * is the answer, and every plan tried is kept with its cost so the Pareto front of cost against
 * service, and the target that binds, can be shown. Given the value of a nurse minute, the chosen
 * plan's benefit (nurse time freed against the ward without cabinets, valued) is shown beside
 * its cost (sizing-benefit.ts).
 */
import type { Scenario } from '../../scenarios/index.js';
import { planSlots } from '../ward/index.js';
import { runBatch } from './run-replications.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationOutcome } from './replication-job.js';
import { summarise } from './summary.js';
import { configureWard, roundHoursFor } from './ward-plan.js';
import type { Staffing } from './ward-plan.js';
import { planCost, resolveCosts } from './sizing-costs.js';
import type { PlanCost, ResolvedCosts } from './sizing-costs.js';
import { ImpossibleTargetsError, searchVariants } from './sizing-search.js';
import type { SearchResult, SizingCandidate } from './sizing-search.js';
import { pricedModels } from './cabinet-catalogue.js';
import type { PricedModel } from './cabinet-catalogue.js';
import { cabinetPlans, fitModels } from './cabinet-plan.js';
import type { CabinetPlan, PlanogramMode } from './cabinet-plan.js';
import { checkTargets, clearlyMet, clearlyMissed, overallVerdict, resolveTargets } from './sizing-targets.js';
import { bindingTarget, plansTried } from './sizing-pareto.js';
import type { PlanTried } from './sizing-pareto.js';
import type { ResolvedTargets, SizingSample, TargetCheck } from './sizing-targets.js';
import { checkNurseMinuteValue, planBenefit } from './sizing-benefit.js';
import { MAX_SIZING_VARIANTS } from './sizing-options.js';
import { cabinetFloor } from './sizing-floor.js';
import type { CabinetFloor } from './sizing-floor.js';
import type { WardSizingOptions } from './sizing-options.js';
import type { PlanBenefit } from './sizing-benefit.js';

/** A candidate's judgement with the figures behind it. */
export interface WardVerdict {
  readonly pass: boolean;
  readonly replications: number;
  readonly checks: readonly TargetCheck[];
  /** Restock labour, h per day (mean over replications). */
  readonly restockLaborHoursPerDay: number;
  /** Restock rounds walked per day, fixed and par-triggered (mean). */
  readonly restockRoundsPerDay: number;
  /** Time-average units held in all cabinets (mean). */
  readonly inventoryUnitsMean: number;
}

/** The answer for one delivery volume. */
export interface WardSizing {
  readonly kind: 'sizing';
  readonly annualDeliveries: number;
  readonly cabinets: number;
  readonly roundsPerDay: number;
  /** Hours of the restock rounds. */
  readonly roundHours: readonly number[];
  readonly modelId: string;
  /** Nurses per roster shift in the plan (scaled with the volume unless staffing is fixed). */
  readonly nursesByShift: Record<string, number>;
  readonly staffing: Staffing;
  /** Slots per SKU in a cabinet of the plan's model (planogram from expected demand). */
  readonly slotAllocation: Record<string, number>;
  /** How cabinets got their models and slots. */
  readonly planogram: PlanogramMode;
  /** Per cabinet: model, share of demand routed to it, days of cover and slots per SKU. */
  readonly cabinetPlans: readonly CabinetPlan[];
  /** Par level of the plan (share of capacity), and whether par rounds are called at all. */
  readonly parShare: number;
  readonly parTrigger: boolean;
  readonly targets: ResolvedTargets;
  readonly verdict: WardVerdict;
  /** Prices used (all assumptions unless the planner gave them). */
  readonly costs: ResolvedCosts;
  /** The plan's yearly cost, CNY, by what it pays for. */
  readonly cost: PlanCost;
  /** The target with the least relative slack at the chosen plan. */
  readonly bindingTarget: TargetCheck['metric'];
  readonly seed: number;
  readonly commonRandomNumbers: true;
  /** Every plan evaluated, in order, with cost and whether it is on the cost-service Pareto front. */
  readonly evaluations: readonly PlanTried[];
  /** Nurse time the plan frees a year and its value, beside `cost`; only when a nurse-minute value was given. */
  readonly benefit?: PlanBenefit;
  /**
   * The analytic floor at the plan's model and rounds (sizing-floor.ts): no count below
   * `cabinets` was run at any round count; absent when switched off or with fitted models.
   */
  readonly analyticFloor?: CabinetFloor;
}

/** Replications a candidate runs before it can be stopped as clearly failing. */
const SCREENING_REPLICATIONS = 3;

function sample(o: ReplicationOutcome): SizingSample {
  const k = o.kpis;
  return {
    fillRate: k.fillRate,
    tripWaitP95Min: k.tripWaitP95Min,
    stockoutSlotHoursPer1000PatientDays: k.patientDays > 0 ? (k.stockoutSlotHours / k.patientDays) * 1000 : 0,
  };
}

/** A plan dimension that is not a count: the (base) cabinet model and the par level. */
interface Variant {
  readonly model: PricedModel;
  /** Undefined: the scenario's own restock settings. */
  readonly parShare: number | undefined;
}

/** Sizing options with every default filled in. */
export interface Resolved {
  targets: ResolvedTargets; costs: ResolvedCosts; rounds: number[]; minCabinets: number; maxCabinets: number;
  replications: number; maxReplications: number; seed: number; screeningDays: number | undefined;
  /** CNY per nurse minute freed; undefined: no benefit is computed. */
  nurseMinuteValue: number | undefined;
  /** Models × par levels, model-major. */
  variants: Variant[];
  /** Every model a plan may use (what `per-cabinet` fits from). */
  models: PricedModel[];
  planogram: PlanogramMode;
  /** The scenario with the catalogue models it lacks added. */
  scenario: Scenario;
  staffing: Staffing;
  /** Round hours by rounds a day (placement depends on the scenario only, not on cabinets). */
  roundHours: Map<number, number[]>;
}

/** Options completed and checked (for the curve, sizing-curve.ts). */
export function resolveSizing(s: Scenario, o: WardSizingOptions): Resolved {
  if (s.cabinets.models.length === 0) throw new RangeError(`sizing: scenario "${s.meta.id}" has no cabinet models to size with`);
  const costs = resolveCosts(o.costs);
  const ids = o.models ?? [o.modelId ?? s.cabinets.models[0].id];
  if (ids.length === 0 || ids.length > MAX_SIZING_VARIANTS) throw new RangeError(`sizing: models(=${JSON.stringify(ids)}) must name 1 to ${MAX_SIZING_VARIANTS} cabinet models`);
  const models = pricedModels(s, [...new Set(ids)], costs.cabinetPerYear);
  const pars = o.parShares === undefined ? [undefined] : [...new Set(o.parShares)];
  pars.forEach((p, i) => {
    if (p !== undefined && !(p >= 0 && p <= 1)) throw new RangeError(`sizing: parShares[${i}](=${p}) must be a number in [0, 1]`);
  });
  if (pars.length === 0 || pars.length > MAX_SIZING_VARIANTS) throw new RangeError(`sizing: parShares(=${JSON.stringify(o.parShares)}) must hold 1 to ${MAX_SIZING_VARIANTS} par levels`);
  const planogram = o.planogram ?? 'uniform';
  if (planogram !== 'uniform' && planogram !== 'per-cabinet') throw new RangeError(`sizing: planogram(=${JSON.stringify(planogram)}) must be "uniform" or "per-cabinet"`);
  const missing = models.map((m) => m.model).filter((m) => !s.cabinets.models.some((own) => own.id === m.id));
  const scenario: Scenario = missing.length === 0 ? s : { ...s, cabinets: { ...s.cabinets, models: [...s.cabinets.models, ...missing] } };
  const r: Resolved = {
    targets: resolveTargets(o.targets), costs, rounds: [...(o.rounds ?? [1, 2, 3, 4])], minCabinets: o.minCabinets ?? 1,
    maxCabinets: o.maxCabinets ?? 30, replications: o.replications ?? 5, maxReplications: o.maxReplications ?? 20,
    seed: o.seed ?? s.run.seed, roundHours: new Map(), staffing: o.staffing ?? 'scaled', screeningDays: o.screeningDays,
    variants: models.flatMap((model) => pars.map((parShare) => ({ model, parShare }))), models, planogram, scenario,
    nurseMinuteValue: o.nurseMinuteValue,
  };
  if (o.nurseMinuteValue !== undefined) checkNurseMinuteValue(s, o.nurseMinuteValue);
  for (const rounds of r.rounds) r.roundHours.set(rounds, roundHoursFor(s, rounds));
  if (!Number.isInteger(r.replications) || r.replications < 2) throw new RangeError(`sizing: replications(=${r.replications}) must be an integer >= 2`);
  if (!Number.isInteger(r.maxReplications) || r.maxReplications < r.replications) throw new RangeError(`sizing: maxReplications(=${r.maxReplications}) must be an integer >= replications(=${r.replications})`);
  if (r.screeningDays !== undefined && (!Number.isInteger(r.screeningDays) || r.screeningDays < 1)) throw new RangeError(`sizing: screeningDays(=${r.screeningDays}) must be an integer >= 1`);
  if (r.maxCabinets > 100) throw new RangeError(`sizing: maxCabinets(=${r.maxCabinets}) must be <= 100 (the schema's limit)`);
  return r;
}

/** The scenario of a plan of variant `v`, with the lease its cabinets cost a year (CNY). */
function planScenario(r: Resolved, v: Variant, c: SizingCandidate, deliveries: number): { scenario: Scenario; cabinetsPerYear: number } {
  const scenario = configureWard(r.scenario, {
    cabinets: c.cabinets, rounds: c.roundsPerDay, modelId: v.model.model.id, annualDeliveries: deliveries, roundHours: r.roundHours.get(c.roundsPerDay),
    staffing: r.staffing, parShare: v.parShare,
  });
  if (r.planogram === 'per-cabinet') return fitModels(scenario, v.model.model, r.models);
  return { scenario, cabinetsPerYear: c.cabinets * v.model.pricePerYear };
}

/** A judged plan: the verdict, whether it failed beyond reasonable doubt, and the lease of its cabinets (CNY a year). */
interface Judged extends WardVerdict {
  readonly clearlyMissed: boolean;
  readonly cabinetsPerYear: number;
}

/** Key of a plan among those one volume's search tried: variant index, cabinets and rounds. */
const planKey = (k: number, c: SizingCandidate): string => `${k}:${c.cabinets}x${c.roundsPerDay}`;

/**
 * Judges the plans of variant `k`; with `kept`, the full-length replications of each plan
 * judged on them are kept by {@link planKey}.
 */
function evaluator(r: Resolved, o: WardSizingOptions, deliveries: number, k: number, kept: Map<string, ReplicationOutcome[]> | null) {
  const v = r.variants[k];
  return async (c: SizingCandidate): Promise<Judged> => {
    const { scenario, cabinetsPerYear } = planScenario(r, v, c, deliveries);
    const outcomes: ReplicationOutcome[] = [];
    // Screening: a few replications first; a candidate that misses a target beyond reasonable
    // doubt stops there, any other gets the full replications and is judged as before.
    let want = o.screening === false ? r.replications : Math.min(SCREENING_REPLICATIONS, r.replications);
    if (o.screening !== false && r.screeningDays !== undefined && r.screeningDays < scenario.run.horizonDays) {
      // Short screening runs first: a candidate far off its targets is seen as such in weeks.
      const short: Scenario = { ...scenario, run: { ...scenario.run, horizonDays: r.screeningDays } };
      const screened = await judgeRuns(short, r, o, SCREENING_REPLICATIONS);
      if (clearlyMissed(screened.outcomes.map(sample), r.targets)) return { ...verdictOf(short, screened.outcomes, screened.checks), clearlyMissed: true, cabinetsPerYear };
    }
    let checks: TargetCheck[];
    for (;;) {
      const jobs = replicationJobs(scenario, r.seed, want - outcomes.length, outcomes.length);
      outcomes.push(...(await runBatch(o.executor ?? null, jobs, o.onProgress, o.signal)).outcomes);
      const samples = outcomes.map(sample);
      checks = checkTargets(samples, r.targets);
      if (outcomes.length < r.replications) {
        if (clearlyMissed(samples, r.targets) || clearlyMet(samples, r.targets)) break;
        want = r.replications;
        continue;
      }
      if (overallVerdict(checks) !== 'undecided' || outcomes.length >= r.maxReplications) break;
      want = Math.min(r.maxReplications, outcomes.length * 2);
    }
    kept?.set(planKey(k, c), outcomes);
    const verdict = verdictOf(scenario, outcomes, checks);
    return { ...verdict, clearlyMissed: !verdict.pass && clearlyMissed(outcomes.map(sample), r.targets), cabinetsPerYear };
  };
}

/** Replications 0 .. count − 1 of a scenario and their target checks. */
async function judgeRuns(scenario: Scenario, r: Resolved, o: WardSizingOptions, count: number): Promise<{ outcomes: ReplicationOutcome[]; checks: TargetCheck[] }> {
  const outcomes = (await runBatch(o.executor ?? null, replicationJobs(scenario, r.seed, count, 0), o.onProgress, o.signal)).outcomes;
  return { outcomes: [...outcomes], checks: checkTargets(outcomes.map(sample), r.targets) };
}

function verdictOf(scenario: Scenario, outcomes: readonly ReplicationOutcome[], checks: TargetCheck[]): WardVerdict {
  const mean = (f: (x: ReplicationOutcome) => number): number => summarise(outcomes.map(f)).mean;
  const days = scenario.run.horizonDays;
  return {
    pass: overallVerdict(checks) === 'pass',
    replications: outcomes.length,
    checks,
    restockLaborHoursPerDay: mean((x) => x.kpis.restockLaborHours) / days,
    restockRoundsPerDay: mean((x) => x.kpis.restockRounds) / days,
    inventoryUnitsMean: mean((x) => x.kpis.inventoryUnitsMean),
  };
}

/** A plan's yearly cost: its cabinets' lease (models may differ by cabinet), labour and stock held. */
function costOf(r: Resolved, c: SizingCandidate, v: Judged): PlanCost {
  return planCost({ ...r.costs, cabinetPerYear: v.cabinetsPerYear / c.cabinets }, c.cabinets, v.restockLaborHoursPerDay, v.inventoryUnitsMean);
}

const parOf = (s: Scenario, v: Variant): number => v.parShare ?? s.restock.parShare;

/**
 * The analytic floor on cabinets of variant `k` at `rounds` rounds (sizing-floor.ts): the
 * fewest cabinets whose capacity can hold the night's expected demand; 1 when switched off or
 * with fitted models (cabinets then differ in capacity).
 */
function analyticFloor(r: Resolved, o: WardSizingOptions, k: number, rounds: number, deliveries: number): number {
  return floorOf(r, o, k, rounds, deliveries)?.cabinets ?? 1;
}

function floorOf(r: Resolved, o: WardSizingOptions, k: number, rounds: number, deliveries: number): CabinetFloor | undefined {
  if (o.analyticFloor === false || r.planogram !== 'uniform') return undefined;
  return cabinetFloor(planScenario(r, r.variants[k], { cabinets: 1, roundsPerDay: rounds }, deliveries).scenario, r.targets.minFillRate);
}

/**
 * Per variant, what smaller volumes showed: per round count the floor on cabinets (see
 * `SearchResult.floors`) and the latest smallest passing count (where the search starts), and
 * the round count of the latest best plan, searched first.
 */
export type Floors = ReadonlyMap<number, { readonly floors: ReadonlyMap<number, number>; readonly passing?: ReadonlyMap<number, number>; readonly bestRounds?: number }>;

/** Sizes one volume, starting each variant's search at its known floors (for the curve, sizing-curve.ts). */
export async function sizeAt(s: Scenario, r: Resolved, o: WardSizingOptions, deliveries: number, floors: Floors): Promise<{ sizing: WardSizing; floors: Floors }> {
  let found;
  const kept = o.onPlanRun === undefined && r.nurseMinuteValue === undefined ? null : new Map<string, ReplicationOutcome[]>();
  try {
    found = await searchVariants<Judged>(r.variants.length, (k) => ({
      evaluate: evaluator(r, o, deliveries, k, kept), cost: (c, v) => costOf(r, c, v).total,
      cabinetCostFloor: r.planogram === 'per-cabinet' ? Math.min(...r.models.map((m) => m.pricePerYear)) : r.variants[k].model.pricePerYear,
      minCabinets: r.minCabinets, minCabinetsFor: (rounds) => Math.min(r.maxCabinets, Math.max(floors.get(k)?.floors.get(rounds) ?? r.minCabinets, analyticFloor(r, o, k, rounds, deliveries))), maxCabinets: r.maxCabinets, rounds: r.rounds,
      ...(floors.get(k)?.bestRounds !== undefined ? { firstRounds: floors.get(k)?.bestRounds } : {}),
      guessFor: (rounds) => floors.get(k)?.passing?.get(rounds),
      costRisesWithRounds: o.costRisesWithRounds ?? false,
    }));
  } catch (error) {
    // Say which targets the most generous candidate still missed, with its figures.
    if (error instanceof ImpossibleTargetsError) {
      const v = error.verdict as WardVerdict;
      const missed = v.checks.filter((c) => c.verdict !== 'pass').map((c) => `${c.metric} mean ${c.mean.toPrecision(4)}, bound ${c.bound.toPrecision(4)}, target ${c.sense} ${c.target}`);
      error.message = `${error.message} (${missed.join('; ')})`;
    }
    throw error;
  }
  const variant = r.variants[found.best.variant];
  const res = found.best.result;
  const best = planScenario(r, variant, res.best, deliveries).scenario;
  const confirming = kept?.get(planKey(found.best.variant, res.best));
  if (confirming !== undefined) o.onPlanRun?.({ deliveries, scenario: best, seed: r.seed, outcomes: confirming });
  const model = variant.model.model;
  const sizes = model.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => g.sizeClass));
  const slotAllocation: Record<string, number> = {};
  for (const sku of planSlots(best, sizes)) if (sku !== null) slotAllocation[sku] = (slotAllocation[sku] ?? 0) + 1;
  const tried = found.all.flatMap((sr: SearchResult<Judged> | null, k) => (sr === null ? [] : sr.evaluations.map((e) => ({
    cabinets: e.candidate.cabinets, roundsPerDay: e.candidate.roundsPerDay, modelId: r.variants[k].model.model.id, parShare: parOf(s, r.variants[k]),
    pass: e.verdict.pass, replications: e.verdict.replications, costPerYear: costOf(r, e.candidate, e.verdict).total, checks: e.verdict.checks,
  }))));
  const j = res.verdict;
  const floor = floorOf(r, o, found.best.variant, res.best.roundsPerDay, deliveries);
  const verdict: WardVerdict = {
    pass: j.pass, replications: j.replications, checks: j.checks, restockLaborHoursPerDay: j.restockLaborHoursPerDay, restockRoundsPerDay: j.restockRoundsPerDay, inventoryUnitsMean: j.inventoryUnitsMean,
  };
  const sizing: WardSizing = {
    kind: 'sizing', annualDeliveries: deliveries, cabinets: res.best.cabinets, roundsPerDay: res.best.roundsPerDay,
    roundHours: best.restock.roundHours, modelId: model.id, slotAllocation, planogram: r.planogram, cabinetPlans: cabinetPlans(best),
    parShare: best.restock.parShare, parTrigger: best.restock.parTrigger,
    nursesByShift: Object.fromEntries(best.people.shifts.map((sh) => [sh.name, sh.nurses])), staffing: r.staffing, targets: r.targets, verdict,
    costs: r.costs, cost: costOf(r, res.best, res.verdict),
    bindingTarget: bindingTarget(res.verdict.checks),
    seed: r.seed, commonRandomNumbers: true, evaluations: plansTried(tried),
    ...(floor !== undefined ? { analyticFloor: floor } : {}),
  };
  const withBenefit = r.nurseMinuteValue === undefined || confirming === undefined ? sizing : {
    ...sizing,
    benefit: await planBenefit(best, confirming, {
      seed: r.seed, nurseMinuteValue: r.nurseMinuteValue, costPerYear: sizing.cost.total,
      ...(o.executor !== undefined ? { executor: o.executor } : {}), ...(o.onProgress !== undefined ? { onProgress: o.onProgress } : {}), ...(o.signal !== undefined ? { signal: o.signal } : {}),
    }),
  };
  const warm = found.all.map((sr, k) => [k, sr === null ? (floors.get(k) ?? { floors: new Map<number, number>() }) : {
    floors: sr.floors, passing: new Map([...(floors.get(k)?.passing ?? []), ...sr.passing]), bestRounds: sr.best.roundsPerDay,
  }] as const);
  return { sizing: withBenefit, floors: new Map(warm) };
}

/**
 * The cheapest plan meeting every target at `options.deliveries` (default the scenario's volume).
 * @throws RangeError on bad options; ImpossibleTargetsError when even the maximum fails
 */
export async function sizeWard(scenario: Scenario, options: WardSizingOptions = {}): Promise<WardSizing> {
  const r = resolveSizing(scenario, options);
  return (await sizeAt(scenario, r, options, options.deliveries ?? scenario.births.annualDeliveries, new Map())).sizing;
}
