// The Student-t distribution: what turns the spread of a handful of replications into a
// confidence interval for a ward KPI. With 10 replications the 95 % interval is mean ± 2.262·sd/√10,
// not ± 1.96·sd/√10; using the normal value would claim more certainty than the runs give.
import { logGamma } from '../kernel/index.js';
import { normalQuantile, regularizedIncompleteBeta } from './_internals/special-functions.js';

function checkDf(api: string, df: number): void {
  if (!(df > 0)) throw new RangeError(`${api}: df(=${df}) must be > 0`);
}

/**
 * Upper-tail probability P(T > t) for t ≥ 0, computed directly (not as 1 − CDF) so that tail
 * quantiles such as 0.9995 keep their precision.
 */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  // Both df / (df + t²) and its complement t² / (df + t²) are formed directly: near t = 0 the
  // first rounds towards 1, and 1 − x would lose the digits the tail needs.
  return 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

function density(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Cumulative distribution function of Student's t with `df` degrees of freedom.
 * @param t - the quantile (any real; ±Infinity allowed)
 * @param df - degrees of freedom, finite and > 0
 * @returns P(T ≤ t)
 */
export function studentTCdf(t: number, df: number): number {
  checkDf('studentTCdf', df);
  if (!Number.isFinite(df)) throw new RangeError(`studentTCdf: df(=${df}) must be finite`);
  if (Number.isNaN(t)) throw new RangeError(`studentTCdf: t(=${t}) must be a number`);
  const tail = upperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Above this many degrees of freedom the log-gamma differences inside the incomplete beta lose
 * digits (they cancel terms of size df·ln df), while the Cornish-Fisher series below is exact to
 * well under 1e-15.
 */
const LARGE_DF = 1e4;

/** Cornish-Fisher expansion of the t quantile around the normal quantile z (terms to df⁻⁴). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * Quantile (inverse CDF) of Student's t: the t with P(T ≤ t) = p.
 *
 * Closed forms for df = 1 and 2, the Cornish-Fisher series for df ≥ 10⁴; otherwise a Newton iteration on the upper tail, safeguarded by
 * bisection inside a bracket, to about 1e-12 relative. Table values it reproduces:
 * `studentTQuantile(0.975, 9) = 2.2622`, `studentTQuantile(0.975, 1) = 12.706`.
 *
 * @param p - probability, 0 < p < 1
 * @param df - degrees of freedom, > 0 (need not be an integer; Infinity gives the normal quantile)
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p(=${p}) must be in (0, 1)`);
  checkDf('studentTQuantile', df);
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  if (df >= LARGE_DF) return cornishFisher(normalQuantile(p), df);
  const q = Math.min(p, 1 - p); // solve the upper tail P(T > t) = q for t > 0
  let lo = 0;
  let hi = 1;
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) break;
  }
  // Start near the normal quantile when it lies in the bracket; it is close for moderate df.
  let t = Math.min(Math.max(-normalQuantile(q), lo), hi);
  if (t <= lo || t >= hi) t = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const f = upperTail(t, df) - q;
    if (f === 0) break; // t is the root to the last bit
    if (f > 0) lo = t;
    else hi = t;
    let next = t + f / density(t, df); // d(upperTail)/dt = −density
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    // Relative stop, so that quantiles near the centre (t ~ 1e-10) keep their digits too.
    if (Math.abs(next - t) <= 4 * Number.EPSILON * Math.abs(next)) {
      t = next;
      break;
    }
    t = next;
  }
  return p < 0.5 ? -t : t;
}
