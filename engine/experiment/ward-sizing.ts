/**
 * Sizing a ward's cabinets: "how many cabinets, which slots and how many restock rounds does a
 * hospital of N deliveries a year need, at least cost?" A candidate ward is the scenario with
 * N cabinets of one model spread evenly along the corridor, its slots allocated by the
 * planogram from expected demand (the ward model's planner, used whenever a scenario fixes no
 * planogram), and R restock rounds a day placed inside the restocker's shift against the
 * hour-of-day trip demand (see round-placement.ts). Each candidate runs the same replications
 * (common random numbers); a candidate stops after three screening replications when it
 * misses a target beyond reasonable doubt, one whose verdict is undecided gets more
 * replications, up to a cap, and counts as failing if still undecided (conservative). A plan
 * is costed a year (cabinet lease, restock labour, stock held; see sizing-costs.ts), the cheapest passing plan
 * is the answer, and every plan tried is kept with its cost so the Pareto front of cost against
 * service, and the target that binds, can be shown.
 */
import type { Scenario } from '../../scenarios/index.js';
import { compileParams, planSlots } from '../ward/index.js';
import { runBatch } from './run-replications.js';
import type { Executor } from './executors/executor.js';
import type { Progress } from './run-replications.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationOutcome } from './replication-job.js';
import { summarise } from './summary.js';
import { placeRounds, tripActivityByHour } from './round-placement.js';
import { planCost, resolveCosts } from './sizing-costs.js';
import type { PlanCost, ResolvedCosts, SizingCosts } from './sizing-costs.js';
import { ImpossibleTargetsError, searchSizing } from './sizing-search.js';
import type { SizingCandidate } from './sizing-search.js';
import { checkTargets, clearlyMissed, overallVerdict, resolveTargets } from './sizing-targets.js';
import type { ResolvedTargets, SizingSample, SizingTargets, TargetCheck } from './sizing-targets.js';

/** Options of {@link sizeWard} and {@link sizingCurve}; all optional. */
export interface WardSizingOptions {
  readonly targets?: SizingTargets;
  /**
   * Annual deliveries {@link sizeWard} sizes; default the scenario's own. The scenario stays the
   * reference of the roster: with `staffing: 'scaled'` its nurses per bed carry over.
   */
  readonly deliveries?: number;
  /** Nurse roster at other volumes: `scaled` (default, nurses per bed kept) or `fixed`. */
  readonly staffing?: Staffing;
  /** Prices the plans are costed with; defaults in `COST_INPUTS` (all assumptions). */
  readonly costs?: SizingCosts;
  /** Restock rounds per day considered; default [1, 2, 3, 4]. */
  readonly rounds?: readonly number[];
  /** Fewest cabinets considered; default 1. */
  readonly minCabinets?: number;
  /** Most cabinets considered; default 30. */
  readonly maxCabinets?: number;
  /** Replications per candidate at first; default 5 (≥ 2: one replication has no interval). */
  readonly replications?: number;
  /** Cap for undecided candidates; default 20. */
  readonly maxReplications?: number;
  /** Base seed; default the scenario's. */
  readonly seed?: number;
  /** Cabinet model id; default the scenario's first model. */
  readonly modelId?: string;
  readonly executor?: Executor;
  readonly onProgress?: (p: Progress) => void;
  /**
   * Stop a candidate after three replications when it misses a target beyond reasonable doubt
   * (see `clearlyMissed`); default true. False runs every candidate's full replications.
   */
  readonly screening?: boolean;
  /**
   * Called once per volume sized with the chosen plan's scenario and the replications that
   * confirmed it (the run behind the answer), so the caller can keep that run.
   */
  readonly onPlanRun?: (run: PlanRun) => void;
  /** Called by {@link sizingCurve} as each volume is sized (index in ascending volume order). */
  readonly onPoint?: (point: CurvePoint, index: number) => void;
  readonly signal?: AbortSignal;
}

/** The run behind a volume's answer: the chosen plan's scenario and its replications. */
export interface PlanRun {
  readonly deliveries: number;
  readonly scenario: Scenario;
  readonly seed: number;
  /** The replications the plan was judged on, in replication order. */
  readonly outcomes: readonly ReplicationOutcome[];
}

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

