import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../../engine/kernel/index.js';

describe('Tally', () => {
  it('count, mean, variance (n-1), sd, min, max of a known series', () => {
    const t = new Tally({ keepSamples: true });
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.add(x);
    expect(t.count).toBe(8);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 12);
    expect(t.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect([t.min, t.max]).toEqual([2, 9]);
    expect(t.quantile(0.5)).toBe(4.5);
    expect(t.quantile(0)).toBe(2);
    expect(t.quantile(1)).toBe(9);
  });

  it('property: kept samples sort as a comparator sort does (-0 and +0 in insertion order), and quantiles follow', () => {
    const value = fc.oneof(fc.constantFrom(0, -0, 1, -1), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const t = new Tally({ keepSamples: true });
        for (const x of xs) t.add(x);
        const q = t.quantile(p);
        const expected = [...xs].sort((a, b) => a - b);
        const got = t.values();
        expect(got.length).toBe(expected.length);
        expect(got.every((x, i) => Object.is(x, expected[i]))).toBe(true);
        if (xs.length === 0) return;
        const h = (xs.length - 1) * p;
        const i = Math.floor(h);
        const want = i + 1 < xs.length ? expected[i] + (h - i) * (expected[i + 1] - expected[i]) : expected[i];
        expect(Object.is(q, want)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is NaN when empty, reset() forgets everything', () => {
    const t = new Tally();
    expect([t.mean, t.variance, t.min, t.max, t.quantile(0.5)].every(Number.isNaN)).toBe(true);
    t.add(3);
    t.reset();
    expect(t.count).toBe(0);
    expect(Number.isNaN(t.mean)).toBe(true);
  });

  it('Welford stays accurate with a large offset (naive sum of squares would not)', () => {
    const t = new Tally();
    for (const x of [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]) t.add(x);
    expect(t.variance).toBeCloseTo(30, 6);
  });

  it('property: mean and variance match a two-pass computation', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }), (xs) => {
        const t = new Tally();
        xs.forEach((x) => t.add(x));
        const m = xs.reduce((a, b) => a + b, 0) / xs.length;
        const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
        expect(t.mean).toBeCloseTo(m, 4);
        expect(Math.abs(t.variance - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, v));
      }),
    );
  });

  it('property: the streaming quantile is within 0.5 % of an exact quantile at a nearby rank', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const exact = new Tally({ keepSamples: true });
        const stream = new Tally();
        xs.forEach((x) => {
          exact.add(x);
          stream.add(x);
        });
        const sorted = [...xs].sort((a, b) => a - b);
        const rank = Math.floor(p * (xs.length - 1));
        const target = sorted[rank];
        const q = stream.quantile(p);
        expect(Math.abs(q - target)).toBeLessThanOrEqual(0.0051 * Math.abs(target) + 1e-12);
      }),
    );
  });

  it('rejects non-finite observations and p outside [0, 1]', () => {
    const t = new Tally();
    expect(() => t.add(NaN)).toThrow('Tally.add: x(=NaN) must be a finite number');
    expect(() => t.quantile(1.5)).toThrow('Tally.quantile: p(=1.5) must be in [0, 1]');
  });
});
