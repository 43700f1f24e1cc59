/**
 * Night stock-outs against order-up-to theory (the windows are defined in the ward's
 * stock-cycles.ts): a (cabinet, SKU) pair holding S units when the restocker's shift ends runs
 * out before the next restock exactly when the night's demand D reaches S. D is the sum of two
 * independent compound sums, one for the lines of later trips and one for admission stock-ups
 * (a bed's first trip, whose lines are whole targets and reach a cabinet in runs, as new
 * mothers go to the least occupied rooms). Each is a number of lines N with the mean from the
 * run's own hourly line rates (per minute the pair held stock) integrated over the window, line
 * sizes from the run's own line-size distribution of its class, and the count dispersion
 * Var N / E N that gives the class's units the variance the run's windows had (1: Poisson;
 * below 1: binomial, as when each patient asks at most about once a night; above 1: negative
 * binomial; the later trips carry the classes' covariance). Each class's distribution follows from
 * Panjer's recursion for the (a, b, 0) class (Panjer 1981) for Poisson and negative binomial
 * counts; for a binomial count the recursion is unstable (a < −1 amplifies rounding beyond the
 * support), so it is the sum over N of Binomial(N) × P(sum of N sizes = x), with the size
 * convolutions computed once per pair; P(D ≥ S) is then one minus the convolution of the two
 * below S. The expected number of stock-outs is the sum of that probability over the windows the
 * run had; its variance, for the pooled z-test, the sum of p (1 − p).
 */
import type { LineTallyView, StockCyclePairView } from './validation-inputs.js';

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

/** P(D = x) for x = 0 .. `max`, D a sum of N line sizes, N ~ `law`, sizes with probabilities `sizes` (by units, index 0..); Panjer's recursion. */
function compoundPmf(law: CountLaw, sizes: readonly number[], max: number): Float64Array {
  const f0 = sizes[0] ?? 0;
  const g = new Float64Array(max + 1);
  g[0] = law.pgf(f0);
  const scale = 1 / (1 - law.a * f0);
  for (let n = 1; n <= max; n++) {
    let acc = 0;
    for (let j = 1; j <= Math.min(n, sizes.length - 1); j++) acc += (law.a + (law.b * j) / n) * sizes[j] * g[n - j];
    g[n] = acc * scale;
  }
  return g;
}

const clamp01 = (p: number): number => Math.min(1, Math.max(0, p));