/** One plan tried, with its yearly cost and service figures. */
export interface PlanTried {
  readonly cabinets: number;
  readonly roundsPerDay: number;
  readonly pass: boolean;
  readonly replications: number;
  /** Yearly cost, CNY. */
  readonly costPerYear: number;
  readonly fillRate: number;
  readonly tripWaitP95Min: number;
  readonly stockoutSlotHoursPer1000PatientDays: number;
  /** No other plan tried is at most as costly and at least as good on every target metric. */
  readonly paretoOptimal: boolean;
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
  /** Slots per SKU in each cabinet (planogram from expected demand). */
  readonly slotAllocation: Record<string, number>;
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
}

/**
 * Hours of `rounds` restock rounds a day for a scenario: inside its restocker shift, placed
 * against its hour-of-day trip demand.
 */
export function roundHoursFor(s: Scenario, rounds: number): number[] {
  const shift = { startHour: s.people.restockerShiftStartHour, hours: s.people.restockerShiftHours };
  return [...placeRounds(rounds, shift, tripActivityByHour(s.catalog.tripHourWeights)).roundHours];
}

/** How the nurse roster follows the delivery volume being sized. */
export type Staffing = 'fixed' | 'scaled';

/** A candidate ward: what {@link configureWard} changes in a scenario. */
export interface WardPlan {
  readonly cabinets: number;
  readonly rounds: number;
  readonly modelId: string;
  /** Volume sized; default the scenario's. */
  readonly annualDeliveries?: number;
  /** Round times; default placed by {@link roundHoursFor}. */
  readonly roundHours?: readonly number[];
  /** `scaled` (default): each shift keeps the scenario's nurses per bed; `fixed`: the scenario's roster as is. */
  readonly staffing?: Staffing;
}

/**
 * Each shift's nurses scaled by the beds a volume needs against the scenario's own: the preset
 * rosters carry the national survey's nurse-to-patient ratios (day about 1:7-8, night 1:18-25),
 * and a hospital with three times the deliveries staffs three times the nurses, not the same.
 */
function scaledShifts(s: Scenario, base: Scenario): Scenario['people']['shifts'] {
  const ratio = compileParams(base).beds / compileParams(s).beds;
  return s.people.shifts.map((sh) => ({ ...sh, nurses: Math.min(500, Math.max(1, Math.ceil(sh.nurses * ratio - 1e-9))) }));
}

/**
 * The scenario with a plan's cabinets of one model spread along the corridor, its restock rounds
 * and, with `staffing: 'scaled'`, its nurse roster scaled to the volume.
 * @throws RangeError when the model does not exist
 */
