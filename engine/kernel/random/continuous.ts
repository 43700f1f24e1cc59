/**
 * Continuous distributions for durations and amounts: uniform, exponential, normal, lognormal
 * (parameterised by the mean and sd of the variable itself, as stay lengths are published) and
 * triangular (minimum, most likely, maximum: what a ward manager can estimate). Each checks its
 * parameters in the constructor and knows its mean and variance.
 */
import { fail, finite, options, positive } from '../_internals/check.js';
import type { Distribution, UniformSource } from './distribution.js';
import { standardExponential } from './standard-exponential.js';
import { standardNormal } from './standard-normal.js';

/** Uniform on [min, max); requires min < max. */
export class Uniform implements Distribution {
  readonly min: number;
  readonly max: number;
  constructor(o: { min: number; max: number }) {
    options('Uniform', o);
    this.min = finite('Uniform', 'min', o.min);
    this.max = finite('Uniform', 'max', o.max);
    if (!(this.max > this.min)) fail('Uniform', 'max', this.max, `must be > min(=${this.min})`);
  }
  sample(rng: UniformSource): number {
    return this.min + (this.max - this.min) * rng.next();
  }
  get mean(): number {
    return (this.min + this.max) / 2;
  }
  get variance(): number {
    return (this.max - this.min) ** 2 / 12;
  }
}

/** Exponential by `rate` (per minute) or by `mean` (minutes); exactly one of them, > 0. */
export class Exponential implements Distribution {
  readonly rate: number;
  constructor(o: { rate: number } | { mean: number }) {
    options('Exponential', o);
    const hasRate = 'rate' in o;
    const hasMean = 'mean' in o;
    if (hasRate === hasMean) fail('Exponential', 'options', o, 'must give exactly one of rate or mean');
    this.rate = hasRate ? positive('Exponential', 'rate', o.rate) : 1 / positive('Exponential', 'mean', o.mean);
  }
  sample(rng: UniformSource): number {
    return standardExponential(rng) / this.rate;
  }
  get mean(): number {
    return 1 / this.rate;
  }
  get variance(): number {
    return 1 / (this.rate * this.rate);
  }
}

/** Normal by mean and sd (sd > 0). */
export class Normal implements Distribution {
  readonly mean: number;
  readonly sd: number;
  constructor(o: { mean: number; sd: number }) {
    options('Normal', o);
    this.mean = finite('Normal', 'mean', o.mean);
    this.sd = positive('Normal', 'sd', o.sd);
  }
  sample(rng: UniformSource): number {
    return this.mean + this.sd * standardNormal(rng);
  }
  get variance(): number {
    return this.sd * this.sd;
  }
}

/** Lognormal by the mean and sd of the variable itself (both > 0), e.g. a stay of 3 ± 1.2 days. */
export class Lognormal implements Distribution {
  readonly mean: number;
  readonly sd: number;
  /** Mean of the underlying normal (log scale). */
  readonly mu: number;
  /** Sd of the underlying normal (log scale). */
  readonly sigma: number;
  constructor(o: { mean: number; sd: number }) {
    options('Lognormal', o);
    this.mean = positive('Lognormal', 'mean', o.mean);
    this.sd = positive('Lognormal', 'sd', o.sd);
    const s2 = Math.log(1 + (this.sd * this.sd) / (this.mean * this.mean));
    this.sigma = Math.sqrt(s2);
    this.mu = Math.log(this.mean) - s2 / 2;
  }
  sample(rng: UniformSource): number {
    return Math.exp(this.mu + this.sigma * standardNormal(rng));
  }
  get variance(): number {
    return this.sd * this.sd;
  }
}

/** Triangular by min, mode and max (min <= mode <= max, min < max). */
export class Triangular implements Distribution {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  constructor(o: { min: number; mode: number; max: number }) {
    options('Triangular', o);
    this.min = finite('Triangular', 'min', o.min);
    this.mode = finite('Triangular', 'mode', o.mode);
    this.max = finite('Triangular', 'max', o.max);
    if (!(this.max > this.min)) fail('Triangular', 'max', this.max, `must be > min(=${this.min})`);
    if (this.mode < this.min || this.mode > this.max) fail('Triangular', 'mode', this.mode, `must be in [min(=${this.min}), max(=${this.max})]`);
  }
  sample(rng: UniformSource): number {
    const { min: a, mode: c, max: b } = this;
    const u = rng.next();
    const f = (c - a) / (b - a);
    return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }
  get mean(): number {
    return (this.min + this.mode + this.max) / 3;
  }
  get variance(): number {
    const { min: a, mode: c, max: b } = this;
    return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
  }
}