/** P(D ≥ s) for D a sum of N line sizes, N ~ `law`, sizes with probabilities `sizes` (by units, index 0..). */
export function compoundTail(law: CountLaw, sizes: readonly number[], s: number): number {
  if (s <= 0) return 1;
  return clamp01(1 - compoundPmf(law, sizes, s - 1).reduce((a, b) => a + b, 0));
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

  /** P(sum of m sizes = x), x ≤ `maxS`. */
  pmf(m: number, x: number): number {
    return this.below(m, x + 1) - this.below(m, x);
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

/**
 * P(D = x), x = 0 .. `max`, for the compound demand of one class with `mean` lines of
 * dispersion `dispersion` (binomial counts through the size convolutions in `powers`).
 */
function classPmf(mean: number, dispersion: number, sizes: readonly number[], powers: SizePowers, max: number): Float64Array {
  if (dispersion >= 1 - 1e-9 || mean === 0) return compoundPmf(countLaw(mean, dispersion), sizes, max);
  const n = Math.max(1, Math.round(mean / (1 - dispersion)));
  const p = Math.min(1, mean / n);
  const out = new Float64Array(max + 1);
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logC = 0; // log C(n, m)
  for (let m = 0; m <= n; m++) {
    if (m > 0) logC += Math.log((n - m + 1) / m);
    const w = p >= 1 ? (m === n ? 1 : 0) : Math.exp(logC + m * logP + (n - m) * logQ);
    if (w > 0) for (let x = 0; x <= max; x++) out[x] += w * powers.pmf(m, x);
  }
  return out;
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
  /** Mean count dispersion of later trips' lines over the pairs (1 = Poisson; see {@link dispersionOf}). */
  readonly dispersion: number;
  /** The same for admission stock-ups, over the pairs that had any at night. */
  readonly admissionDispersion: number;
}

/** Lowest count dispersion used: a nearly fixed line count (binomial with p near 1). */
const MIN_DISPERSION = 0.02;

/**
 * The count dispersion δ = Var N / E N that gives a compound sum of i.i.d. sizes (mean μ,
 * variance σ²) the units' variance the run's windows had: Var D = E N (σ² + δ μ²) with
 * E N = E D / μ. Lines of one night are not i.i.d. (a bed that fetches twice fetches less each
 * time; twins' lines come together), so the units' variance, not the lines', is matched.
 * `extra` is added to the variance (the covariance term the class carries); 1 when fewer than
 * two windows or no unit.
 */
function dispersionOf(tally: LineTallyView, sizes: readonly number[], windows: number, extra: number): number {
  if (windows < 2 || tally.windowUnits === 0) return 1;
  const mu = sizes.reduce((a, p, x) => a + p * x, 0);
  const s2 = sizes.reduce((a, p, x) => a + p * x * x, 0) - mu * mu;
  const m = tally.windowUnits / windows;
  const v = Math.max(0, (tally.windowUnitsSq - windows * m * m) / (windows - 1) + extra);
  return Math.max(MIN_DISPERSION, ((v / m) * mu - s2) / (mu * mu));
}

/** One class of a pair's demand, ready for the windows: P(D = x) by window start and length. */
class ClassDemand {
  readonly dispersion: number;
  readonly any: boolean;
  private readonly sizes: number[];
  private readonly perMin: number[];
  private readonly powers: SizePowers;

  /**
   * @param windows - the pair's night windows
   * @param maxS - the largest S of its windows
   * @param extra - added to the units' variance per window (see {@link dispersionOf})
   */
  constructor(tally: LineTallyView, stockedMinByHour: readonly number[], windows: number, maxS: number, extra: number) {
    const lines = tally.lineUnits.reduce((a, b) => a + b, 0);
    this.any = lines > 0;
    this.sizes = tally.lineUnits.map((x) => (lines > 0 ? x / lines : 0));
    // Lines per minute the pair held stock: an empty pair is asked nothing it can give.
    this.perMin = tally.linesByHour.map((x, h) => (stockedMinByHour[h] > 0 ? x / stockedMinByHour[h] : 0));
    this.dispersion = this.any ? dispersionOf(tally, this.sizes, windows, extra) : 1;
    this.powers = new SizePowers(this.sizes, maxS);
  }

  /** P(D = x), x = 0 .. `max`, over a window from minute of day `start` for `length` minutes. */
  pmf(start: number, length: number, max: number): Float64Array {
    if (!this.any) {
      const none = new Float64Array(max + 1);
      none[0] = 1;
      return none;
    }
    return classPmf(integratedRate(this.perMin, start, length), this.dispersion, this.sizes, this.powers, max);
  }
}

/** P(A + B ≥ s) for independent A, B with P(A = x) = `a[x]`, P(B = x) = `b[x]` (both given up to at least s − 1). */
function sumTail(a: Float64Array, b: Float64Array, s: number): number {
  if (s <= 0) return 1;
  let below = 0;
  // P(A + B < s) = sum over y < s of P(B = y) P(A < s − y): accumulate P(A ≤ k) once.
  const cumA = new Float64Array(s);
  let acc = 0;
  for (let x = 0; x < s; x++) {
    acc += a[x];
    cumA[x] = acc;
  }
  for (let y = 0; y < s; y++) below += b[y] * cumA[s - 1 - y];
  return clamp01(1 - below);
}

/** The order-up-to check over every pair of one replication. */
export function stockoutTheory(pairs: readonly StockCyclePairView[]): StockoutTheory {
  let observed = 0;
  let expected = 0;
  let variance = 0;
  let cycles = 0;
  let dispersions = 0;
  let admissionDispersions = 0;
  let admissionPairs = 0;
  for (const pair of pairs) {
    const windows = pair.cycles.reduce((a, c) => a + c[3], 0);
    const maxS = Math.max(0, ...pair.cycles.map((c) => c[2]));
    const cov = windows < 2 ? 0 : (pair.windowUnitsCross - pair.windowUnits * pair.admission.windowUnits / windows) / (windows - 1);
    // The classes are taken as independent; the later trips carry their covariance (an admitted
    // mother takes a bed a discharged one left), so the night's total variance is the run's.
    const later = new ClassDemand(pair, pair.stockedMinByHour, windows, maxS, 2 * cov);
    const admission = new ClassDemand(pair.admission, pair.stockedMinByHour, windows, maxS, 0);
    dispersions += later.dispersion;
    if (admission.any) {
      admissionDispersions += admission.dispersion;
      admissionPairs++;
    }
    // The distributions depend on the window's start and length only; S picks the tail.
    const byWindow = new Map<string, [Float64Array, Float64Array]>();
    for (const [start, length, s, count, outs] of pair.cycles) {
      let p = 0;
      if (later.any || admission.any) {
        const key = `${start}|${length}`;
        let d = byWindow.get(key);
        if (d === undefined) {
          const max = Math.max(0, ...pair.cycles.filter((c) => c[0] === start && c[1] === length).map((c) => c[2]));
          d = [later.pmf(start, length, max), admission.pmf(start, length, max)];
          byWindow.set(key, d);
        }
        p = sumTail(d[0], d[1], s);
      }
      observed += outs;
      expected += count * p;
      variance += count * p * (1 - p);
      cycles += count;
    }
  }
  return {
    observed, expected, variance, cycles,
    dispersion: pairs.length === 0 ? 1 : dispersions / pairs.length,
    admissionDispersion: admissionPairs === 0 ? 1 : admissionDispersions / admissionPairs,
  };
}