export function configureWard(s: Scenario, plan: WardPlan): Scenario {
  const { cabinets, rounds, modelId, annualDeliveries, roundHours } = plan;
  if (!s.cabinets.models.some((m) => m.id === modelId)) throw new RangeError(`sizing: modelId(=${JSON.stringify(modelId)}) is not a cabinet model of scenario "${s.meta.id}"`);
  const volume: Scenario = annualDeliveries === undefined ? s : { ...s, births: { ...s.births, annualDeliveries } };
  const base: Scenario = (plan.staffing ?? 'scaled') === 'scaled' ? { ...volume, people: { ...volume.people, shifts: scaledShifts(s, volume) } } : volume;
  const rooms = Math.max(1, Math.ceil(compileParams(base).beds / base.layout.bedsPerRoom));
  const corridorM = base.layout.roomSpacingM * (Math.ceil(rooms / 2) + 1);
  const instances = Array.from({ length: cabinets }, (_, k) => ({ id: `cab-${k + 1}`, modelId, location: { x: Math.round((corridorM * (k + 0.5) / cabinets) * 100) / 100, y: 1.2 } }));
  return {
    ...base,
    cabinets: { ...base.cabinets, instances },
    restock: { ...base.restock, roundHours: roundHours !== undefined ? [...roundHours] : roundHoursFor(base, rounds) },
  };
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

interface Resolved {
  targets: ResolvedTargets; costs: ResolvedCosts; rounds: number[]; minCabinets: number; maxCabinets: number;
  replications: number; maxReplications: number; seed: number; modelId: string;
  staffing: Staffing;
  /** Round hours by rounds a day (placement depends on the scenario only, not on cabinets). */
  roundHours: Map<number, number[]>;
}

function resolve(s: Scenario, o: WardSizingOptions): Resolved {
  const r: Resolved = {
    targets: resolveTargets(o.targets), costs: resolveCosts(o.costs), rounds: [...(o.rounds ?? [1, 2, 3, 4])], minCabinets: o.minCabinets ?? 1,
    maxCabinets: o.maxCabinets ?? 30, replications: o.replications ?? 5, maxReplications: o.maxReplications ?? 20,
    seed: o.seed ?? s.run.seed, modelId: o.modelId ?? s.cabinets.models[0]?.id ?? '', roundHours: new Map(),
    staffing: o.staffing ?? 'scaled',
  };
  for (const rounds of r.rounds) r.roundHours.set(rounds, roundHoursFor(s, rounds));
  if (s.cabinets.models.length === 0) throw new RangeError(`sizing: scenario "${s.meta.id}" has no cabinet models to size with`);
  if (!Number.isInteger(r.replications) || r.replications < 2) throw new RangeError(`sizing: replications(=${r.replications}) must be an integer >= 2`);
  if (!Number.isInteger(r.maxReplications) || r.maxReplications < r.replications) throw new RangeError(`sizing: maxReplications(=${r.maxReplications}) must be an integer >= replications(=${r.replications})`);
  if (r.maxCabinets > 100) throw new RangeError(`sizing: maxCabinets(=${r.maxCabinets}) must be <= 100 (the schema's limit)`);
  return r;
}

const planKey = (c: SizingCandidate): string => `${c.cabinets}x${c.roundsPerDay}`;

function evaluator(s: Scenario, r: Resolved, o: WardSizingOptions, deliveries: number, kept: Map<string, ReplicationOutcome[]> | null) {
  return async (c: SizingCandidate): Promise<WardVerdict> => {
    const scenario = configureWard(s, { cabinets: c.cabinets, rounds: c.roundsPerDay, modelId: r.modelId, annualDeliveries: deliveries, roundHours: r.roundHours.get(c.roundsPerDay), staffing: r.staffing });
    const outcomes: ReplicationOutcome[] = [];
    // Screening: a few replications first; a candidate that misses a target beyond reasonable
    // doubt stops there, any other gets the full replications and is judged as before.
    let want = o.screening === false ? r.replications : Math.min(SCREENING_REPLICATIONS, r.replications);
    let checks: TargetCheck[];
    for (;;) {
      const jobs = replicationJobs(scenario, r.seed, want - outcomes.length, outcomes.length);
      outcomes.push(...(await runBatch(o.executor ?? null, jobs, o.onProgress, o.signal)).outcomes);
      const samples = outcomes.map(sample);
      checks = checkTargets(samples, r.targets);
      if (outcomes.length < r.replications) {
        if (clearlyMissed(samples, r.targets)) break;
        want = r.replications;
        continue;
      }
      if (overallVerdict(checks) !== 'undecided' || outcomes.length >= r.maxReplications) break;
      want = Math.min(r.maxReplications, outcomes.length * 2);
    }
    kept?.set(planKey(c), outcomes);
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
  };
}

function costOf(r: Resolved, c: SizingCandidate, v: WardVerdict): PlanCost {
  return planCost(r.costs, c.cabinets, v.restockLaborHoursPerDay, v.inventoryUnitsMean);
}

const metricMean = (v: WardVerdict, k: TargetCheck['metric']): number => v.checks.find((c) => c.metric === k)!.mean;

/** Plans tried with cost and Pareto flag: cost down, fill rate up, wait and stock-out hours down. */
function plansTried(r: Resolved, evaluations: readonly { candidate: SizingCandidate; verdict: WardVerdict }[]): PlanTried[] {
  const rows = evaluations.map((e) => ({
    cabinets: e.candidate.cabinets, roundsPerDay: e.candidate.roundsPerDay, pass: e.verdict.pass, replications: e.verdict.replications,
    costPerYear: costOf(r, e.candidate, e.verdict).total,
    fillRate: metricMean(e.verdict, 'fillRate'), tripWaitP95Min: metricMean(e.verdict, 'tripWaitP95Min'),
    stockoutSlotHoursPer1000PatientDays: metricMean(e.verdict, 'stockoutSlotHoursPer1000PatientDays'),
  }));
  const dominates = (a: (typeof rows)[number], b: (typeof rows)[number]): boolean =>
    a.costPerYear <= b.costPerYear && a.fillRate >= b.fillRate && a.tripWaitP95Min <= b.tripWaitP95Min && a.stockoutSlotHoursPer1000PatientDays <= b.stockoutSlotHoursPer1000PatientDays
    && (a.costPerYear < b.costPerYear || a.fillRate > b.fillRate || a.tripWaitP95Min < b.tripWaitP95Min || a.stockoutSlotHoursPer1000PatientDays < b.stockoutSlotHoursPer1000PatientDays);
  return rows.map((row) => ({ ...row, paretoOptimal: !rows.some((other) => other !== row && dominates(other, row)) }));
}

/** The target closest to being missed: least slack of the confidence bound, relative to the target. */
function bindingTarget(v: WardVerdict): TargetCheck['metric'] {
  const slack = (c: TargetCheck): number => {
    const room = c.sense === '>=' ? c.bound - c.target : c.target - c.bound;
    const scale = c.metric === 'fillRate' ? Math.max(1e-9, 1 - c.target) : Math.max(1e-9, c.target);
    return room / scale;
  };
  return [...v.checks].sort((a, b) => slack(a) - slack(b))[0].metric;
}

async function sizeAt(s: Scenario, r: Resolved, o: WardSizingOptions, deliveries: number, floors: ReadonlyMap<number, number>): Promise<{ sizing: WardSizing; floors: ReadonlyMap<number, number> }> {
  let found;
  const kept = o.onPlanRun === undefined ? null : new Map<string, ReplicationOutcome[]>();
  try {
    found = await searchSizing({
      evaluate: evaluator(s, r, o, deliveries, kept), cost: (c, v) => costOf(r, c, v).total, cabinetCostFloor: r.costs.cabinetPerYear,
      minCabinets: r.minCabinets, minCabinetsFor: (rounds) => floors.get(rounds) ?? r.minCabinets, maxCabinets: r.maxCabinets, rounds: r.rounds,
    });
  } catch (error) {
    // Say which targets the most generous candidate still missed, with its figures.
    if (error instanceof ImpossibleTargetsError) {
      const v = error.verdict as WardVerdict;
      const missed = v.checks.filter((c) => c.verdict !== 'pass').map((c) => `${c.metric} mean ${c.mean.toPrecision(4)}, bound ${c.bound.toPrecision(4)}, target ${c.sense} ${c.target}`);
      error.message = `${error.message} (${missed.join('; ')})`;
    }
    throw error;
  }
  const best = configureWard(s, { cabinets: found.best.cabinets, rounds: found.best.roundsPerDay, modelId: r.modelId, annualDeliveries: deliveries, roundHours: r.roundHours.get(found.best.roundsPerDay), staffing: r.staffing });
  const confirming = kept?.get(planKey(found.best));
  if (confirming !== undefined) o.onPlanRun?.({ deliveries, scenario: best, seed: r.seed, outcomes: confirming });
  const model = best.cabinets.models.find((m) => m.id === r.modelId)!;
  const sizes = model.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => g.sizeClass));
  const slotAllocation: Record<string, number> = {};
  for (const sku of planSlots(best, sizes)) if (sku !== null) slotAllocation[sku] = (slotAllocation[sku] ?? 0) + 1;
  const sizing: WardSizing = {
    kind: 'sizing', annualDeliveries: deliveries, cabinets: found.best.cabinets, roundsPerDay: found.best.roundsPerDay,
    roundHours: best.restock.roundHours, modelId: r.modelId, slotAllocation,
    nursesByShift: Object.fromEntries(best.people.shifts.map((sh) => [sh.name, sh.nurses])), staffing: r.staffing, targets: r.targets, verdict: found.verdict,
    costs: r.costs, cost: costOf(r, found.best, found.verdict),
    bindingTarget: bindingTarget(found.verdict),
    seed: r.seed, commonRandomNumbers: true, evaluations: plansTried(r, found.evaluations),
  };
  return { sizing, floors: found.floors };
}

