/**
 * Turning a submitted sensitivity analysis or validation report into the request the runner
 * stores: scenarios resolved (presets become documents), the analysis planned now so that an
 * unknown parameter path, a range outside the schema's bounds or an unknown KPI is a 400 with
 * the path and rule, and nothing is queued that cannot run.
 */
import { planSensitivity } from '../../engine/index.js';
import type { FactorRequest } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import type { ServerLimits } from '../config.js';
import { ApiError } from '../errors.js';
import type { ErrorDetail } from '../errors.js';
import type { ScenarioCatalog } from '../services/scenario-catalog.js';
import { resolveScenarioRef } from './job-request.js';

/** `POST /api/sensitivities` body. */
export interface SensitivityBody {
  scenario: unknown;
  baseline?: unknown;
  method?: 'morris' | 'sobol';
  kpis?: string[];
  factors?: FactorRequest[];
  spread?: number | 'schema';
  trajectories?: number;
  sobolRows?: number;
  top?: number;
  replications?: number;
  seed?: number;
}

/** A sensitivity analysis as stored (scenarios resolved, every option explicit). */
export interface StoredSensitivityRequest {
  scenario: unknown;
  baseline: unknown;
  method: 'morris' | 'sobol';
  kpis: string[];
  factors: FactorRequest[];
  trajectories: number;
  sobolRows: number;
  top: number;
  replications: number;
  seed: number;
}

/** A validation report as stored. */
export interface StoredValidationRequest {
  scenario: unknown;
  baseline: unknown;
  replications: number;
  seed: number;
}

function invalid(message: string, details: ErrorDetail[]): ApiError {
  return new ApiError(400, 'invalid-request', message, details);
}

/** Builds a stored sensitivity analysis; 400 with every path and rule when it cannot run. */
export function buildSensitivityRequest(catalog: ScenarioCatalog, body: SensitivityBody, limits: ServerLimits): StoredSensitivityRequest {
  const scenario = resolveScenarioRef(catalog, body.scenario, '/body/scenario', limits).scenario as unknown as Scenario;
  const baseline = body.baseline === undefined ? null : (resolveScenarioRef(catalog, body.baseline, '/body/baseline', limits).scenario as unknown as Scenario);
  const planned = planSensitivity({ ...body, scenario, baseline });
  if (!planned.ok) {
    const details = planned.errors.map((e) => ({ path: `/body/${e.path.startsWith('/') ? `factors${e.path}` : e.path}`, rule: e.rule, message: e.message, ...(e.params !== undefined ? { params: e.params } : {}) }));
    throw invalid(`POST /api/sensitivities: the analysis cannot run (${details.length} error${details.length === 1 ? '' : 's'})`, details);
  }
  const p = planned.plan;
  if (p.replications > limits.maxReplications) throw invalid(`replications(=${p.replications}) must be <= ${limits.maxReplications} on this server`, [{ path: '/body/replications', rule: 'max-replications', message: `must be <= ${limits.maxReplications}`, params: { limit: String(limits.maxReplications) } }]);
  return {
    scenario, baseline, method: p.method, kpis: [...p.kpis],
    factors: p.factors.map((f) => ({ path: f.path, lo: f.lo, hi: f.hi })),
    trajectories: p.trajectories, sobolRows: p.sobolRows, top: p.top, replications: p.replications, seed: p.seed,
  };
}

/** Builds a stored validation report for a preset (and its `-baseline` preset when there is one). */
export function buildValidationRequest(catalog: ScenarioCatalog, query: { scenario: string; replications?: number; days?: number; seed?: number }, limits: ServerLimits): StoredValidationRequest {
  const resolved = resolveScenarioRef(catalog, query.scenario, '/querystring/scenario', limits).scenario as unknown as Scenario;
  const withDays = (s: Scenario): Scenario => (query.days === undefined ? s : { ...s, run: { ...s.run, horizonDays: query.days } });
  const baseName = `${query.scenario}-baseline`;
  const baseline = catalog.get(baseName) === undefined ? null : withDays(resolveScenarioRef(catalog, baseName, '/querystring/scenario', limits).scenario as unknown as Scenario);
  const replications = query.replications ?? 10;
  if (replications > limits.maxReplications) throw invalid(`replications(=${replications}) must be <= ${limits.maxReplications} on this server`, [{ path: '/querystring/replications', rule: 'max-replications', message: `must be <= ${limits.maxReplications}`, params: { limit: String(limits.maxReplications) } }]);
  const scenario = withDays(resolved);
  return { scenario, baseline, replications, seed: query.seed ?? scenario.run.seed };
}
