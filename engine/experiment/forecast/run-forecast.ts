/**
 * The twin forecast: the ward model warm-started from a live state, R replications to a
 * horizon through whatever executor is given (the worker pool in the server, so the dispensing
 * routes stay responsive), summarised per slot, per (cabinet, SKU) and per cabinet with a pick
 * list (see forecast-summary.ts). Replication r uses the streams of (seed, r), so the same
 * state, scenario, seed and R give the same bytes with every executor, and a what-if run with
 * the same seed sees the same births, stays and needs (common random numbers).
 */
import type { Scenario } from '../../../scenarios/index.js';
import { nextRounds } from '../../ward/index.js';
import type { ForecastTrack, WardStart } from '../../ward/index.js';
import type { Executor } from '../executors/executor.js';
import { summarizeForecast } from './forecast-summary.js';
import type { ForecastSummary } from './forecast-summary.js';

/** Options of {@link runForecast}. */
export interface ForecastOptions {
  /** Replications, integer >= 1. */
  readonly replications: number;
  /** Base seed of the replications' streams. */
  readonly seed: number;
  /** Share of replications in which the pick list must last to the round after next, in (0, 1); default 0.95. */
  readonly serviceTarget?: number;
  readonly executor: Executor;
  readonly signal?: AbortSignal;
}

/** Default service target of the pick list. */
export const DEFAULT_SERVICE_TARGET = 0.95;

/**
 * Forecasts from `start` with the ward model of `scenario` (assumed valid).
 * @throws RangeError for replications not an integer >= 1 or a service target outside (0, 1)
 */
export async function runForecast(scenario: Scenario, start: WardStart, o: ForecastOptions): Promise<ForecastSummary> {
  if (!Number.isInteger(o.replications) || o.replications < 1) throw new RangeError(`runForecast: replications(=${o.replications}) must be an integer >= 1`);
  const target = o.serviceTarget ?? DEFAULT_SERVICE_TARGET;
  if (!(target > 0 && target < 1)) throw new RangeError(`runForecast: serviceTarget(=${target}) must be in (0, 1)`);
  if (!(start.horizonMin > 0)) throw new RangeError(`runForecast: start.horizonMin(=${start.horizonMin}) must be > 0`);
  const jobs = Array.from({ length: o.replications }, (_, r) => ({ scenario, seed: o.seed, replication: r, start }));
  const outcomes = await o.executor.run(jobs, o.signal !== undefined ? { signal: o.signal } : {});
  const tracks: ForecastTrack[] = outcomes.map((x, r) => {
    if (x.forecast === undefined) throw new Error(`runForecast: replication ${r} returned no forecast record (a ward without cabinets?)`);
    return x.forecast;
  });
  const [next, after] = nextRounds(scenario, start.nowMin);
  return summarizeForecast(start, tracks, { seed: o.seed, skus: scenario.catalog.items.map((i) => i.sku), serviceTarget: target, nextRoundMin: next, roundAfterMin: after });
}

/** A what-if: the forecast with the change, the one without, and their differences. */
export interface WhatIfResult {
  readonly baseline: ForecastSummary;
  readonly variant: ForecastSummary;
  /** Per slot (baseline order): variant minus baseline. */
  readonly slotDifferences: { readonly cabinetId: string; readonly slotId: string; readonly sku: string; readonly outBeforeRestockProbability: number; readonly outWithinHorizonProbability: number }[];
  /** Mean over slots of the variant's minus the baseline's probability of running out within the horizon. */
  readonly meanOutWithinHorizonDifference: number;
  /** Mean over slots of the variant's minus the baseline's probability of running out before the next restock. */
  readonly meanOutBeforeRestockDifference: number;
}

/**
 * Forecasts from `start` under `scenario` and under `variant` (a changed scenario, and/or a
 * changed start such as a cabinet held offline) with the same seeds (CRN), and their differences.
 */
export async function runWhatIf(scenario: Scenario, start: WardStart, variant: { scenario: Scenario; start: WardStart }, o: ForecastOptions): Promise<WhatIfResult> {
  const baseline = await runForecast(scenario, start, o);
  const changed = await runForecast(variant.scenario, variant.start, o);
  const other = new Map(changed.slots.map((s) => [`${s.cabinetId}/${s.slotId}`, s]));
  const slotDifferences = baseline.slots.flatMap((b) => {
    const v = other.get(`${b.cabinetId}/${b.slotId}`);
    return v === undefined ? [] : [{ cabinetId: b.cabinetId, slotId: b.slotId, sku: b.sku, outBeforeRestockProbability: v.outBeforeRestockProbability - b.outBeforeRestockProbability, outWithinHorizonProbability: v.outWithinHorizonProbability - b.outWithinHorizonProbability }];
  });
  const mean = (f: (d: WhatIfResult['slotDifferences'][number]) => number): number => (slotDifferences.length === 0 ? 0 : slotDifferences.reduce((a, d) => a + f(d), 0) / slotDifferences.length);
  return { baseline, variant: changed, slotDifferences, meanOutWithinHorizonDifference: mean((d) => d.outWithinHorizonProbability), meanOutBeforeRestockDifference: mean((d) => d.outBeforeRestockProbability) };
}
