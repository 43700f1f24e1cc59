/**
 * Turning a submitted sweep or size job into the request the runner stores. As for runs, the
 * scenarios are resolved and validated now (presets become documents, so a re-run after a
 * restart uses exactly what was asked), the server's limits are checked now, and every failure
 * is an {@link ApiError} with the JSON path of the field at fault, so nothing is queued that
 * cannot run.
 */
import { CABINET_CATALOGUE, hospitalScenarios, planSweepSteps, resolveTargets } from '../../engine/index.js';
import type { BaseResolver, HospitalRow, PlanogramMode, SizingCosts, SizingTargets } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import type { ServerLimits } from '../config.js';
import { ApiError } from '../errors.js';
import type { ErrorDetail } from '../errors.js';
import type { ScenarioCatalog } from '../services/scenario-catalog.js';
import { resolveScenarioRef } from './job-request.js';
import type { ScenarioLike } from './job-request.js';
import { checkJobBudget, simulatedDeliveries, sizingCandidates } from './job-cost.js';
import type { SlicedWork } from './sliced-work.js';

/** A sweep as stored and executed: the document with its base replaced by the resolved scenario. */
export interface StoredSweepRequest {
  /** Preset name or `meta.id` of the base as submitted. */
  baseName: string;
  /** The sweep document; `base` is the resolved scenario document. */
  sweep: Record<string, unknown> & { base: unknown };
  points: number;
  replications: number;
  seed: number;
}

/** Sizing options as stored (every one explicit, so a re-run needs no defaults from elsewhere). */
export interface StoredSizeOptions {
  targets: SizingTargets;
  /** Volume sized when there is no curve (the scenario keeps its own, the roster's reference). */
  deliveries?: number;
  costs?: SizingCosts;
  /** CNY per nurse minute freed (`costs.nurseMinute` of the body); the result then carries the plan's benefit. */
  nurseMinuteValue?: number;
  staffing?: 'fixed' | 'scaled';
  rounds?: number[];
  /** Cabinet models searched, as given (duplicates dropped, order kept: it breaks ties). */
  models?: string[];
  /** Par levels searched (duplicates dropped, order kept). */
  parShares?: number[];
  planogram?: PlanogramMode;
  maxCabinets?: number;
  replications?: number;
  maxReplications?: number;
  seed: number;
}

/** A size job as stored and executed: one volume (`volumes` null) or a curve over volumes. */
export interface StoredSizeRequest {
  scenarioName: string;
  /** The scenario sized, `births.annualDeliveries` set from `deliveries` when given. */
  scenario: unknown;
  /** Annual deliveries of the curve, ascending and distinct; null sizes the scenario's own volume. */
  volumes: number[] | null;
  options: StoredSizeOptions;
}

/** `POST /api/sizes` body as validated by its schema. */
export interface SizeBody {
  scenario?: unknown;
  hospital?: Omit<HospitalRow, 'line' | 'name'> & { name?: string };
  days?: number;
  deliveries?: number;
  curve?: string | number[];
  targets?: SizingTargets;
  costs?: SizingCosts & { nurseMinute?: number };
  staffing?: 'fixed' | 'scaled';
  rounds?: number[];
  models?: string[];
  parShares?: number[];
  planogram?: PlanogramMode;
  maxCabinets?: number;
  replications?: number;
  maxReplications?: number;
  seed?: number;
}

function invalid(code: string, message: string, details: ErrorDetail[]): ApiError {
  return new ApiError(400, code, message, details);
}

function checkHorizon(scenario: { run: { horizonDays: number; warmupDays: number } }, limits: ServerLimits, path: string, what: string): void {
  const days = scenario.run.horizonDays + scenario.run.warmupDays;
  if (days > limits.maxHorizonDays) {
    throw invalid('limit-exceeded', `${what}: run.horizonDays + run.warmupDays(=${days}) must be <= ${limits.maxHorizonDays} on this server`, [
      { path, rule: 'max-horizon', message: `horizon and warm-up must be <= ${limits.maxHorizonDays} days` },
    ]);
  }
}

function tooManySweepJobs(points: number, replications: number, limits: ServerLimits): ApiError {
  return invalid('limit-exceeded', `${points} points x ${replications} replications = ${points * replications} jobs must be <= ${limits.maxSweepJobs} on this server`, [
    { path: '/body/parameters', rule: 'max-sweep-jobs', message: `points x replications must be <= ${limits.maxSweepJobs}`, params: { limit: String(limits.maxSweepJobs) } },
  ]);
}

