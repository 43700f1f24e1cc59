/**
 * Global sensitivity analysis of the ward: which assumptions move a KPI (or, for a comparison,
 * the paired difference between two designs) when each ranges over its plausible values.
 * Method `morris` screens every factor with elementary effects. Method `sobol` screens first
 * when there are more than `top` factors, then estimates first-order and total Sobol indices
 * for the leading ones (ranked by mu* of the first KPI), the rest held at the scenario's
 * values. For a comparison each factor is also judged against the headline difference D at
 * the scenario's own values: a factor whose mu* (the change in D over the factor's whole
 * range) reaches |D| / 2 "can halve" it, and one whose effects reach |D| with the opposite
 * sign "can reverse" it. That is a screening judgement from the elementary effects, not a
 * search for the worst case.
 */
import type { ReplicationOptions } from '../run-replications.js';
import { makeTiming } from '../run-result.js';
import type { Timing } from '../run-result.js';
import type { ExecutorKind } from '../executors/executor.js';
import type { Factor } from './factor-space.js';
import { morrisDesign, morrisIndices, elementaryEffects } from './morris.js';
import { saltelliDesign, sobolIndices } from './sobol.js';
import { unitRandom } from './unit-random.js';
import { evaluatePoints } from './ward-evaluation.js';
import type { WardTarget } from './ward-evaluation.js';

/** What can happen to a headline difference when one factor moves over its range. */
export type DifferenceVerdict = 'can reverse' | 'can halve' | 'holds';

/** A factor's Morris row for one KPI, ranked by mu*. */
export interface MorrisRow {
  readonly path: string;
  readonly rank: number;
  readonly mu: number;
  readonly muStar: number;
  readonly sigma: number;
  readonly muStarCi95: [number, number];
  /** Only for a comparison. */
  readonly verdict?: DifferenceVerdict;
}

/** A factor's Sobol row for one KPI, ranked by ST. */
export interface SobolRow {
  readonly path: string;
  readonly rank: number;
  readonly s1: number;
  readonly s1Ci95: [number, number];
  readonly st: number;
  readonly stCi95: [number, number];
}

/** One KPI's sensitivity. */
export interface KpiSensitivity {
  /** The KPI (or the difference) at the scenario's own values, mean over replications. */
  readonly atBase: number;
  readonly morris: readonly MorrisRow[];
  readonly sobol: readonly SobolRow[] | null;
}

/** What to analyse. */
export interface SensitivityPlan extends WardTarget {
  readonly method: 'morris' | 'sobol';
  readonly factors: readonly Factor[];
  /** Paths dropped because their default range is empty (value 0). */
  readonly skipped: readonly string[];
  /** KPI keys (checked by the caller against `wardKpiKeys`). */
  readonly kpis: readonly string[];
  /** Morris trajectories r. */
  readonly trajectories: number;
  /** Sobol base rows N. */
  readonly sobolRows: number;
  /** Factors kept for Sobol after screening. */
  readonly top: number;
  /** Bootstrap resamples for the intervals. */
  readonly resamples: number;
  /** A restocker shift parameter is a factor, so fixed rounds move with the shift (see rounds-follow-shift.ts). */
  readonly roundsFollowShift: boolean;
}

/** The result document. */
export interface SensitivityResult {
  readonly kind: 'sensitivity';
  readonly method: 'morris' | 'sobol';
  readonly scenarioId: string;
  /** The baseline's id for a comparison (outputs are scenario − baseline), else null. */
  readonly baselineId: string | null;
  readonly seed: number;
  readonly replications: number;
  /** True: every design point used the same seed and replication indices. */
  readonly commonRandomNumbers: true;
  readonly engineVersion: string;
  readonly trajectories: number;
  readonly sobolRows: number | null;
  readonly factors: readonly Factor[];
  readonly skipped: readonly string[];
  /** True when the restocker shift is varied: each fixed round keeps its position in the shift. */
  readonly roundsFollowShift: boolean;
  /** Factors Sobol was run on (after screening), else null. */
  readonly sobolFactors: readonly string[] | null;
  readonly kpis: Record<string, KpiSensitivity>;
  /** Design points run (each × replications × arms jobs). */
  readonly designPoints: number;
  readonly eventsProcessed: number;
  readonly timing: Timing;
}

