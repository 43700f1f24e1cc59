/**
 * Sizing a ward's cabinets: "how many cabinets, which slots and how many restock rounds does a
 * hospital of N deliveries a year need?" A candidate ward is the scenario with N cabinets of
 * one model spread evenly along the corridor, its slots allocated by the planogram from
 * expected demand (the ward model's planner, used whenever a scenario fixes no planogram), and
 * R restock rounds a day spaced evenly from the scenario's first round. Each candidate runs
 * the same replications (common random numbers); a candidate whose verdict is undecided gets
 * more replications, up to a cap, and counts as failing if still undecided (conservative).
 * The cost side reported is restock labour and the inventory held in cabinets.
 */
import type { Scenario } from '../../scenarios/index.js';
import { compileParams, planSlots } from '../ward/index.js';
import { runBatch } from './run-replications.js';
import type { Executor } from './executors/executor.js';
import type { Progress } from './run-replications.js';
import { replicationJobs } from './replication-job.js';
import type { ReplicationOutcome } from './replication-job.js';
import { summarise } from './summary.js';
import { ImpossibleTargetsError, searchSizing } from './sizing-search.js';
import type { SizingCandidate } from './sizing-search.js';
import { checkTargets, overallVerdict, resolveTargets } from './sizing-targets.js';
import type { ResolvedTargets, SizingSample, SizingTargets, TargetCheck } from './sizing-targets.js';