/**
 * The grid's size from the validated body alone, before any point is built: the product of
 * the axes' value counts. A grid over the server's job limit is refused here, at the cost of a
 * few multiplications, rather than after thousands of scenario validations.
 */
export function checkSweepSize(body: { parameters?: readonly { values?: readonly unknown[] }[]; replications: number }, limits: ServerLimits): void {
  if (body.replications > limits.maxReplications) {
    throw invalid('limit-exceeded', `replications(=${body.replications}) must be <= ${limits.maxReplications} on this server`, [
      { path: '/body/replications', rule: 'max-replications', message: `must be <= ${limits.maxReplications}`, params: { limit: String(limits.maxReplications) } },
    ]);
  }
  const points = (body.parameters ?? []).reduce((a, p) => a * (p.values?.length ?? 1), 1);
  if (points * body.replications > limits.maxSweepJobs) throw tooManySweepJobs(points, body.replications, limits);
}

/**
 * Builds a stored sweep from `POST /api/sweeps` (the body is a sweep document; `base` a preset
 * name or a document). The grid's size is checked first; the grid is then planned in slices on
 * `work` (each point is a scenario validation), and its cost checked against the job budget.
 */
export async function buildSweepRequest(catalog: ScenarioCatalog, body: { base: unknown; replications: number; parameters?: { values?: unknown[] }[] }, limits: ServerLimits, work: SlicedWork): Promise<StoredSweepRequest> {
  checkSweepSize(body, limits);
  // Over HTTP a string base names a preset, never a file on the server's disk.
  const resolver: BaseResolver = (base) => {
    try {
      const { scenario } = resolveScenarioRef(catalog, base, '', limits);
      return { ok: true, scenario: scenario as unknown as Scenario };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, errors: error.details.map((d) => ({ ...d })) };
      throw error;
    }
  };
  const planned = await work.run('POST /api/sweeps', planSweepSteps(body, resolver));
  if (!planned.ok) {
    const details = planned.errors.map((e) => ({ ...e, path: `/body${e.path}` }));
    throw invalid('invalid-sweep', `POST /api/sweeps: the sweep document is invalid (${details.length} error${details.length === 1 ? '' : 's'})`, details);
  }
  const plan = planned.plan;
  if (plan.replications > limits.maxReplications) {
    throw invalid('limit-exceeded', `replications(=${plan.replications}) must be <= ${limits.maxReplications} on this server`, [
      { path: '/body/replications', rule: 'max-replications', message: `must be <= ${limits.maxReplications}`, params: { limit: String(limits.maxReplications) } },
    ]);
  }
  if (plan.points.length * plan.replications > limits.maxSweepJobs) throw tooManySweepJobs(plan.points.length, plan.replications, limits);
  for (const point of plan.points) checkHorizon(point.scenario, limits, '/body/parameters', `grid point ${point.index}`);
  const cost = plan.points.reduce((a, point) => a + simulatedDeliveries(point.scenario, plan.replications), 0);
  checkJobBudget('POST /api/sweeps', cost, `${plan.points.length} grid points x ${plan.replications} replications x each point's days x deliveries a day`, limits);
  const baseName = typeof body.base === 'string' ? body.base : plan.baseScenario.meta.id;
  return { baseName, sweep: { ...plan.document, base: plan.baseScenario }, points: plan.points.length, replications: plan.replications, seed: plan.seed };
}

/** Parses `from:to:step` or a list into ascending distinct volumes; errors at `/body/curve`. */
export function parseVolumes(curve: string | number[], limits: ServerLimits): number[] {
  const tooMany = (count: number): ApiError =>
    invalid('limit-exceeded', `POST /api/sizes: the curve has ${count} volumes; at most ${limits.maxSizeVolumes} on this server`, [
      { path: '/body/curve', rule: 'max-volumes', message: `at most ${limits.maxSizeVolumes} volumes`, params: { limit: String(limits.maxSizeVolumes) } },
    ]);
  if (typeof curve !== 'string') {
    const volumes = [...new Set(curve)].sort((a, b) => a - b);
    if (volumes.length > limits.maxSizeVolumes) throw tooMany(volumes.length);
    return volumes;
  }
  const m = /^(\d+):(\d+):(\d+)$/.exec(curve.trim());
  const [from, to, step] = m === null ? [NaN, NaN, NaN] : [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!(from >= 1 && to >= from && step >= 1 && to <= 100_000)) {
    throw invalid('invalid-request', `POST /api/sizes: curve(="${curve}") must be from:to:step with 1 <= from <= to <= 100000 and step >= 1`, [
      { path: '/body/curve', rule: 'curve-format', message: 'must be from:to:step with 1 <= from <= to <= 100000, step >= 1', params: { got: JSON.stringify(curve) } },
    ]);
  }
  const count = Math.floor((to - from) / step) + 1;
  if (count > limits.maxSizeVolumes) throw tooMany(count);
  return Array.from({ length: count }, (_, k) => from + k * step);
}