function verdictOf(effects: readonly number[], muStar: number, atBase: number): DifferenceVerdict {
  const d = Math.abs(atBase);
  if (d === 0) return muStar > 0 ? 'can reverse' : 'holds';
  if (effects.some((e) => Math.abs(e) >= d && Math.sign(e) !== Math.sign(atBase))) return 'can reverse';
  return muStar >= d / 2 ? 'can halve' : 'holds';
}

/**
 * Runs the analysis on the plan's executor (default in-process).
 * @throws RangeError when a design point is not a valid scenario (the message names it)
 */
export async function runSensitivity(plan: SensitivityPlan, options: Omit<ReplicationOptions, 'seed' | 'replications'> = {}): Promise<SensitivityResult> {
  const start = options.clock?.() ?? null;
  const k = plan.factors.length;
  if (k === 0) throw new RangeError('runSensitivity: factors must hold at least 1 factor');
  const design = morrisDesign(k, plan.trajectories, unitRandom(plan.seed, 'morris-design'));
  const morrisRun = await evaluatePoints(plan, plan.factors, [null, ...design.points], plan.kpis, options);
  let events = morrisRun.eventsProcessed;
  const kpis: Record<string, KpiSensitivity> = {};
  const comparison = plan.baseline !== null;
  for (const kpi of plan.kpis) {
    const [atBase, ...y] = morrisRun.outputs[kpi];
    const idx = morrisIndices(design, y, unitRandom(plan.seed, `morris-bootstrap:${kpi}`), plan.resamples);
    const ee = elementaryEffects(design, y);
    const rows = plan.factors
      .map((f, i) => ({ path: f.path, rank: 0, ...idx[i], ...(comparison ? { verdict: verdictOf(ee[i], idx[i].muStar, atBase) } : {}) }))
      .sort((a, b) => b.muStar - a.muStar || a.path.localeCompare(b.path))
      .map((row, i) => ({ ...row, rank: i + 1 }));
    kpis[kpi] = { atBase, morris: rows, sobol: null };
  }
  let sobolFactors: string[] | null = null;
  let points = 1 + design.points.length;
  let executorKind: ExecutorKind = morrisRun.executorKind;
  if (plan.method === 'sobol') {
    const lead = kpis[plan.kpis[0]].morris.slice(0, Math.min(plan.top, k)).map((r) => r.path);
    sobolFactors = plan.factors.filter((f) => lead.includes(f.path)).map((f) => f.path);
    const chosen = plan.factors.filter((f) => lead.includes(f.path));
    const sd = saltelliDesign(chosen.length, plan.sobolRows);
    const sobolRun = await evaluatePoints(plan, chosen, sd.points, plan.kpis, options);
    events += sobolRun.eventsProcessed;
    points += sd.points.length;
    executorKind = sobolRun.executorKind;
    for (const kpi of plan.kpis) {
      const idx = sobolIndices(sd, sobolRun.outputs[kpi], unitRandom(plan.seed, `sobol-bootstrap:${kpi}`), plan.resamples);
      const rows = chosen
        .map((f, i) => ({ path: f.path, rank: 0, ...idx[i] }))
        .sort((a, b) => b.st - a.st || a.path.localeCompare(b.path))
        .map((row, i) => ({ ...row, rank: i + 1 }));
      kpis[kpi] = { ...kpis[kpi], sobol: rows };
    }
  }
  const end = options.clock?.() ?? null;
  return {
    kind: 'sensitivity',
    method: plan.method,
    scenarioId: plan.scenario.meta.id,
    baselineId: plan.baseline?.meta.id ?? null,
    seed: plan.seed,
    replications: plan.replications,
    commonRandomNumbers: true,
    engineVersion: options.engineVersion ?? 'unknown',
    trajectories: plan.trajectories,
    sobolRows: plan.method === 'sobol' ? plan.sobolRows : null,
    factors: plan.factors,
    skipped: plan.skipped,
    roundsFollowShift: plan.roundsFollowShift,
    sobolFactors,
    kpis,
    designPoints: points,
    eventsProcessed: events,
    timing: makeTiming(executorKind, events, start, end),
  };
}
