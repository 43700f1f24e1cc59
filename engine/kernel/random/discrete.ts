/**
 * Counting distributions: Bernoulli (does this mother need a breast-milk bag today?), binomial
 * (how many of n newborns go to NICU) and Poisson (how many nappies in an hour). Large means use
 * Hörmann's transformed-rejection samplers (BTRS, PTRS; 1993), small ones exact inversion.
 */
import { integerAtLeast, options, positive, probability } from '../_internals/check.js';
import { logGamma } from '../_internals/special-functions.js';
import type { Distribution, UniformSource } from './distribution.js';

/** 1 with probability p, else 0. */
export class Bernoulli implements Distribution {
  readonly p: number;
  constructor(o: { p: number }) {
    options('Bernoulli', o);
    this.p = probability('Bernoulli', 'p', o.p);
  }
  sample(rng: UniformSource): number {
    return rng.next() < this.p ? 1 : 0;
  }
  get mean(): number {
    return this.p;
  }
  get variance(): number {
    return this.p * (1 - this.p);
  }
}

/** Number of successes in n independent trials of probability p. */
export class Binomial implements Distribution {
  readonly n: number;
  readonly p: number;
  constructor(o: { n: number; p: number }) {
    options('Binomial', o);
    this.n = integerAtLeast('Binomial', 'n', o.n, 0);
    this.p = probability('Binomial', 'p', o.p);
  }
  sample(rng: UniformSource): number {
    const { n, p } = this;
    if (p <= 0.5) return sampleBinomialSmallP(rng, n, p);
    return n - sampleBinomialSmallP(rng, n, 1 - p);
  }
  get mean(): number {
    return this.n * this.p;
  }
  get variance(): number {
    return this.n * this.p * (1 - this.p);
  }
}

function sampleBinomialSmallP(rng: UniformSource, n: number, p: number): number {
  if (n === 0 || p === 0) return 0;
  const q = 1 - p;
  if (n * p < 10) {
    // Inversion by sequential search from 0: expected np + 1 steps.
    let k = 0;
    let pk = Math.pow(q, n);
    let cdf = pk;
    const u = rng.next();
    const ratio = p / q;
    while (u >= cdf && k < n) {
      pk *= ((n - k) / (k + 1)) * ratio;
      k++;
      cdf += pk;
    }
    return k;
  }
  // BTRS (Hörmann 1993).
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logGamma(m + 1) + logGamma(n - m + 1);
  for (;;) {
    const u = rng.next() - 0.5;
    let v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logGamma(k + 1) - logGamma(n - k + 1) + (k - m) * lpq) return k;
  }
}

/** Poisson with the given mean (> 0). */
export class Poisson implements Distribution {
  readonly mean: number;
  constructor(o: { mean: number }) {
    options('Poisson', o);
    this.mean = positive('Poisson', 'mean', o.mean);
  }
  sample(rng: UniformSource): number {
    return samplePoisson(rng, this.mean);
  }
  get variance(): number {
    return this.mean;
  }
}

/** A Poisson draw with mean `lambda` (> 0). */
export function samplePoisson(rng: UniformSource, lambda: number): number {
  if (lambda < 10) {
    // Inversion by sequential search.
    let k = 0;
    let pk = Math.exp(-lambda);
    let cdf = pk;
    const u = rng.next();
    while (u >= cdf && k < 1000) {
      k++;
      pk *= lambda / k;
      cdf += pk;
    }
    return k;
  }
  // PTRS (Hörmann 1993).
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = 1 - rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logGamma(k + 1)) return k;
  }
}

