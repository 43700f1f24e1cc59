/**
 * Pearson's chi-squared goodness-of-fit test: do observed counts (births by hour of day, by
 * weekday) follow the expected proportions? The p-value is the upper tail of the chi-squared
 * distribution, Q(df/2, x/2), from the regularized incomplete gamma function (series below
 * a + 1, Lentz's continued fraction above, as in Numerical Recipes §6.2).
 */
import { logGamma } from '../../kernel/index.js';

function lowerSeries(a: number, x: number): number {
  let sum = 1 / a;
  let term = sum;
  for (let n = 1; n < 1000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function upperFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularized upper incomplete gamma Q(a, x), a > 0, x ≥ 0. */
export function upperGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`upperGammaQ: a(=${a}) must be > 0 and x(=${x}) >= 0`);
  if (x === 0) return 1;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}

/** Result of a goodness-of-fit test. */
export interface ChiSquared {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

/**
 * Tests observed counts against expected proportions (cells with zero expectation must be
 * observed zero and are left out).
 * @param observed - counts per cell
 * @param expectedShares - non-negative weights per cell (normalised here)
 */
export function chiSquaredTest(observed: readonly number[], expectedShares: readonly number[]): ChiSquared {
  if (observed.length !== expectedShares.length) throw new RangeError(`chiSquaredTest: observed.length(=${observed.length}) must equal expectedShares.length(=${expectedShares.length})`);
  const n = observed.reduce((s, x) => s + x, 0);
  const w = expectedShares.reduce((s, x) => s + x, 0);
  let stat = 0;
  let cells = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = (n * expectedShares[i]) / w;
    if (e === 0) {
      if (observed[i] > 0) return { statistic: Infinity, df: Math.max(1, cells), pValue: 0 };
      continue;
    }
    stat += (observed[i] - e) ** 2 / e;
    cells++;
  }
  const df = Math.max(1, cells - 1);
  return { statistic: stat, df, pValue: upperGammaQ(df / 2, stat / 2) };
}
