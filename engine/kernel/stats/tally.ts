/**
 * Tally: statistics of observations that each count once, such as the wait of each companion at
 * a cabinet or the length of each restock round. Count, mean and variance by Welford's update
 * (numerically stable in one pass), min, max and quantiles. Reset at the end of a warm-up.
 */
import { finite, options as checkOptions } from '../_internals/check.js';
import { LogHistogram } from '../_internals/log-histogram.js';
import { minFrom, selectRank } from './order-statistic.js';

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
  /** Kept samples: the first `n` entries (grown by doubling). */
  private buf = new Float64Array(0);
  /** Whether `buf[0, n)` is sorted (no add since the last full sort). */
  private sorted = true;
  /** A -0 was kept: quantiles then sort in full, ordering the zeros by insertion as a comparator sort does. */
  private negativeZero = false;
  /**
   * `buf[0, sortedTo)` is what the last quantile saw, rearranged by selection rather than sorted;
   * {@link values} sorts it before answering, as if that quantile had sorted it.
   */
  private sortedTo = 0;
  /** {@link values}' answer until the next add, quantile or reset. */
  private view: number[] | null = null;
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
      if (n > this.buf.length) this.grow(n);
      this.buf[n - 1] = x;
      if (x === 0 && 1 / x < 0) this.negativeZero = true;
      this.sorted = false;
      this.view = null;
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
    const n = this.n;
    const buf = this.buf;
    const h = (n - 1) * p;
    const i = Math.floor(h);
    let a: number;
    let b: number;
    if (this.sorted || this.negativeZero) {
      if (!this.sorted) this.sortAll();
      a = buf[i];
      b = i + 1 < n ? buf[i + 1] : a;
    } else {
      // The values of ranks i and i + 1 are those a full sort would put there.
      a = selectRank(buf, n, i);
      b = i + 1 < n ? minFrom(buf, i + 1, n) : a;
      this.sortedTo = n;
      this.view = null;
    }
    return i + 1 < n ? a + (h - i) * (b - a) : a;
  }

  /**
   * The kept samples (empty unless `keepSamples`): in insertion order, sorted up to the count
   * at the last quantile (that quantile sorted them; later ones follow in insertion order).
   */
  values(): readonly number[] {
    if (this.view === null) {
      if (this.sortedTo > 0) {
        this.buf.subarray(0, this.sortedTo).sort();
        if (this.sortedTo === this.n) this.sorted = true;
        this.sortedTo = 0;
      }
      this.view = Array.from(this.buf.subarray(0, this.n));
    }
    return this.view;
  }

  /** Forgets every observation (end of warm-up). */
  reset(): void {
    this.n = 0;
    this.m = 0;
    this.s2 = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
    this.buf = new Float64Array(0);
    this.sorted = true;
    this.negativeZero = false;
    this.sortedTo = 0;
    this.view = null;
    this.histogram?.reset();
  }

  private grow(atLeast: number): void {
    const next = new Float64Array(Math.max(atLeast, 2 * this.buf.length, 64));
    next.set(this.buf);
    this.buf = next;
  }

  /** Sorts `buf[0, n)` as `sort((a, b) => a - b)` would (see {@link sortAscending}). */
  private sortAll(): void {
    sortAscending(this.buf.subarray(0, this.n));
    this.sorted = true;
    this.sortedTo = 0;
    this.view = null;
  }
}

/**
 * Sorts finite numbers ascending in place, in the order `xs.sort((a, b) => a - b)` leaves them.
 * A typed array sorts numbers natively, without calling a comparator for each of the n log n
 * comparisons; it puts -0 before +0, which the comparator sort leaves in insertion order, so
 * the zeros are noted in that order first and written back after the sort.
 */
function sortAscending(xs: Float64Array): void {
  const zeros: number[] = [];
  for (let i = 0; i < xs.length; i++) if (xs[i] === 0) zeros.push(xs[i]);
  xs.sort();
  let at = 0;
  while (at < xs.length && xs[at] < 0) at++;
  for (const z of zeros) xs[at++] = z;
}
