/**
 * Sobol variance-based indices with Saltelli sampling: two independent sample matrices A and B
 * of N rows on the unit hypercube and, for each factor i, the matrix AB_i (A with column i from
 * B). The first-order index S1_i (the share of output variance factor i explains alone) uses
 * the estimator of Saltelli et al. 2010, mean(f(B) (f(AB_i) − f(A))) / V; the total index ST_i
 * (its share with every interaction) uses Jansen's, mean((f(A) − f(AB_i))²) / 2V, as SALib
 * does. V is the variance of f over A and B together. 95 % intervals come from a bootstrap
 * over the N rows. A and B are the first k and the last k coordinates of a 2k-dimensional
 * Sobol sequence (sobol-sequence.ts), after skipping the first 2^m ≥ max(N, 16) points as
 * SALib's saltelli.sample does (Owen 2020: skip a power of two, and take N a power of two for
 * the sequence's balance), so the error falls nearly as 1/N instead of 1/√N for smooth outputs.
 * The design is the same for every seed; the seed drives the bootstrap and the simulation.
 * Layout (as SALib without second order): base row j occupies rows j (k + 2) .. j (k + 2) + k + 1
 * as A_j, AB_1j .. AB_kj, B_j.
 */
import { SOBOL_MAX_DIMENSIONS, SobolSequence } from './sobol-sequence.js';
import { quantile, randomIndex } from './unit-random.js';
import type { UnitRandom } from './unit-random.js';

/** A Saltelli design on the unit hypercube. */
export interface SaltelliDesign {
  readonly k: number;
  /** Base rows N. */
  readonly n: number;
  /** N × (k + 2) points. */
  readonly points: readonly (readonly number[])[];
}

/** One factor's Sobol indices with 95 % bootstrap intervals. */
export interface SobolIndex {
  readonly s1: number;
  readonly s1Ci95: [number, number];
  readonly st: number;
  readonly stCi95: [number, number];
}

/** Most factors a design takes (two Sobol dimensions each). */
export const SALTELLI_MAX_FACTORS = Math.floor(SOBOL_MAX_DIMENSIONS / 2);

/** Points of the Sobol sequence a design of `n` base rows skips: the power of two ≥ max(n, 16). */
export function saltelliSkip(n: number): number {
  let skip = 16;
  while (skip < n) skip *= 2;
  return skip;
}

/**
 * Builds a Saltelli design on a Sobol sequence (see the module header).
 * @param k - factors, 1 .. {@link SALTELLI_MAX_FACTORS}
 * @param n - base rows, ≥ 2 (best a power of two)
 */
export function saltelliDesign(k: number, n: number): SaltelliDesign {
  if (!Number.isInteger(k) || k < 1 || k > SALTELLI_MAX_FACTORS) throw new RangeError(`saltelliDesign: k(=${k}) must be an integer in 1..${SALTELLI_MAX_FACTORS}`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`saltelliDesign: n(=${n}) must be an integer >= 2`);
  const sequence = new SobolSequence(2 * k);
  sequence.skip(saltelliSkip(n));
  const points: number[][] = [];
  for (let j = 0; j < n; j++) {
    const base = sequence.next();
    const a = base.slice(0, k);
    const b = base.slice(k);
    points.push(a);
    for (let i = 0; i < k; i++) points.push(a.map((v, c) => (c === i ? b[i] : v)));
    points.push(b);
  }
  return { k, n, points };
}

interface Columns {
  readonly fa: Float64Array;
  readonly fb: Float64Array;
  readonly fab: Float64Array[];
}

function columns(design: SaltelliDesign, outputs: readonly number[]): Columns {
  const { k, n } = design;
  const fa = new Float64Array(n);
  const fb = new Float64Array(n);
  const fab = Array.from({ length: k }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    const base = j * (k + 2);
    fa[j] = outputs[base];
    for (let i = 0; i < k; i++) fab[i][j] = outputs[base + 1 + i];
    fb[j] = outputs[base + k + 1];
  }
  return { fa, fb, fab };
}

function estimate(c: Columns, i: number, rows: Int32Array): { s1: number; st: number } {
  const n = rows.length;
  let sum = 0;
  let sumSq = 0;
  let first = 0;
  let total = 0;
  for (let r = 0; r < n; r++) {
    const j = rows[r];
    const a = c.fa[j];
    const b = c.fb[j];
    const ab = c.fab[i][j];
    sum += a + b;
    sumSq += a * a + b * b;
    first += b * (ab - a);
    total += (a - ab) ** 2;
  }
  const m = sum / (2 * n);
  const v = sumSq / (2 * n) - m * m;
  if (!(v > 0)) return { s1: 0, st: 0 };
  return { s1: first / n / v, st: total / (2 * n) / v };
}

/**
 * Sobol indices of every factor.
 * @param design - from {@link saltelliDesign}
 * @param outputs - the output at each design point, in design order
 * @param random - seeded source for the bootstrap
 * @param resamples - bootstrap resamples; default 1000
 */
export function sobolIndices(design: SaltelliDesign, outputs: readonly number[], random: UnitRandom, resamples = 1000): SobolIndex[] {
  if (outputs.length !== design.points.length) throw new RangeError(`sobolIndices: outputs.length(=${outputs.length}) must equal the design's ${design.points.length} points`);
  const c = columns(design, outputs);
  const all = Int32Array.from({ length: design.n }, (_, j) => j);
  const samples = Array.from({ length: resamples }, () => Int32Array.from({ length: design.n }, () => randomIndex(random, design.n)));
  return Array.from({ length: design.k }, (_, i) => {
    const point = estimate(c, i, all);
    const boot = samples.map((rows) => estimate(c, i, rows));
    const s1s = boot.map((b) => b.s1);
    const sts = boot.map((b) => b.st);
    return { s1: point.s1, s1Ci95: [quantile(s1s, 0.025), quantile(s1s, 0.975)], st: point.st, stCi95: [quantile(sts, 0.025), quantile(sts, 0.975)] };
  });
}
