/**
 * A log-bucketed histogram for streaming quantiles: each non-zero value falls in a bucket whose
 * bounds differ by a factor (1 + 2·relativeError), so any quantile read from it is within
 * `relativeError` of a sample value at the right rank (the DDSketch idea, without collapsing).
 * Buckets are dense arrays per sign that grow to the span of keys seen, so memory follows the
 * spread of the data in orders of magnitude (about 460 buckets per decade at 0.5 %), not the
 * sample count, and an add is a log, a floor and an array increment.
 */

const ZERO_BELOW = 1e-12;

/** Dense counts over a growing window of integer keys. */
class DenseCounts {
  counts = new Float64Array(0);
  offset = 0; // key of counts[0]

  add(key: number): void {
    let i = key - this.offset;
    if (i < 0 || i >= this.counts.length) i = this.grow(key);
    this.counts[i]++;
  }

  private grow(key: number): number {
    if (this.counts.length === 0) {
      this.counts = new Float64Array(64);
      this.offset = key - 32;
      return key - this.offset;
    }
    const lo = Math.min(this.offset, key - 16);
    const hi = Math.max(this.offset + this.counts.length, key + 17);
    const next = new Float64Array(Math.max(hi - lo, this.counts.length * 2));
    next.set(this.counts, this.offset - lo);
    this.counts = next;
    this.offset = lo;
    return key - lo;
  }
}

/** Streaming quantiles within `relativeError` (default 0.5 %) of a sample at the right rank. */
export class LogHistogram {
  private readonly gamma: number;
  private readonly invLogGamma: number;
  private pos = new DenseCounts();
  private neg = new DenseCounts();
  private zeros = 0;
  private n = 0;

  constructor(readonly relativeError = 0.005) {
    this.gamma = (1 + relativeError) / (1 - relativeError);
    this.invLogGamma = 1 / Math.log(this.gamma);
  }

  /** Number of values added. */
  get count(): number {
    return this.n;
  }

  /** Counts one value (any finite number; |x| <= 1e-12 counts as zero). */
  add(x: number): void {
    this.n++;
    if (x > ZERO_BELOW) this.pos.add(Math.ceil(Math.log(x) * this.invLogGamma));
    else if (x < -ZERO_BELOW) this.neg.add(Math.ceil(Math.log(-x) * this.invLogGamma));
    else this.zeros++;
  }

  /** Value of the bucket holding rank `p·(n−1)`; NaN when empty. */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    const rank = p * (this.n - 1);
    let seen = 0;
    // Negative values: largest magnitude first.
    const nc = this.neg.counts;
    for (let i = nc.length - 1; i >= 0; i--) {
      seen += nc[i];
      if (nc[i] > 0 && seen > rank) return -this.valueOf(i + this.neg.offset);
    }
    seen += this.zeros;
    if (seen > rank) return 0;
    const pc = this.pos.counts;
    let last = 0;
    for (let i = 0; i < pc.length; i++) {
      if (pc[i] === 0) continue;
      seen += pc[i];
      last = this.valueOf(i + this.pos.offset);
      if (seen > rank) return last;
    }
    return last;
  }

  /** Midpoint (in relative terms) of bucket k, the interval (gamma^(k-1), gamma^k]. */
  private valueOf(key: number): number {
    return (2 * Math.pow(this.gamma, key)) / (this.gamma + 1);
  }

  /** Forgets every value. */
  reset(): void {
    this.pos = new DenseCounts();
    this.neg = new DenseCounts();
    this.zeros = 0;
    this.n = 0;
  }
}
