/**
 * A sparse log-bucketed histogram for streaming quantiles: each non-zero value falls in a bucket
 * whose bounds differ by a factor (1 + 2·relativeError), so any quantile read from it is within
 * `relativeError` of some sample value at the right rank (the DDSketch idea, without collapsing).
 * Memory grows with the spread of the data in orders of magnitude, not with the sample count.
 */

const ZERO_BELOW = 1e-12;

export class LogHistogram {
  private readonly gamma: number;
  private readonly logGamma: number;
  private readonly buckets = new Map<number, number>();
  private zeros = 0;
  private n = 0;

  constructor(readonly relativeError = 0.005) {
    this.gamma = (1 + relativeError) / (1 - relativeError);
    this.logGamma = Math.log(this.gamma);
  }

  /** Number of values added. */
  get count(): number {
    return this.n;
  }

  add(x: number): void {
    this.n++;
    const a = Math.abs(x);
    if (a < ZERO_BELOW) {
      this.zeros++;
      return;
    }
    // Positive values get keys >= 1, negative ones keys <= -1, so order is preserved per sign.
    const k = Math.ceil(Math.log(a) / this.logGamma) + 1_000_000;
    const key = x > 0 ? k : -k;
    this.buckets.set(key, (this.buckets.get(key) ?? 0) + 1);
  }

  /** Value of the bucket holding rank `p·(n−1)`; NaN when empty. */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    const rank = p * (this.n - 1);
    const keys = [...this.buckets.keys()];
    const neg = keys.filter((k) => k < 0).sort((a, b) => a - b);
    const pos = keys.filter((k) => k > 0).sort((a, b) => a - b);
    let seen = 0;
    for (const k of neg) {
      seen += this.buckets.get(k)!;
      if (seen > rank) return -this.valueOf(-k);
    }
    seen += this.zeros;
    if (seen > rank) return 0;
    for (const k of pos) {
      seen += this.buckets.get(k)!;
      if (seen > rank) return this.valueOf(k);
    }
    return pos.length > 0 ? this.valueOf(pos[pos.length - 1]) : 0;
  }

  private valueOf(key: number): number {
    const k = key - 1_000_000;
    // Midpoint (in relative terms) of the bucket (gamma^(k-1), gamma^k].
    return (2 * Math.pow(this.gamma, k)) / (this.gamma + 1);
  }

  reset(): void {
    this.buckets.clear();
    this.zeros = 0;
    this.n = 0;
  }
}