/**
 * The scenario a size job sizes: a preset or document (`scenario`), or a hospital's form fields
 * (`hospital`, mapped to the nearest preset as in portfolio mode), with `days` as its horizon.
 */
function sizeScenario(catalog: ScenarioCatalog, body: SizeBody, limits: ServerLimits): { name: string; scenario: Scenario } {
  if (body.hospital !== undefined && body.scenario !== undefined) {
    throw invalid('invalid-request', 'POST /api/sizes: give a scenario or a hospital, not both', [{ path: '/body/hospital', rule: 'one-of', message: 'scenario and hospital exclude each other' }]);
  }
  let ref: { name: string; scenario: Scenario };
  if (body.hospital !== undefined) {
    const h = body.hospital;
    if (!h.floorSpace) throw invalid('invalid-request', 'POST /api/sizes: the hospital has no floor space for a cabinet; nothing to size', [{ path: '/body/hospital/floorSpace', rule: 'eligible', message: 'must be true to place a cabinet' }]);
    const lookup = (name: string): Scenario => {
      const check = catalog.validate(catalog.get(name));
      if (!check.ok) throw new ApiError(500, 'missing-preset', `the server has no valid preset ${name}, which hospitals map to`);
      return check.scenario as Scenario;
    };
    const name = h.name ?? `hospital of ${h.annualDeliveries} deliveries/yr`;
    try {
      ref = { name, scenario: hospitalScenarios({ ...h, line: 1, name }, lookup, body.days).scenario };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw invalid('invalid-request', `POST /api/sizes: ${error.message}`, [{ path: '/body/hospital', rule: 'scenario', message: 'the hospital\'s ward is not a valid scenario' }]);
    }
  } else {
    const found = resolveScenarioRef(catalog, body.scenario ?? 'city-mch', '/body/scenario', limits);
    const s = found.scenario as unknown as Scenario;
    ref = { name: found.name, scenario: body.days === undefined ? s : { ...s, run: { ...s.run, horizonDays: body.days } } };
  }
  if (body.days !== undefined) checkHorizon(ref.scenario, limits, '/body/days', 'POST /api/sizes');
  return ref;
}

/** Builds a stored size job from `POST /api/sizes` (scenario default `city-mch`). */
export function buildSizeRequest(catalog: ScenarioCatalog, body: SizeBody, limits: ServerLimits): StoredSizeRequest {
  const ref = sizeScenario(catalog, body, limits);
  const scenario = ref.scenario;
  if (scenario.cabinets.models.length === 0) {
    throw invalid('invalid-request', `POST /api/sizes: scenario "${ref.name}" has no cabinet models to size with; choose one with cabinets (e.g. city-mch)`, [
      { path: '/body/scenario', rule: 'has-cabinet-models', message: 'no cabinet models' },
    ]);
  }
  if (body.deliveries !== undefined) {
    const check = catalog.validate({ ...scenario, births: { ...scenario.births, annualDeliveries: body.deliveries } });
    if (!check.ok) throw invalid('invalid-request', `POST /api/sizes: deliveries(=${body.deliveries}) makes the scenario invalid`, check.errors.map((e) => ({ ...e, path: '/body/deliveries' })));
  }
  const replications = body.replications ?? 5;
  const maxReplications = body.maxReplications ?? Math.max(replications, 20);
  if (maxReplications < replications) {
    throw invalid('invalid-request', `POST /api/sizes: maxReplications(=${maxReplications}) must be >= replications(=${replications})`, [
      { path: '/body/maxReplications', rule: 'minimum', message: `must be >= replications (${replications})`, params: { limit: String(replications), got: String(maxReplications) } },
    ]);
  }
  if (maxReplications > limits.maxReplications) {
    const path = body.maxReplications === undefined ? '/body/replications' : '/body/maxReplications';
    throw invalid('limit-exceeded', `POST /api/sizes: maxReplications(=${maxReplications}) must be <= ${limits.maxReplications} on this server`, [
      { path, rule: 'max-replications', message: `must be <= ${limits.maxReplications}`, params: { limit: String(limits.maxReplications) } },
    ]);
  }
  try {
    resolveTargets(body.targets);
  } catch (error) {
    throw invalid('invalid-request', `POST /api/sizes: ${error instanceof Error ? error.message : String(error)}`, [{ path: '/body/targets', rule: 'range', message: 'a target is out of range' }]);
  }
  checkPlanOptions(scenario, ref.name, body);
  const { nurseMinute, ...prices } = body.costs ?? {};
  const options: StoredSizeOptions = {
    targets: body.targets ?? {},
    ...(body.deliveries !== undefined ? { deliveries: body.deliveries } : {}),
    ...(body.costs !== undefined ? { costs: prices } : {}),
    ...(nurseMinute !== undefined ? { nurseMinuteValue: nurseMinute } : {}),
    ...(body.staffing !== undefined ? { staffing: body.staffing } : {}),
    ...(body.rounds !== undefined ? { rounds: [...new Set(body.rounds)].sort((a, b) => a - b) } : {}),
    ...(body.models !== undefined ? { models: [...new Set(body.models)] } : {}),
    ...(body.parShares !== undefined ? { parShares: [...new Set(body.parShares)] } : {}),
    ...(body.planogram !== undefined ? { planogram: body.planogram } : {}),
    ...(body.maxCabinets !== undefined ? { maxCabinets: body.maxCabinets } : {}),
    replications,
    maxReplications,
    seed: body.seed ?? scenario.run.seed,
  };
  const volumes = body.curve === undefined ? null : parseVolumes(body.curve, limits);
  checkSizeBudget(scenario, volumes, options, limits);
  return { scenarioName: ref.name, scenario, volumes, options };
}

