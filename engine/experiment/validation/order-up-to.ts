/**
 * Night stock-outs against order-up-to theory (the windows are defined in the ward's
 * stock-cycles.ts): a (cabinet, SKU) pair holding S units when the restocker's shift ends runs
 * out before the next restock exactly when the night's demand D reaches S. D is a compound sum:
 * a number of lines N with the mean from the run's own hourly line rates integrated over the
 * window and the dispersion Var N / E N from the run's own windows (1: Poisson; below 1:
 * binomial, as when each patient asks at most about once a night; above 1: negative binomial),
 * line sizes from the run's own line-size distribution. P(D ≥ S) follows from Panjer's
 * recursion for the (a, b, 0) class (Panjer 1981) for Poisson and negative binomial counts; for
 * a binomial count the recursion is unstable (a < −1 amplifies rounding beyond the support), so
 * it is the sum over N of Binomial(N) × P(sum of N sizes < S), with the size convolutions
 * computed once per pair. The expected number of stock-outs is the sum
 * of that probability over the windows the run had; its variance, for the pooled z-test, the
 * sum of p (1 − p).
 */
import type { StockCyclePairView } from './validation-inputs.js';

/** A line-count law of the (a, b, 0) class: P(N = k) = (a + b / k) P(N = k − 1). */
interface CountLaw {
  readonly a: number;
  readonly b: number;
  /** The probability generating function at z. */
  pgf(z: number): number;
}

/**
 * The (a, b, 0) law with mean `mean` and dispersion `dispersion` (variance ÷ mean): Poisson at
 * 1, binomial below (its n rounded to an integer ≥ 1, keeping the mean), negative binomial above.
 */
export function countLaw(mean: number, dispersion: number): CountLaw {
  if (Math.abs(dispersion - 1) < 1e-9 || mean === 0) return { a: 0, b: mean, pgf: (z) => Math.exp(-mean * (1 - z)) };
  if (dispersion < 1) {
    const n = Math.max(1, Math.round(mean / (1 - dispersion)));
    const p = Math.min(1, mean / n);
    if (p >= 1) return { a: 0, b: 0, pgf: (z) => z ** n };
    return { a: -p / (1 - p), b: ((n + 1) * p) / (1 - p), pgf: (z) => (1 - p + p * z) ** n };
  }
  const beta = dispersion - 1;
  const r = mean / beta;
  return { a: beta / (1 + beta), b: ((r - 1) * beta) / (1 + beta), pgf: (z) => (1 + beta * (1 - z)) ** -r };
}

/** P(D ≥ s) for D a sum of N line sizes, N ~ `law`, sizes with probabilities `sizes` (by units, index 0..). */
export function compoundTail(law: CountLaw, sizes: readonly number[], s: number): number {
  if (s <= 0) return 1;
  const f0 = sizes[0] ?? 0;
  const g = new Float64Array(s);
  g[0] = law.pgf(f0);
  let below = g[0];
  const scale = 1 / (1 - law.a * f0);
  for (let n = 1; n < s; n++) {
    let acc = 0;
    for (let j = 1; j <= Math.min(n, sizes.length - 1); j++) acc += (law.a + (law.b * j) / n) * sizes[j] * g[n - j];
    g[n] = acc * scale;
    below += g[n];
  }
  return Math.min(1, Math.max(0, 1 - below));
}

/** P(D ≥ s) for compound Poisson D with mean line count `lambda`. */
export function compoundPoissonTail(lambda: number, sizes: readonly number[], s: number): number {
  return compoundTail(countLaw(lambda, 1), sizes, s);
}

/** Cumulative convolution powers of a size distribution: `below(m, s)` = P(sum of m sizes < s), s ≤ `maxS`. */
class SizePowers {
  private readonly cum: Float64Array[] = [];
  private last: Float64Array;

  constructor(
    private readonly sizes: readonly number[],
    private readonly maxS: number,
  ) {
    this.last = new Float64Array(maxS + 1);
    this.last[0] = 1;
    this.cum.push(SizePowers.cumulative(this.last));
  }

