/**
 * Tally: statistics of observations that each count once, such as the wait of each companion at
 * a cabinet or the length of each restock round. Count, mean and variance by Welford's update
 * (numerically stable in one pass), min, max and quantiles. Reset at the end of a warm-up.
 */
import { finite, options as checkOptions } from '../_internals/check.js';
import { LogHistogram } from '../_internals/log-histogram.js';

/** Options of {@link Tally}. */
export interface TallyOptions {
  /**
   * Keep every sample so that `quantile` is exact (default false). Without samples, quantiles
   * come from a log-bucketed histogram: within 0.5 % relative error of a sample at the right rank.
   */
  keepSamples?: boolean;
}

/** Running statistics of a series of observations. */
export class Tally {
  /** Whether samples are kept (exact quantiles). */
  readonly keepSamples: boolean;
  private n = 0;
  private m = 0;
  private s2 = 0;
  private lo = Infinity;
  private hi = -Infinity;
  private samples: number[] = [];
  private sorted = true;
  private histogram: LogHistogram | null = null;

  constructor(options: TallyOptions = {}) {
    checkOptions('Tally', options);
    this.keepSamples = options.keepSamples === true;
  }

  /** Records one observation; NaN and ±Infinity are rejected. */
  add(x: number): void {
    if (!Number.isFinite(x)) finite('Tally.add', 'x', x);
    const n = ++this.n;
    const d = x - this.m;
    this.m += d / n;
    this.s2 += d * (x - this.m);
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    if (this.keepSamples) {
      this.samples.push(x);
      this.sorted = false;
    } else {
      (this.histogram ??= new LogHistogram()).add(x);
    }
  }

  /** Number of observations. */
  get count(): number {
    return this.n;
  }

  /** Mean; NaN when empty. */
  get mean(): number {
    return this.n === 0 ? NaN : this.m;
  }

  /** Sample variance (n − 1 denominator); NaN with fewer than 2 observations. */
  get variance(): number {
    return this.n < 2 ? NaN : this.s2 / (this.n - 1);
  }

  /** Sample standard deviation; NaN with fewer than 2 observations. */
  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation; NaN when empty. */
  get min(): number {
    return this.n === 0 ? NaN : this.lo;
  }

  /** Largest observation; NaN when empty. */
  get max(): number {
    return this.n === 0 ? NaN : this.hi;
  }

  /**
   * The p-quantile, p in [0, 1]. Exact (linear interpolation between order statistics, the
   * "type 7" rule of R and NumPy) when samples are kept; otherwise the streaming estimate
   * described in {@link TallyOptions.keepSamples}, clamped to [min, max]. NaN when empty.
   */
  quantile(p: number): number {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`Tally.quantile: p(=${String(p)}) must be in [0, 1]`);
    if (this.n === 0) return NaN;
    if (!this.keepSamples) {
      const q = this.histogram!.quantile(p);
      return Math.min(this.hi, Math.max(this.lo, q));
    }
    if (!this.sorted) {
      sortAscending(this.samples);
      this.sorted = true;
    }
    const h = (this.n - 1) * p;
    const i = Math.floor(h);
    const a = this.samples[i];
    return i + 1 < this.n ? a + (h - i) * (this.samples[i + 1] - a) : a;
  }

  /** The kept samples in insertion or sorted order (empty unless `keepSamples`). */
  values(): readonly number[] {
    return this.samples;
  }

  /** Forgets every observation (end of warm-up). */
  reset(): void {
    this.n = 0;
    this.m = 0;
    this.s2 = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
    this.samples = [];
    this.sorted = true;
    this.histogram?.reset();
  }
}

/**
 * Sorts finite numbers ascending in place, in the order `xs.sort((a, b) => a - b)` leaves them.
 * A typed array sorts numbers natively, without calling a comparator for each of the n log n
 * comparisons (a ward year keeps about 10^5 trip waits); it puts -0 before +0, which the
 * comparator sort leaves in insertion order, so the zeros are written back in that order.
 */
function sortAscending(xs: number[]): void {
  const sorted = Float64Array.from(xs).sort();
  let zero = 0;
  while (zero < sorted.length && sorted[zero] < 0) zero++;
  if (zero < sorted.length && sorted[zero] === 0) {
    for (let i = 0; i < xs.length; i++) if (xs[i] === 0) sorted[zero++] = xs[i];
  }
  for (let i = 0; i < xs.length; i++) xs[i] = sorted[i];
}
