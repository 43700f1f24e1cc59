/**
 * Births and item needs do not arrive at a constant rate: spontaneous labour peaks around 04:00,
 * scheduled caesareans come on weekday mornings. A non-homogeneous Poisson process with a
 * piecewise-constant rate (one rate per step of `stepMin` minutes, e.g. 168 hourly rates for a
 * week) models that. Arrivals are drawn by thinning (Lewis & Shedler 1979: candidates at the
 * peak rate, each kept with probability rate(t)/peak) or, optionally, by inverting the
 * cumulative rate, which is exact too and uses one uniform per arrival.
 */
import { fail, nonNegative, options, positive } from '../_internals/check.js';
import { standardExponential } from './standard-exponential.js';
import type { UniformSource } from './distribution.js';

/** Options of {@link PiecewiseNhpp}. */
export interface PiecewiseNhppOptions {
  /** Length of each constant-rate step, minutes (e.g. 60). */
  stepMin: number;
  /** Arrival rate in each step, per minute (>= 0, at least one > 0). */
  ratesPerMin: readonly number[];
  /** Repeat the profile forever from time 0 (default false: no arrivals after the last step). */
  periodic?: boolean;
  /** `thinning` (default) or `inversion` of the cumulative rate; both exact. */
  method?: 'thinning' | 'inversion';
}

/** A Poisson arrival process whose rate is constant within steps of `stepMin` from time 0. */
export class PiecewiseNhpp {
  readonly stepMin: number;
  readonly ratesPerMin: readonly number[];
  readonly periodic: boolean;
  readonly method: 'thinning' | 'inversion';
  /** The largest rate, per minute (the thinning bound). */
  readonly peakRatePerMin: number;
  /** Length of the profile, minutes. */
  readonly spanMin: number;
  private readonly rates: Float64Array;
  private readonly expectedPerSpan: number;

  constructor(o: PiecewiseNhppOptions) {
    const api = 'PiecewiseNhpp';
    options(api, o);
    this.stepMin = positive(api, 'stepMin', o.stepMin);
    if (!Array.isArray(o.ratesPerMin) || o.ratesPerMin.length === 0) fail(api, 'ratesPerMin', o.ratesPerMin, 'must be a non-empty array');
    o.ratesPerMin.forEach((r, i) => nonNegative(api, `ratesPerMin[${i}]`, r));
    this.rates = Float64Array.from(o.ratesPerMin);
    this.ratesPerMin = [...this.rates];
    this.peakRatePerMin = Math.max(...this.rates);
    if (!(this.peakRatePerMin > 0)) fail(api, 'ratesPerMin', o.ratesPerMin, 'must contain at least one rate > 0');
    this.periodic = o.periodic === true;
    this.method = o.method ?? 'thinning';
    if (this.method !== 'thinning' && this.method !== 'inversion') fail(api, 'method', o.method, "must be 'thinning' or 'inversion'");
    this.spanMin = this.stepMin * this.rates.length;
    this.expectedPerSpan = this.rates.reduce((s, r) => s + r, 0) * this.stepMin;
  }

  /** The rate at time `tMin`, per minute (0 before 0 and, unless periodic, after the profile). */
  rateAt(tMin: number): number {
    let i = Math.floor(tMin / this.stepMin);
    const n = this.rates.length;
    if (this.periodic) i = ((i % n) + n) % n;
    else if (i < 0 || i >= n) return 0;
    return this.rates[i];
  }

  /** Expected number of arrivals in [fromMin, toMin). */
  expectedCount(fromMin: number, toMin: number): number {
    let total = 0;
    let t = fromMin;
    while (t < toMin) {
      const end = Math.min(toMin, this.stepEnd(t));
      total += this.rateAt(t) * (end - t);
      t = end;
    }
    return total;
  }

  /** End of the step containing t (always > t). */
  private stepEnd(t: number): number {
    const k = Math.floor(t / this.stepMin);
    let end = (k + 1) * this.stepMin;
    if (end <= t) end = (k + 2) * this.stepMin;
    return end;
  }

  /** Time of the first arrival after `afterMin`, minutes; Infinity if none comes. */
  nextArrival(rng: UniformSource, afterMin: number): number {
    if (typeof afterMin !== 'number' || Number.isNaN(afterMin)) fail('PiecewiseNhpp.nextArrival', 'afterMin', afterMin, 'must be a number');
    if (afterMin === Infinity) return Infinity;
    return this.method === 'thinning' ? this.thin(rng, afterMin) : this.invert(rng, afterMin);
  }

  private thin(rng: UniformSource, afterMin: number): number {
    const peak = this.peakRatePerMin;
    let t = afterMin;
    for (;;) {
      t += standardExponential(rng) / peak;
      if (!this.periodic && t >= this.spanMin) return Infinity;
      if (rng.next() * peak < this.rateAt(t)) return t;
    }
  }

  private invert(rng: UniformSource, afterMin: number): number {
    let need = standardExponential(rng);
    let t = afterMin < 0 ? 0 : afterMin;
    if (this.periodic && need > this.expectedPerSpan) {
      // Skip whole periods in one go; the remaining walk is at most one period.
      const whole = Math.floor(need / this.expectedPerSpan);
      need -= whole * this.expectedPerSpan;
      t += whole * this.spanMin;
    }
    for (;;) {
      if (!this.periodic && t >= this.spanMin) return Infinity;
      const end = this.stepEnd(t);
      const r = this.rateAt(t);
      const mass = r * (end - t);
      if (mass >= need) return t + need / r;
      need -= mass;
      t = end;
    }
  }
}
