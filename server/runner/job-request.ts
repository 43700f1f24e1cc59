/**
 * Turning a submitted job into the request the runner stores: presets resolved to their
 * documents (so a re-run after a restart uses exactly what was asked, even if a preset file
 * changes), every document validated, defaults taken from the scenario, and the server's run
 * limits checked. Every failure is an {@link ApiError} with the JSON path of the field at fault.
 */
import { ApiError } from '../errors.js';
import type { ErrorDetail } from '../errors.js';
import type { ServerLimits } from '../config.js';
import type { ScenarioCatalog } from '../services/scenario-catalog.js';
import { checkJobBudget, simulatedDeliveries } from './job-cost.js';

/** A run as stored and executed. */
export interface StoredRunRequest {
  scenarioName: string;
  scenario: ScenarioLike;
  replications: number;
  seed: number;
}

/** A compare as stored and executed (common random numbers: one seed for both). */
export interface StoredCompareRequest {
  baseName: string;
  base: ScenarioLike;
  alternativeName: string;
  alternative: ScenarioLike;
  replications: number;
  seed: number;
}

/** The fields of a validated scenario the server reads. */
export interface ScenarioLike {
  meta: { id: string };
  run: { seed: number; replications: number; horizonDays: number; warmupDays: number };
  births: { annualDeliveries: number };
}

function costFormula(replications: number, scenario: ScenarioLike): string {
  const perDay = scenario.births.annualDeliveries / 365;
  return `${replications} replications x ${scenario.run.horizonDays + scenario.run.warmupDays} days x ${perDay.toFixed(1)} deliveries a day`;
}

/** Resolves and validates one scenario reference found at `path` (e.g. `/body/scenario`). */
export function resolveScenarioRef(catalog: ScenarioCatalog, ref: unknown, path: string, limits: ServerLimits): { name: string; scenario: ScenarioLike } {
  let scenario: ScenarioLike;
  if (typeof ref === 'string') {
    const preset = catalog.get(ref);
    if (preset === undefined) throw new ApiError(400, 'unknown-preset', `scenario preset "${ref}" does not exist (see GET /api/scenarios)`, [{ path, rule: 'unknown-preset', message: `no preset named "${ref}"`, params: { name: JSON.stringify(ref) } }]);
    scenario = preset as ScenarioLike;
  } else {
    const check = catalog.validate(ref);
    if (!check.ok) {
      const details: ErrorDetail[] = check.errors.map((e) => ({ ...e, path: `${path}${e.path}` }));
      throw new ApiError(400, 'invalid-scenario', `the scenario at ${path} is invalid (${details.length} error${details.length === 1 ? '' : 's'})`, details);
    }
    scenario = check.scenario as ScenarioLike;
  }
  const days = scenario.run.horizonDays + scenario.run.warmupDays;
  if (days > limits.maxHorizonDays) {
    throw new ApiError(400, 'limit-exceeded', `run.horizonDays + run.warmupDays(=${days}) must be <= ${limits.maxHorizonDays} on this server`, [
      // A preset named by a string has no run.horizonDays in the request to point at.
      { path: typeof ref === 'string' ? path : `${path}/run/horizonDays`, rule: 'max-horizon', message: `must be <= ${limits.maxHorizonDays - scenario.run.warmupDays}`, params: { limit: String(limits.maxHorizonDays - scenario.run.warmupDays) } },
    ]);
  }
  return { name: scenario.meta.id, scenario };
}

function checkReplications(replications: number, limits: ServerLimits): number {
  if (replications > limits.maxReplications) {
    throw new ApiError(400, 'limit-exceeded', `replications(=${replications}) must be <= ${limits.maxReplications} on this server`, [
      { path: '/body/replications', rule: 'max-replications', message: `must be <= ${limits.maxReplications}`, params: { limit: String(limits.maxReplications) } },
    ]);
  }
  return replications;
}

/** Builds a stored run request from `POST /api/runs`. */
export function buildRunRequest(catalog: ScenarioCatalog, body: { scenario: unknown; replications?: number; seed?: number }, limits: ServerLimits): StoredRunRequest {
  const { name, scenario } = resolveScenarioRef(catalog, body.scenario, '/body/scenario', limits);
  const replications = checkReplications(body.replications ?? scenario.run.replications, limits);
  checkJobBudget('POST /api/runs', simulatedDeliveries(scenario, replications), costFormula(replications, scenario), limits);
  return { scenarioName: name, scenario, replications, seed: body.seed ?? scenario.run.seed };
}

/** Builds a stored compare request from `POST /api/compares`. */
export function buildCompareRequest(
  catalog: ScenarioCatalog,
  body: { base: unknown; alternative: unknown; replications?: number; seed?: number },
  limits: ServerLimits,
): StoredCompareRequest {
  const base = resolveScenarioRef(catalog, body.base, '/body/base', limits);
  const alternative = resolveScenarioRef(catalog, body.alternative, '/body/alternative', limits);
  const replications = checkReplications(body.replications ?? base.scenario.run.replications, limits);
  const cost = simulatedDeliveries(base.scenario, replications) + simulatedDeliveries(alternative.scenario, replications);
  checkJobBudget('POST /api/compares', cost, `${costFormula(replications, base.scenario)}, plus the alternative's`, limits);
  return { baseName: base.name, base: base.scenario, alternativeName: alternative.name, alternative: alternative.scenario, replications, seed: body.seed ?? base.scenario.run.seed };
}
