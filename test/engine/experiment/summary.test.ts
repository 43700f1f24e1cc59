import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { halfWidth, summarise } from '../../../engine/experiment/summary.js';
import { normalQuantile } from '../../../engine/experiment/_internals/special-functions.js';

describe('summarise', () => {
  it('summarise() gives mean, sample sd and the t interval on known data', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7.
    const s = summarise([2, 4, 4, 4, 5, 5, 7, 9]);
    const sd = Math.sqrt(32 / 7);
    const half = 2.3646242515927844 * (sd / Math.sqrt(8));
    expect(s.n).toBe(8);
    expect(s.mean).toBeCloseTo(5, 14);
    expect(s.sd).toBeCloseTo(sd, 14);
    expect(s.ci95![0]).toBeCloseTo(5 - half, 12);
    expect(s.ci95![1]).toBeCloseTo(5 + half, 12);
    expect(halfWidth(s)).toBeCloseTo(half, 12);
  });

  it('summarise() of one value has sd 0 and no interval', () => {
    expect(summarise([42])).toEqual({ mean: 42, sd: 0, ci95: null, n: 1 });
    expect(halfWidth(summarise([42]))).toBe(Infinity);
  });

  it('summarise() of equal values has a zero-width interval at the value', () => {
    expect(summarise([3, 3, 3])).toEqual({ mean: 3, sd: 0, ci95: [3, 3], n: 3 });
  });

  it('summarise() keeps digits for large, nearly equal values', () => {
    const s = summarise([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(s.mean).toBe(1e9 + 10);
    expect(s.sd).toBeCloseTo(Math.sqrt(90 / 3), 9);
  });

  it.each([
    [[], 'summarise: values must hold at least 1 number'],
    [[1, Number.NaN], 'summarise: values[1](=NaN) must be a finite number'],
    [[Infinity], 'summarise: values[0](=Infinity) must be a finite number'],
  ])('summarise(%j) rejects bad input', (values, message) => {
    expect(() => summarise(values)).toThrow(message);
  });

  it('summarise() interval always contains the mean and sd is never negative', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }), (xs) => {
        const s = summarise(xs);
        expect(s.sd).toBeGreaterThanOrEqual(0);
        expect(s.ci95![0]).toBeLessThanOrEqual(s.mean);
        expect(s.ci95![1]).toBeGreaterThanOrEqual(s.mean);
      }),
    );
  });

  it('summarise() 95 % intervals from normal samples cover the true mean about 95 % of the time', () => {
    // 4,000 seeded experiments of n = 5 (where a normal-quantile interval would only cover
    // ~88 %): coverage must sit within 3 binomial standard errors of 0.95.
    const rng = seedrandom.alea('ci-coverage');
    const normal = (): number => normalQuantile(Math.min(Math.max(rng(), 1e-12), 1 - 1e-12));
    const trials = 4000;
    const trueMean = 10;
    let covered = 0;
    for (let k = 0; k < trials; k++) {
      const xs = Array.from({ length: 5 }, () => trueMean + 3 * normal());
      const [lo, hi] = summarise(xs).ci95!;
      if (lo <= trueMean && trueMean <= hi) covered++;
    }
    const rate = covered / trials;
    const se = Math.sqrt((0.95 * 0.05) / trials);
    expect(Math.abs(rate - 0.95)).toBeLessThan(3 * se);
  });
});
