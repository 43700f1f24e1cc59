/**
 * Shape–scale distributions for skewed durations: gamma, Weibull (time to failure of a jammed
 * lane, for instance) and Erlang (a sum of k exponential phases, e.g. a multi-step handover).
 */
import { integerAtLeast, options, positive } from '../_internals/check.js';
import { gammaFunction } from '../_internals/special-functions.js';
import { standardExponential } from './standard-exponential.js';
import { standardNormal } from './standard-normal.js';
import type { Distribution, UniformSource } from './distribution.js';

/** Gamma(shape k, scale θ) by Marsaglia–Tsang (2000); mean kθ, variance kθ². */
export class Gamma implements Distribution {
  readonly shape: number;
  readonly scale: number;
  constructor(o: { shape: number; scale: number }) {
    options('Gamma', o);
    this.shape = positive('Gamma', 'shape', o.shape);
    this.scale = positive('Gamma', 'scale', o.scale);
  }
  sample(rng: UniformSource): number {
    return sampleGamma(rng, this.shape) * this.scale;
  }
  get mean(): number {
    return this.shape * this.scale;
  }
  get variance(): number {
    return this.shape * this.scale * this.scale;
  }
}

/** A standard Gamma(shape, 1) draw. */
export function sampleGamma(rng: UniformSource, shape: number): number {
  if (shape < 1) {
    // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
    const u = 1 - rng.next();
    return sampleGamma(rng, shape + 1) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Weibull(shape k, scale λ) by inversion; mean λΓ(1 + 1/k). */
export class Weibull implements Distribution {
  readonly shape: number;
  readonly scale: number;
  constructor(o: { shape: number; scale: number }) {
    options('Weibull', o);
    this.shape = positive('Weibull', 'shape', o.shape);
    this.scale = positive('Weibull', 'scale', o.scale);
  }
  sample(rng: UniformSource): number {
    return this.scale * Math.pow(standardExponential(rng), 1 / this.shape);
  }
  get mean(): number {
    return this.scale * gammaFunction(1 + 1 / this.shape);
  }
  get variance(): number {
    const g1 = gammaFunction(1 + 1 / this.shape);
    return this.scale * this.scale * (gammaFunction(1 + 2 / this.shape) - g1 * g1);
  }
}

/** Erlang(k phases, rate per phase per minute): sum of k exponentials; mean k/rate. */
export class Erlang implements Distribution {
  readonly k: number;
  readonly rate: number;
  constructor(o: { k: number; rate: number }) {
    options('Erlang', o);
    this.k = integerAtLeast('Erlang', 'k', o.k, 1);
    this.rate = positive('Erlang', 'rate', o.rate);
  }
  sample(rng: UniformSource): number {
    // Sum of logs rather than log of a product, which underflows for large k.
    let s = 0;
    for (let i = 0; i < this.k; i++) s += standardExponential(rng);
    return s / this.rate;
  }
  get mean(): number {
    return this.k / this.rate;
  }
  get variance(): number {
    return this.k / (this.rate * this.rate);
  }
}