/**
 * The plan dimensions checked against the scenario sized: every model is one of its own or of
 * the catalogue, and a nurse-minute value needs a channel besides the cabinet for the ward
 * without cabinets the benefit is measured against.
 */
function checkPlanOptions(scenario: Scenario, name: string, body: SizeBody): void {
  const known = [...scenario.cabinets.models.map((m) => m.id), ...CABINET_CATALOGUE.map((m) => m.id)];
  body.models?.forEach((id, i) => {
    if (known.includes(id)) return;
    throw invalid('invalid-request', `POST /api/sizes: models[${i}](="${id}") is neither a cabinet model of scenario "${name}" nor one of the catalogue (${known.join(', ')})`, [
      { path: `/body/models/${i}`, rule: 'known-model', message: `must be one of ${known.join(', ')}`, params: { allowed: known.map((k) => JSON.stringify(k)).join(', '), got: JSON.stringify(id) } },
    ]);
  });
  if (body.costs?.nurseMinute !== undefined && !scenario.channels.order.some((c) => c !== 'cabinet')) {
    throw invalid('invalid-request', `POST /api/sizes: costs.nurseMinute needs a ward without cabinets to compare with, but scenario "${name}" has no channel besides the cabinet`, [
      { path: '/body/costs/nurseMinute', rule: 'has-baseline-channel', message: 'the scenario\'s channels.order must hold nurse-station or shop' },
    ]);
  }
}

/**
 * A size job's cost at its worst: every candidate of every plan variant (cabinet model x par
 * level) of every volume run at `maxReplications` (see {@link sizingCandidates}), plus, with a
 * nurse-minute value, the chosen plan's ward without cabinets at as many replications; refused
 * over the job budget.
 */
function checkSizeBudget(scenario: Scenario, volumes: number[] | null, options: StoredSizeOptions, limits: ServerLimits): void {
  const variants = (options.models?.length ?? 1) * (options.parShares?.length ?? 1);
  const runs = sizingCandidates(options.maxCabinets ?? 30, options.rounds?.length ?? 4) * variants + (options.nurseMinuteValue !== undefined ? 1 : 0);
  const reps = options.maxReplications ?? 20;
  const costed = scenario as unknown as ScenarioLike;
  const days = costed.run.horizonDays + costed.run.warmupDays;
  const deliveries = volumes ?? [costed.births.annualDeliveries];
  const cost = deliveries.reduce((a, v) => a + runs * simulatedDeliveries({ run: costed.run, births: { annualDeliveries: v } }, reps), 0);
  const formula = `${deliveries.length} volume(s) x up to ${runs} plans (candidates x ${variants} model/par variant(s)${options.nurseMinuteValue !== undefined ? ' + the ward without cabinets' : ''}) x ${reps} replications x ${days} days x deliveries a day`;
  checkJobBudget('POST /api/sizes', cost, formula, limits);
}