  private static cumulative(pmf: Float64Array): Float64Array {
    const c = new Float64Array(pmf.length + 1);
    for (let k = 0; k < pmf.length; k++) c[k + 1] = c[k] + pmf[k];
    return c;
  }

  below(m: number, s: number): number {
    while (this.cum.length <= m) {
      const next = new Float64Array(this.maxS + 1);
      for (let k = 0; k <= this.maxS; k++) {
        const v = this.last[k];
        if (v === 0) continue;
        for (let j = 0; j < this.sizes.length && k + j <= this.maxS; j++) next[k + j] += v * this.sizes[j];
      }
      this.last = next;
      this.cum.push(SizePowers.cumulative(next));
    }
    return this.cum[m][Math.min(s, this.maxS + 1)];
  }
}

/** P(D ≥ s) for N ~ Binomial(n, p) lines with sizes whose convolution powers are `powers`. */
function binomialCompoundTail(n: number, p: number, powers: SizePowers, s: number): number {
  let below = 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logC = 0; // log C(n, m)
  for (let m = 0; m <= n; m++) {
    if (m > 0) logC += Math.log((n - m + 1) / m);
    const w = Math.exp(logC + m * logP + (n - m) * logQ);
    if (w > 0) below += w * powers.below(m, s);
  }
  return Math.min(1, Math.max(0, 1 - below));
}

/** Mean lines asked between minute-of-day `start` and `start + length` (wrapping days), given lines per minute by hour. */
function integratedRate(perMinByHour: readonly number[], start: number, length: number): number {
  let total = 0;
  let t = start;
  const end = start + length;
  while (t < end) {
    const hourEnd = (Math.floor(t / 60) + 1) * 60;
    const stop = Math.min(end, hourEnd);
    total += perMinByHour[Math.floor(t / 60) % 24] * (stop - t);
    t = stop;
  }
  return total;
}

/** Observed stock-outs, expected ones and the variance of the expected count, summed over pairs. */
export interface StockoutTheory {
  readonly observed: number;
  readonly expected: number;
  readonly variance: number;
  /** Night windows. */
  readonly cycles: number;
  /** Mean dispersion of the nightly line count over the pairs (1 = Poisson). */
  readonly dispersion: number;
}

/** Var N / E N of the lines in a pair's windows (1 when fewer than two windows or no line). */
function dispersionOf(pair: StockCyclePairView): number {
  const w = pair.cycles.reduce((a, c) => a + c[3], 0);
  if (w < 2 || pair.windowLines === 0) return 1;
  const m = pair.windowLines / w;
  const v = (pair.windowLinesSq - w * m * m) / (w - 1);
  return Math.max(0, v) / m;
}

/**
 * The order-up-to check over every pair of one replication.
 * @param days - days observed (the window), for the hourly rates
 */
export function stockoutTheory(pairs: readonly StockCyclePairView[], days: number): StockoutTheory {
  let observed = 0;
  let expected = 0;
  let variance = 0;
  let cycles = 0;
  let dispersions = 0;
  for (const pair of pairs) {
    const lines = pair.lineUnits.reduce((a, b) => a + b, 0);
    const sizes = pair.lineUnits.map((x) => (lines > 0 ? x / lines : 0));
    const perMin = pair.linesByHour.map((x) => x / (days * 60));
    const dispersion = dispersionOf(pair);
    dispersions += dispersion;
    const powers = new SizePowers(sizes, Math.max(0, ...pair.cycles.map((c) => c[2])));
    const tail = (mean: number, s: number): number => {
      if (dispersion >= 1 - 1e-9 || mean === 0) return compoundTail(countLaw(mean, dispersion), sizes, s);
      const n = Math.max(1, Math.round(mean / (1 - dispersion)));
      return binomialCompoundTail(n, Math.min(1, mean / n), powers, s);
    };
    for (const [start, length, s, count, outs] of pair.cycles) {
      const p = lines === 0 ? 0 : tail(integratedRate(perMin, start, length), s);
      observed += outs;
      expected += count * p;
      variance += count * p * (1 - p);
      cycles += count;
    }
  }
  return { observed, expected, variance, cycles, dispersion: pairs.length === 0 ? 1 : dispersions / pairs.length };
}