/**
 * The cheapest plan meeting every target at `options.deliveries` (default the scenario's volume).
 * @throws RangeError on bad options; ImpossibleTargetsError when even the maximum fails
 */
export async function sizeWard(scenario: Scenario, options: WardSizingOptions = {}): Promise<WardSizing> {
  const r = resolve(scenario, options);
  return (await sizeAt(scenario, r, options, options.deliveries ?? scenario.births.annualDeliveries, new Map())).sizing;
}

/** One point of the sizing curve. */
export interface CurvePoint {
  readonly deliveries: number;
  readonly cabinets: number;
  readonly roundsPerDay: number;
  /** Hours of the restock rounds. */
  readonly roundHours: readonly number[];
  /** Yearly cost of the plan, CNY. */
  readonly costPerYear: number;
  /** Nurses per roster shift in the plan. */
  readonly nursesByShift: Record<string, number>;
  readonly bindingTarget: TargetCheck['metric'];
  /** Slots per SKU in each cabinet of the plan (planogram from expected demand). */
  readonly slotAllocation: Record<string, number>;
  readonly restockLaborHoursPerDay: number;
  readonly inventoryUnitsMean: number;
  readonly fillRate: number;
  readonly tripWaitP95Min: number;
  readonly stockoutSlotHoursPer1000PatientDays: number;
  readonly evaluations: number;
}

