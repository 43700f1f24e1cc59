/**
 * The server side of the twin forecast: the engine's forecast (the ward model warm-started
 * from the twin's live state, engine/experiment/forecast/) run on a worker pool of its own so
 * the dispensing routes stay responsive while replications run. This module only bounds the
 * request (replications, replications x horizon hours, patients present), applies a what-if's
 * scenario patch, and remembers the last answer until the twin's ledger moves on.
 */
import { createInProcessExecutor, forecastStart, runForecast, runWhatIf } from '../../engine/index.js';
// The pool alone: the executors' entry would load the queue libraries too.
import { createPoolExecutor } from '../../engine/experiment/executors/pool-executor.js';
import type { DispensingState, Executor, ForecastSummary, WhatIfResult } from '../../engine/index.js';
import { formatValidationErrors, mergePatch, validateScenario } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import type { ServerLimits } from '../config.js';
import { ApiError } from '../errors.js';

/** What a forecast is asked for. */
export interface ForecastQuery {
  /** Hours from the twin's clock, > 0. */
  readonly horizonHours: number;
  readonly replications: number;
  readonly seed: number;
  /** Share of replications the pick list must last in, (0, 1). */
  readonly serviceTarget: number;
}

/** A what-if: a merge patch (RFC 7386) on the twin's scenario and/or cabinets held offline. */
export interface WhatIfChange {
  readonly patch?: unknown;
  readonly holdOffline?: readonly string[];
}

/** Longest forecast horizon, hours. */
export const MAX_FORECAST_HOURS = 168;

/** Runs and bounds twin forecasts (see the module header). */
export class TwinForecaster {
  private executor: Executor | null = null;
  private last: { key: string; answer: Promise<ForecastSummary> } | null = null;

  /** @param workers threads of the forecast pool; 0 runs on the calling thread */
  constructor(
    private readonly scenario: Scenario,
    private readonly limits: ServerLimits,
    private readonly workers: number,
  ) {}

  private pool(): Executor {
    const executor = this.executor ?? (this.workers > 0 ? createPoolExecutor({ workers: this.workers }) : createInProcessExecutor());
    this.executor = executor;
    return executor;
  }

  /** @throws ApiError 400 over a per-request limit, 422 for a state too large to forecast */
  private bound(route: string, where: string, state: DispensingState, q: ForecastQuery, runs: number): void {
    const l = this.limits;
    if (q.replications > l.maxForecastReplications) throw new ApiError(400, 'limit-exceeded', `${route}: replications(=${q.replications}) must be <= ${l.maxForecastReplications} on this server`, [{ path: `${where}/replications`, rule: 'max-replications', message: `must be <= ${l.maxForecastReplications}`, params: { limit: String(l.maxForecastReplications) } }]);
    if (q.horizonHours > MAX_FORECAST_HOURS) throw new ApiError(400, 'limit-exceeded', `${route}: horizonHours(=${q.horizonHours}) must be <= ${MAX_FORECAST_HOURS}`, [{ path: `${where}/horizonHours`, rule: 'max-horizon', message: `must be <= ${MAX_FORECAST_HOURS}`, params: { limit: String(MAX_FORECAST_HOURS) } }]);
    const cost = q.replications * q.horizonHours * runs;
    if (cost > l.maxForecastReplicationHours) throw new ApiError(400, 'limit-exceeded', `${route}: replications x horizonHours${runs > 1 ? ' x 2 runs' : ''} (=${cost}) must be <= ${l.maxForecastReplicationHours} on this server`, [{ path: `${where}/replications`, rule: 'max-replication-hours', message: `replications x horizonHours must be <= ${l.maxForecastReplicationHours / runs}`, params: { limit: String(l.maxForecastReplicationHours / runs) } }]);
    // The server-wide forecast budget (replications x 15-minute steps x people on the ward, with
    // the births the horizon brings): the same measure however the forecast is computed.
    const births = (this.scenario.births.annualDeliveries / 365 / 24) * q.horizonHours;
    const budget = q.replications * Math.ceil(q.horizonHours * 4) * (state.patients.size + 2 * births) * runs;
    if (budget > l.maxForecastCost) {
      const estimate = Math.round(budget).toLocaleString('en-US');
      throw new ApiError(400, 'over-budget', `${route}: estimated cost ${estimate} (replications x 15-minute steps x people on the ward) is over this server's forecast budget of ${l.maxForecastCost.toLocaleString('en-US')}; ask for fewer replications or a shorter horizon`, [{ path: `${where}/replications`, rule: 'max-cost', message: `estimated ${estimate}; budget ${l.maxForecastCost.toLocaleString('en-US')}` }]);
    }
    if (state.patients.size > l.maxForecastPatients) throw new ApiError(422, 'forecast-too-large', `${route}: the twin holds ${state.patients.size} patients, more than this server forecasts (${l.maxForecastPatients})`, [{ path: '/twin/patients', rule: 'max-patients', message: `at most ${l.maxForecastPatients} patients`, params: { limit: String(l.maxForecastPatients) } }]);
  }

  /** The forecast from `state` now; the same state (by `version`) and query answer from memory. */
  forecast(route: string, where: string, state: DispensingState, version: number, q: ForecastQuery): Promise<ForecastSummary> {
    this.bound(route, where, state, q, 1);
    const key = JSON.stringify([version, state.nowMin, q]);
    if (this.last?.key === key) return this.last.answer;
    const answer = runForecast(this.scenario, forecastStart(state, q.horizonHours), { replications: q.replications, seed: q.seed, serviceTarget: q.serviceTarget, executor: this.pool() });
    this.last = { key, answer };
    answer.catch(() => {
      if (this.last?.key === key) this.last = null;
    });
    return answer;
  }

  /** The forecast with and without `change`, same seeds. @throws ApiError 400 for a patch that makes an invalid scenario or an unknown cabinet */
  whatIf(route: string, state: DispensingState, q: ForecastQuery, change: WhatIfChange): Promise<WhatIfResult> {
    this.bound(route, '/body', state, q, 2);
    let variant = this.scenario;
    if (change.patch !== undefined) {
      let merged: unknown;
      try {
        merged = mergePatch(this.scenario, change.patch);
      } catch (error) {
        throw new ApiError(400, 'validation-failed', `${route}: ${(error as Error).message}`, [{ path: '/body/patch', rule: 'merge-patch', message: (error as Error).message }]);
      }
      const checked = validateScenario(merged);
      if (!checked.ok) throw new ApiError(400, 'validation-failed', `${route}: the patched scenario is not valid: ${formatValidationErrors(checked.errors).split('\n')[0]}`, checked.errors.map((e) => ({ ...e, path: `/body/patch${e.path}` })));
      variant = checked.scenario;
    }
    const held = change.holdOffline ?? [];
    held.forEach((id, i) => {
      if (!state.cabinetIndex.has(id)) throw new ApiError(400, 'validation-failed', `${route}: holdOffline[${i}](="${id}") is not a cabinet of this ward`, [{ path: `/body/holdOffline/${i}`, rule: 'cabinet-exists', message: 'no such cabinet' }]);
    });
    const start = forecastStart(state, q.horizonHours);
    return runWhatIf(this.scenario, start, { scenario: variant, start: forecastStart(state, q.horizonHours, held) }, { replications: q.replications, seed: q.seed, serviceTarget: q.serviceTarget, executor: this.pool() });
  }

  /** Stops the pool. */
  async close(): Promise<void> {
    await this.executor?.close();
    this.executor = null;
  }
}
