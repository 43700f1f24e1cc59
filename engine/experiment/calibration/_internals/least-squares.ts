/**
 * Least squares for the calibration's small linear models (a handful of unknowns): the normal
 * equations solved by Gauss-Jordan elimination with partial pivoting, and standard errors
 * from the sandwich (heteroscedasticity-robust, clustered by a group id when given), so an
 * interval does not rest on equal, independent errors that cabinet logs do not have.
 */

/** One observation: its regressors, its response and the group it belongs to (a patient). */
export interface Observation {
  readonly x: readonly number[];
  readonly y: number;
  /** Observations of one group may be correlated; default each its own group. */
  readonly group?: string;
  /** Weight (inverse variance up to a factor); default 1. */
  readonly weight?: number;
}

/** A fitted linear model. */
export interface LinearFit {
  /** Coefficients, one per regressor (NaN where the data do not identify it). */
  readonly coef: number[];
  /** Robust standard errors, one per coefficient (NaN where unidentified). */
  readonly se: number[];
  /** Weighted residuals (y - x.coef, times sqrt(weight)), one per observation. */
  readonly residuals: number[];
  /** Observations and independent groups. */
  readonly n: number;
  readonly groups: number;
}

/** Inverse of a symmetric positive semi-definite matrix; rows with no pivot come back NaN. */
export function invert(a: readonly (readonly number[])[]): number[][] {
  const p = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  const singular = new Set<number>();
  const scale = Math.max(1e-300, ...a.map((row, i) => Math.abs(row[i])));
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) <= scale * 1e-12) {
      singular.add(col);
      continue;
    }
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const d = m[col][col];
    for (let j = 0; j < 2 * p; j++) m[col][j] /= d;
    for (let r = 0; r < p; r++) {
      if (r === col || m[r][col] === 0) continue;
      const f = m[r][col];
      for (let j = 0; j < 2 * p; j++) m[r][j] -= f * m[col][j];
    }
  }
  return m.map((row, i) => row.slice(p).map((v, j) => (singular.has(i) || singular.has(j) ? Number.NaN : v)));
}

/**
 * Weighted least squares with cluster-robust standard errors (CR1: the sandwich times
 * G/(G-1) for G groups).
 * @param obs observations, each with `p` regressors
 * @param p number of regressors
 */
export function leastSquares(obs: readonly Observation[], p: number): LinearFit {
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (const o of obs) {
    const w = o.weight ?? 1;
    for (let i = 0; i < p; i++) {
      if (o.x[i] === 0) continue;
      xty[i] += w * o.x[i] * o.y;
      for (let j = 0; j < p; j++) xtx[i][j] += w * o.x[i] * o.x[j];
    }
  }
  const inv = invert(xtx);
  const coef = inv.map((row) => row.reduce((a, v, j) => a + (Number.isNaN(v) ? 0 : v * xty[j]), 0));
  for (let i = 0; i < p; i++) if (Number.isNaN(inv[i][i])) coef[i] = Number.NaN;
  const scores = new Map<string, number[]>();
  const residuals: number[] = [];
  obs.forEach((o, k) => {
    const w = o.weight ?? 1;
    let fit = 0;
    for (let i = 0; i < p; i++) if (o.x[i] !== 0 && !Number.isNaN(coef[i])) fit += o.x[i] * coef[i];
    const e = o.y - fit;
    residuals.push(e * Math.sqrt(w));
    const g = o.group ?? `#${k}`;
    let s = scores.get(g);
    if (s === undefined) scores.set(g, (s = new Array<number>(p).fill(0)));
    for (let i = 0; i < p; i++) s[i] += w * o.x[i] * e;
  });
  const meat = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const s of scores.values()) for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) meat[i][j] += s[i] * s[j];
  const groups = scores.size;
  const factor = groups > 1 ? groups / (groups - 1) : Number.NaN;
  const at = (i: number, j: number): number => (Number.isNaN(inv[i][j]) ? 0 : inv[i][j]);
  const se = coef.map((c, i) => {
    if (Number.isNaN(c)) return Number.NaN;
    let v = 0;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) v += at(i, a) * meat[a][b] * at(b, i);
    return Math.sqrt(Math.max(0, v * factor));
  });
  return { coef, se, residuals, n: obs.length, groups };
}
