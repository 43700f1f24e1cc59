import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binWaits } from '../../../viz/src/charts/trip-wait-bins.js';

describe('binWaits()', () => {
  it('counts every sample once and gives the sample median and p95', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0.1, max: 5, noNaN: true }), (waits, width) => {
        const b = binWaits(waits, width);
        expect(b.counts.reduce((a, c) => a + c, 0)).toBe(waits.length);
        expect(b.binEdgesMin[0]).toBe(0);
        expect(b.binEdgesMin[b.binEdgesMin.length - 1]).toBeGreaterThanOrEqual(Math.max(...waits));
        expect(b.p50Min).toBeLessThanOrEqual(b.p95Min);
      }),
    );
  });

  it('counts a sample whose bin top rounds to just below it (found by the property above)', () => {
    const b = binWaits([59.999999999999865], 4.9999999999999885);
    expect(b.counts.reduce((a, c) => a + c, 0)).toBe(1);
    expect(b.binEdgesMin[b.binEdgesMin.length - 1]).toBeGreaterThanOrEqual(59.999999999999865);
  });

  it('matches hand counts on a small sample', () => {
    const b = binWaits([0, 0.5, 1.2, 1.9, 3.5], 1);
    expect(b.binEdgesMin).toEqual([0, 1, 2, 3, 4]);
    expect(b.counts).toEqual([2, 2, 0, 1]);
    expect(b.p50Min).toBe(1.2);
  });

  it('rejects an empty sample or a non-positive bin width', () => {
    expect(() => binWaits([], 1)).toThrow(/binWaits: waitsMin must be one or more finite numbers >= 0/);
    expect(() => binWaits([1], 0)).toThrow(/binWidthMin\(=0\) must be > 0/);
  });
});
