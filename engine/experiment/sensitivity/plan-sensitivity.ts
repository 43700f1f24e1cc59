/**
 * Planning a sensitivity analysis from what a user typed: the factors (resolved against the
 * schema), the KPIs (checked against the keys the ward reports), the sizes of the designs.
 * Every error comes back at once with the parameter's path or the option's name and the rule
 * broken, so nothing runs and nothing is written until the whole request is valid.
 */
import type { Scenario, ValidationError } from '../../../scenarios/index.js';
import { resolveFactors } from './factor-space.js';
import type { FactorRequest } from './factor-space.js';
import { checkRoundFactors, clipRoundFactors, SHIFT_FACTOR_PATHS } from './rounds-follow-shift.js';
import type { SensitivityPlan } from './run-sensitivity.js';
import { wardKpiKeys } from './ward-evaluation.js';

/** A request; every field but `scenario` optional. */
export interface SensitivityRequest {
  readonly scenario: Scenario;
  /** For a comparison: outputs become scenario − baseline. */
  readonly baseline?: Scenario | null;
  /** Default `morris`. */
  readonly method?: 'morris' | 'sobol';
  /** Default every basis-A (and weak-S) scalar. */
  readonly factors?: readonly FactorRequest[];
  /** Relative spread of default ranges, or 'schema'; default 0.5. */
  readonly spread?: number | 'schema';
  /** Default {@link DEFAULT_SENSITIVITY_KPIS}. */
  readonly kpis?: readonly string[];
  /** Default 10. */
  readonly trajectories?: number;
  /** Default 64. */
  readonly sobolRows?: number;
  /** Default 6. */
  readonly top?: number;
  /** Default the scenario's `run.seed`. */
  readonly seed?: number;
  /** Replications per design point and arm; default 1. */
  readonly replications?: number;
  /** Bootstrap resamples; default 1000. */
  readonly resamples?: number;
}

/** KPIs analysed when none are named. */
export const DEFAULT_SENSITIVITY_KPIS: readonly string[] = ['nurseSupplyMinutesPerShift', 'boundaryCrossings', 'expectedInfections', 'fillRate'];

/** Largest design accepted (points × replications × arms). */
export const MAX_SENSITIVITY_JOBS = 20_000;

function intIn(errors: ValidationError[], name: string, v: number, lo: number, hi: number): void {
  if (!Number.isInteger(v) || v < lo || v > hi) errors.push({ path: name, rule: 'range', message: `${name}(=${v}) must be an integer in ${lo}..${hi}`, params: { limit: `${lo}..${hi}`, got: String(v) } });
}

/**
 * Validates a request and builds the plan.
 * @returns the plan, or every error; never throws
 */
export function planSensitivity(req: SensitivityRequest): { ok: true; plan: SensitivityPlan } | { ok: false; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const method = req.method ?? 'morris';
  if (method !== 'morris' && method !== 'sobol') errors.push({ path: 'method', rule: 'enum', message: `method(=${String(method)}) must be morris or sobol` });
  const trajectories = req.trajectories ?? 10;
  const sobolRows = req.sobolRows ?? 64;
  const top = req.top ?? 6;
  const replications = req.replications ?? 1;
  const resamples = req.resamples ?? 1000;
  const seed = req.seed ?? req.scenario.run.seed;
  intIn(errors, 'trajectories', trajectories, 2, 1000);
  intIn(errors, 'sobolRows', sobolRows, 2, 100_000);
  intIn(errors, 'top', top, 1, 100);
  intIn(errors, 'replications', replications, 1, 1000);
  intIn(errors, 'resamples', resamples, 10, 100_000);
  intIn(errors, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const spread = req.spread ?? 0.5;
  if (spread !== 'schema' && !(spread > 0 && spread <= 10)) errors.push({ path: 'spread', rule: 'range', message: `spread(=${spread}) must be in (0, 10] or "schema"`, params: { limit: '(0, 10]', allowed: '"schema"', got: String(spread) } });
  const resolved = resolveFactors(req.scenario, req.factors, spread);
  const factors = resolved.ok ? clipRoundFactors(req.scenario, req.factors ?? [], resolved.factors) : [];
  if (!resolved.ok) errors.push(...resolved.errors);
  else if (factors.length === 0) errors.push({ path: 'factors', rule: 'minItems', message: 'no factor has a non-empty range' });
  errors.push(...checkRoundFactors(req.scenario, factors));
  const known = wardKpiKeys(req.scenario);
  const kpis = req.kpis ?? DEFAULT_SENSITIVITY_KPIS;
  if (kpis.length === 0) errors.push({ path: 'kpis', rule: 'minItems', message: 'name at least one KPI' });
  for (const kpi of kpis) if (!known.includes(kpi)) errors.push({ path: `kpis/${kpi}`, rule: 'unknownKpi', params: { name: kpi, allowed: known.join(', ') }, message: `${kpi}: not a KPI key (one of ${known.join(', ')})` });
  if (errors.length > 0 || !resolved.ok) return { ok: false, errors };
  const k = factors.length;
  const arms = req.baseline === undefined || req.baseline === null ? 1 : 2;
  const points = 1 + trajectories * (k + 1) + (method === 'sobol' ? sobolRows * (Math.min(top, k) + 2) : 0);
  if (points * replications * arms > MAX_SENSITIVITY_JOBS) {
    return { ok: false, errors: [{ path: 'trajectories', rule: 'maxJobs', message: `${points} design points x ${replications} replications x ${arms} arms = ${points * replications * arms} jobs; at most ${MAX_SENSITIVITY_JOBS}`, params: { limit: String(MAX_SENSITIVITY_JOBS), got: String(points * replications * arms) } }] };
  }
  return {
    ok: true,
    plan: {
      scenario: req.scenario, baseline: req.baseline ?? null, seed, replications, method, factors, skipped: resolved.skipped, kpis, trajectories, sobolRows, top, resamples,
      roundsFollowShift: factors.some((f) => SHIFT_FACTOR_PATHS.includes(f.path)),
    },
  };
}
