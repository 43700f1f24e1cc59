import { describe, expect, it } from 'vitest';
import {
  Bernoulli,
  Binomial,
  ContinuousEmpirical,
  DiscreteEmpirical,
  Erlang,
  Exponential,
  Gamma,
  Lognormal,
  Normal,
  Poisson,
  RandomStreams,
  Tally,
  Triangular,
  Uniform,
  Weibull,
} from '../../../engine/kernel/index.js';
import type { Distribution } from '../../../engine/kernel/index.js';

const N = 100_000;

const cases: [string, Distribution, { mean: number; variance: number }][] = [
  ['Uniform(1, 3)', new Uniform({ min: 1, max: 3 }), { mean: 2, variance: 1 / 3 }],
  ['Exponential(rate 0.5)', new Exponential({ rate: 0.5 }), { mean: 2, variance: 4 }],
  ['Exponential(mean 3)', new Exponential({ mean: 3 }), { mean: 3, variance: 9 }],
  ['Normal(10, 2)', new Normal({ mean: 10, sd: 2 }), { mean: 10, variance: 4 }],
  ['Lognormal(3 d, 1.2 d)', new Lognormal({ mean: 3, sd: 1.2 }), { mean: 3, variance: 1.44 }],
  ['Gamma(0.5, 2)', new Gamma({ shape: 0.5, scale: 2 }), { mean: 1, variance: 2 }],
  ['Gamma(3, 2)', new Gamma({ shape: 3, scale: 2 }), { mean: 6, variance: 12 }],
  ['Weibull(1, 2) = Exponential(mean 2)', new Weibull({ shape: 1, scale: 2 }), { mean: 2, variance: 4 }],
  ['Weibull(2, 1)', new Weibull({ shape: 2, scale: 1 }), { mean: Math.sqrt(Math.PI) / 2, variance: 1 - Math.PI / 4 }],
  ['Erlang(3, 0.5)', new Erlang({ k: 3, rate: 0.5 }), { mean: 6, variance: 12 }],
  ['Triangular(0, 1, 4)', new Triangular({ min: 0, mode: 1, max: 4 }), { mean: 5 / 3, variance: (0 + 1 + 16 - 0 - 0 - 4) / 18 }],
  ['Bernoulli(0.3)', new Bernoulli({ p: 0.3 }), { mean: 0.3, variance: 0.21 }],
  ['Binomial(20, 0.2) inversion', new Binomial({ n: 20, p: 0.2 }), { mean: 4, variance: 3.2 }],
  ['Binomial(1000, 0.3) BTRS', new Binomial({ n: 1000, p: 0.3 }), { mean: 300, variance: 210 }],
  ['Binomial(1000, 0.8) mirrored', new Binomial({ n: 1000, p: 0.8 }), { mean: 800, variance: 160 }],
  ['Poisson(3) inversion', new Poisson({ mean: 3 }), { mean: 3, variance: 3 }],
  ['Poisson(50) PTRS', new Poisson({ mean: 50 }), { mean: 50, variance: 50 }],
  ['DiscreteEmpirical', new DiscreteEmpirical({ values: [1, 2, 5], weights: [1, 1, 2] }), { mean: 3.25, variance: 3.1875 }],
  ['ContinuousEmpirical', new ContinuousEmpirical({ points: [{ x: 0, p: 0 }, { x: 1, p: 0.5 }, { x: 3, p: 1 }] }), { mean: 1.25, variance: 37 / 48 }],
];

describe('distributions', () => {
  it.each(cases)('%s: mean and variance match theory (also the .mean / .variance getters)', (_name, d, theory) => {
    expect(d.mean).toBeCloseTo(theory.mean, 10);
    expect(d.variance).toBeCloseTo(theory.variance, 10);
    const rng = new RandomStreams(2024, 0).stream(_name);
    const t = new Tally();
    for (let i = 0; i < N; i++) t.add(d.sample(rng));
    // Mean within 4.5 standard errors; variance within 5 % (all these have finite 4th moments).
    expect(Math.abs(t.mean - theory.mean)).toBeLessThan(4.5 * Math.sqrt(theory.variance / N));
    expect(Math.abs(t.variance - theory.variance)).toBeLessThan(0.05 * theory.variance);
  });

  it('discrete samplers return integers within their support', () => {
    const rng = new RandomStreams(1, 0).stream('support');
    const b = new Binomial({ n: 50, p: 0.6 });
    const p = new Poisson({ mean: 25 });
    for (let i = 0; i < 5000; i++) {
      const x = b.sample(rng);
      expect(Number.isInteger(x) && x >= 0 && x <= 50).toBe(true);
      const y = p.sample(rng);
      expect(Number.isInteger(y) && y >= 0).toBe(true);
    }
  });

  it('edge parameters: p = 0 and p = 1, degenerate empirical weights', () => {
    const rng = new RandomStreams(1, 0).stream('edge');
    expect(new Bernoulli({ p: 0 }).sample(rng)).toBe(0);
    expect(new Bernoulli({ p: 1 }).sample(rng)).toBe(1);
    expect(new Binomial({ n: 7, p: 1 }).sample(rng)).toBe(7);
    expect(new Binomial({ n: 7, p: 0 }).sample(rng)).toBe(0);
    expect(new DiscreteEmpirical({ values: [4, 9], weights: [0, 1] }).sample(rng)).toBe(9);
  });

  it('the same stream state gives the same samples (distributions keep no random state)', () => {
    const d = new Gamma({ shape: 0.7, scale: 3 });
    const a = new RandomStreams(5, 1).stream('g');
    const b = new RandomStreams(5, 1).stream('g');
    expect(Array.from({ length: 50 }, () => d.sample(a))).toEqual(Array.from({ length: 50 }, () => d.sample(b)));
  });
});