/** Options of {@link sizeWard} and {@link sizingCurve}; all optional. */
export interface WardSizingOptions {
  readonly targets?: SizingTargets;
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
  readonly signal?: AbortSignal;
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

/** The answer for one delivery volume. */
export interface WardSizing {
  readonly kind: 'sizing';
  readonly annualDeliveries: number;
  readonly cabinets: number;
  readonly roundsPerDay: number;
  /** Hours of the restock rounds. */
  readonly roundHours: readonly number[];
  readonly modelId: string;
  /** Slots per SKU in each cabinet (planogram from expected demand). */
  readonly slotAllocation: Record<string, number>;
  readonly targets: ResolvedTargets;
  readonly verdict: WardVerdict;
  readonly seed: number;
  readonly commonRandomNumbers: true;
  /** Every candidate evaluated, in order. */
  readonly evaluations: readonly (SizingCandidate & { pass: boolean; replications: number })[];
}

/** Hours of `r` rounds spaced evenly from `first`, sorted, 2 decimals. */
export function roundHoursFor(r: number, first: number): number[] {
  return Array.from({ length: r }, (_, k) => Math.min(23.99, Math.round(((first + (24 * k) / r) % 24) * 100) / 100)).sort((a, b) => a - b);
}

/**
 * The scenario with `cabinets` cabinets of `modelId` and `rounds` restock rounds a day.
 * @throws RangeError when the model does not exist
 */
export function configureWard(s: Scenario, cabinets: number, rounds: number, modelId: string, annualDeliveries?: number): Scenario {
  if (!s.cabinets.models.some((m) => m.id === modelId)) throw new RangeError(`sizing: modelId(=${JSON.stringify(modelId)}) is not a cabinet model of scenario "${s.meta.id}"`);
  const base: Scenario = annualDeliveries === undefined ? s : { ...s, births: { ...s.births, annualDeliveries } };
  const rooms = Math.max(1, Math.ceil(compileParams(base).beds / base.layout.bedsPerRoom));
  const corridorM = base.layout.roomSpacingM * (Math.ceil(rooms / 2) + 1);
  const instances = Array.from({ length: cabinets }, (_, k) => ({ id: `cab-${k + 1}`, modelId, location: { x: Math.round((corridorM * (k + 0.5) / cabinets) * 100) / 100, y: 1.2 } }));
  return {
    ...base,
    cabinets: { ...base.cabinets, instances },
    restock: { ...base.restock, roundHours: roundHoursFor(rounds, base.restock.roundHours[0] ?? 4.75) },
  };
}

function sample(o: ReplicationOutcome): SizingSample {
  const k = o.kpis;
  return {
    fillRate: k.fillRate,
    tripWaitP95Min: k.tripWaitP95Min,
    stockoutSlotHoursPer1000PatientDays: k.patientDays > 0 ? (k.stockoutSlotHours / k.patientDays) * 1000 : 0,
  };
}

interface Resolved {
  targets: ResolvedTargets; rounds: number[]; minCabinets: number; maxCabinets: number;
  replications: number; maxReplications: number; seed: number; modelId: string;
}

function resolve(s: Scenario, o: WardSizingOptions): Resolved {
  const r: Resolved = {
    targets: resolveTargets(o.targets), rounds: [...(o.rounds ?? [1, 2, 3, 4])], minCabinets: o.minCabinets ?? 1,
    maxCabinets: o.maxCabinets ?? 30, replications: o.replications ?? 5, maxReplications: o.maxReplications ?? 20,
    seed: o.seed ?? s.run.seed, modelId: o.modelId ?? s.cabinets.models[0]?.id ?? '',
  };
  if (s.cabinets.models.length === 0) throw new RangeError(`sizing: scenario "${s.meta.id}" has no cabinet models to size with`);
  if (!Number.isInteger(r.replications) || r.replications < 2) throw new RangeError(`sizing: replications(=${r.replications}) must be an integer >= 2`);
  if (!Number.isInteger(r.maxReplications) || r.maxReplications < r.replications) throw new RangeError(`sizing: maxReplications(=${r.maxReplications}) must be an integer >= replications(=${r.replications})`);
  if (r.maxCabinets > 100) throw new RangeError(`sizing: maxCabinets(=${r.maxCabinets}) must be <= 100 (the schema's limit)`);
  return r;
}

function evaluator(s: Scenario, r: Resolved, o: WardSizingOptions, deliveries: number) {
  return async (c: SizingCandidate): Promise<WardVerdict> => {
    const scenario = configureWard(s, c.cabinets, c.roundsPerDay, r.modelId, deliveries);
    const outcomes: ReplicationOutcome[] = [];
    let want = r.replications;
    let checks: TargetCheck[];
    for (;;) {
      const jobs = replicationJobs(scenario, r.seed, want - outcomes.length, outcomes.length);
      outcomes.push(...(await runBatch(o.executor ?? null, jobs, o.onProgress, o.signal)).outcomes);
      checks = checkTargets(outcomes.map(sample), r.targets);
      if (overallVerdict(checks) !== 'undecided' || outcomes.length >= r.maxReplications) break;
      want = Math.min(r.maxReplications, outcomes.length * 2);
    }
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

async function sizeAt(s: Scenario, r: Resolved, o: WardSizingOptions, deliveries: number, minCabinets: number): Promise<WardSizing> {
  let found;
  try {
    found = await searchSizing({ evaluate: evaluator(s, r, o, deliveries), minCabinets, maxCabinets: r.maxCabinets, rounds: r.rounds });
  } catch (error) {
    // Say which targets the most generous candidate still missed, with its figures.
    if (error instanceof ImpossibleTargetsError) {
      const v = error.verdict as WardVerdict;
      const missed = v.checks.filter((c) => c.verdict !== 'pass').map((c) => `${c.metric} mean ${c.mean.toPrecision(4)}, bound ${c.bound.toPrecision(4)}, target ${c.sense} ${c.target}`);
      error.message = `${error.message} (${missed.join('; ')})`;
    }
    throw error;
  }
  const best = configureWard(s, found.best.cabinets, found.best.roundsPerDay, r.modelId, deliveries);
  const model = best.cabinets.models.find((m) => m.id === r.modelId)!;
  const sizes = model.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => g.sizeClass));
  const slotAllocation: Record<string, number> = {};
  for (const sku of planSlots(best, sizes)) if (sku !== null) slotAllocation[sku] = (slotAllocation[sku] ?? 0) + 1;
  return {
    kind: 'sizing', annualDeliveries: deliveries, cabinets: found.best.cabinets, roundsPerDay: found.best.roundsPerDay,
    roundHours: best.restock.roundHours, modelId: r.modelId, slotAllocation, targets: r.targets, verdict: found.verdict,
    seed: r.seed, commonRandomNumbers: true,
    evaluations: found.evaluations.map((e) => ({ ...e.candidate, pass: e.verdict.pass, replications: e.verdict.replications })),
  };
}

/**
 * Smallest configuration meeting every target for the scenario's delivery volume.
 * @throws RangeError on bad options; ImpossibleTargetsError when even the maximum fails
 */
export function sizeWard(scenario: Scenario, options: WardSizingOptions = {}): Promise<WardSizing> {
  const r = resolve(scenario, options);
  return sizeAt(scenario, r, options, scenario.births.annualDeliveries, r.minCabinets);
}

/** One point of the sizing curve. */
export interface CurvePoint {
  readonly deliveries: number;
  readonly cabinets: number;
  readonly roundsPerDay: number;
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
  readonly seed: number;
  readonly commonRandomNumbers: true;
  readonly curve: readonly CurvePoint[];
}

/**
 * The sizing curve over delivery volumes (ascending). Each point's search starts at the
 * previous point's cabinet count: more deliveries never need fewer cabinets (monotonicity in
 * volume), so counts below it are not tried, and the curve is non-decreasing by construction.
 * @throws ImpossibleTargetsError (with the volume in the message) when a volume cannot be met
 */
export async function sizingCurve(scenario: Scenario, deliveries: readonly number[], options: WardSizingOptions = {}): Promise<SizingCurve> {
  const r = resolve(scenario, options);
  const sorted = [...deliveries].sort((a, b) => a - b);
  const curve: CurvePoint[] = [];
  let lower = r.minCabinets;
  for (const d of sorted) {
    let sz: WardSizing;
    try {
      sz = await sizeAt(scenario, r, options, d, lower);
    } catch (error) {
      if (error instanceof Error) error.message = `${d} deliveries/yr: ${error.message}`;
      throw error;
    }
    lower = sz.cabinets;
    const m = (k: TargetCheck['metric']): number => sz.verdict.checks.find((c) => c.metric === k)!.mean;
    curve.push({
      deliveries: d, cabinets: sz.cabinets, roundsPerDay: sz.roundsPerDay,
      restockLaborHoursPerDay: sz.verdict.restockLaborHoursPerDay, inventoryUnitsMean: sz.verdict.inventoryUnitsMean,
      fillRate: m('fillRate'), tripWaitP95Min: m('tripWaitP95Min'), stockoutSlotHoursPer1000PatientDays: m('stockoutSlotHoursPer1000PatientDays'),
      evaluations: sz.evaluations.length,
    });
  }
  return { kind: 'sizing-curve', targets: r.targets, seed: r.seed, commonRandomNumbers: true, curve };
}