/** Cabinets needed against annual deliveries. */
export interface SizingCurve {
  readonly kind: 'sizing-curve';
  readonly targets: ResolvedTargets;
  readonly costs: ResolvedCosts;
  readonly seed: number;
  readonly commonRandomNumbers: true;
  readonly curve: readonly CurvePoint[];
}

/**
 * The sizing curve over delivery volumes (ascending). At a fixed number of rounds, more
 * deliveries never need fewer cabinets (monotonicity in volume), so each round count's search
 * starts at the smallest count that passed (or the first not yet failed) at the previous
 * volume. The cheapest plan itself may trade cabinets for rounds from one volume to the next.
 * @throws ImpossibleTargetsError (with the volume in the message) when a volume cannot be met
 */
export async function sizingCurve(scenario: Scenario, deliveries: readonly number[], options: WardSizingOptions = {}): Promise<SizingCurve> {
  const r = resolve(scenario, options);
  const sorted = [...deliveries].sort((a, b) => a - b);
  const curve: CurvePoint[] = [];
  let floors: ReadonlyMap<number, number> = new Map();
  for (const d of sorted) {
    let sz: WardSizing;
    try {
      const at = await sizeAt(scenario, r, options, d, floors);
      sz = at.sizing;
      floors = at.floors;
    } catch (error) {
      if (error instanceof Error) error.message = `${d} deliveries/yr: ${error.message}`;
      throw error;
    }
    const m = (k: TargetCheck['metric']): number => sz.verdict.checks.find((c) => c.metric === k)!.mean;
    curve.push({
      deliveries: d, cabinets: sz.cabinets, roundsPerDay: sz.roundsPerDay, roundHours: sz.roundHours, costPerYear: sz.cost.total, nursesByShift: sz.nursesByShift, bindingTarget: sz.bindingTarget, slotAllocation: sz.slotAllocation,
      restockLaborHoursPerDay: sz.verdict.restockLaborHoursPerDay, inventoryUnitsMean: sz.verdict.inventoryUnitsMean,
      fillRate: m('fillRate'), tripWaitP95Min: m('tripWaitP95Min'), stockoutSlotHoursPer1000PatientDays: m('stockoutSlotHoursPer1000PatientDays'),
      evaluations: sz.evaluations.length,
    });
    options.onPoint?.(curve[curve.length - 1], curve.length - 1);
  }
  return { kind: 'sizing-curve', targets: r.targets, costs: r.costs, seed: r.seed, commonRandomNumbers: true, curve };
}
