/**
 * Empirical distributions taken straight from ward data: a discrete table of values with
 * weights (items per trip as logged by the cabinets) and a continuous one given by points of
 * the cumulative distribution, linear in between (dispense times read off a histogram).
 */
import { arrayOfAtLeast, fail, finite, nonNegative, options } from '../_internals/check.js';
import type { Distribution, UniformSource } from './distribution.js';

/** Index of the first cumulative value > u (binary search). */
function search(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One of `values`, chosen with probability proportional to `weights` (>= 0, sum > 0). */
export class DiscreteEmpirical implements Distribution {
  readonly values: readonly number[];
  readonly weights: readonly number[];
  private readonly cumulative: Float64Array;
  constructor(o: { values: readonly number[]; weights: readonly number[] }) {
    const api = 'DiscreteEmpirical';
    options(api, o);
    if (!Array.isArray(o.values) || o.values.length === 0) fail(api, 'values', o.values, 'must be a non-empty array');
    if (!Array.isArray(o.weights) || o.weights.length !== o.values.length) {
      fail(api, 'weights', o.weights, `must be an array of the same length as values (${o.values.length})`);
    }
    o.values.forEach((v, i) => finite(api, `values[${i}]`, v));
    let total = 0;
    o.weights.forEach((w, i) => {
      nonNegative(api, `weights[${i}]`, w);
      total += w;
    });
    if (!(total > 0)) fail(api, 'weights', o.weights, 'must sum to > 0');
    this.values = o.values.slice();
    this.weights = o.weights.map((w) => w / total);
    this.cumulative = new Float64Array(this.values.length);
    let acc = 0;
    this.weights.forEach((w, i) => (this.cumulative[i] = acc += w));
    this.cumulative[this.cumulative.length - 1] = Infinity; // rounding never falls off the end
  }
  sample(rng: UniformSource): number {
    return this.values[search(this.cumulative, rng.next())];
  }
  get mean(): number {
    return this.values.reduce((s, v, i) => s + v * this.weights[i], 0);
  }
  get variance(): number {
    const m = this.mean;
    return this.values.reduce((s, v, i) => s + (v - m) ** 2 * this.weights[i], 0);
  }
}

/** A point of a continuous empirical CDF: P(X <= x) = p. */
export interface CdfPoint {
  readonly x: number;
  readonly p: number;
}

/**
 * Piecewise-linear CDF through `points` (x strictly increasing, p non-decreasing, first p = 0,
 * last p = 1): uniform within each segment.
 */
export class ContinuousEmpirical implements Distribution {
  readonly points: readonly CdfPoint[];
  private readonly ps: Float64Array;
  constructor(o: { points: readonly CdfPoint[] }) {
    const api = 'ContinuousEmpirical';
    options(api, o);
    const pts: readonly CdfPoint[] = o.points;
    arrayOfAtLeast(api, 'points', pts, 2);
    pts.forEach((pt, i) => {
      finite(api, `points[${i}].x`, pt?.x);
      finite(api, `points[${i}].p`, pt?.p);
      if (pt.p < 0 || pt.p > 1) fail(api, `points[${i}].p`, pt.p, 'must be in [0, 1]');
      if (i > 0 && !(pt.x > pts[i - 1].x)) fail(api, `points[${i}].x`, pt.x, `must be > points[${i - 1}].x(=${pts[i - 1].x})`);
      if (i > 0 && pt.p < pts[i - 1].p) fail(api, `points[${i}].p`, pt.p, `must be >= points[${i - 1}].p(=${pts[i - 1].p})`);
    });
    if (pts[0].p !== 0) fail(api, 'points[0].p', pts[0].p, 'must be 0');
    if (pts[pts.length - 1].p !== 1) fail(api, `points[${pts.length - 1}].p`, pts[pts.length - 1].p, 'must be 1');
    this.points = pts.map((pt) => ({ x: pt.x, p: pt.p }));
    this.ps = Float64Array.from(pts, (pt) => pt.p);
  }
  sample(rng: UniformSource): number {
    const u = rng.next();
    const i = Math.max(1, search(this.ps, u)); // first point with p > u
    const a = this.points[i - 1];
    const b = this.points[i];
    return b.p > a.p ? a.x + ((u - a.p) / (b.p - a.p)) * (b.x - a.x) : a.x;
  }
  get mean(): number {
    let m = 0;
    for (let i = 1; i < this.points.length; i++) {
      const a = this.points[i - 1];
      const b = this.points[i];
      m += (b.p - a.p) * ((a.x + b.x) / 2);
    }
    return m;
  }
  get variance(): number {
    let m2 = 0;
    for (let i = 1; i < this.points.length; i++) {
      const a = this.points[i - 1];
      const b = this.points[i];
      m2 += ((b.p - a.p) * (a.x * a.x + a.x * b.x + b.x * b.x)) / 3;
    }
    return m2 - this.mean ** 2;
  }
}
