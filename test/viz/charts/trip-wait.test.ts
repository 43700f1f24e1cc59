import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binWaits, layout, table } from '../../../viz/src/charts/trip-wait.js';
import type { TripWaitData } from '../../../viz/src/charts/trip-wait.js';

const data: TripWaitData = { binEdgesMin: [0, 1, 2, 3, 4], counts: [50, 30, 15, 5], p50Min: 1, p95Min: 3 };

describe('trip-wait layout()', () => {
  const l = layout(data, { width: 400, margin: { top: 0, right: 0, bottom: 0, left: 0 }, height: 200 });

  it('puts the p50 and p95 markers at x(p50) and x(p95)', () => {
    expect(l.markers.map((m) => m.label)).toEqual(['p50', 'p95']);
    expect(l.markers[0].x).toBe(l.x(1));
    expect(l.markers[1].x).toBe(l.x(3));
    expect(l.markers[0].x).toBe(100);
    expect(l.markers[1].x).toBe(300);
  });

  it('draws one bar per bin, the tallest reaching the top of the count scale', () => {
    expect(l.bars).toHaveLength(4);
    expect(l.y.domain()).toEqual([0, 50]);
    expect(l.bars[0].y).toBe(0);
    expect(l.bars[0].height).toBe(200);
  });

  it('CDF starts at 0, ends at 1 and never falls', () => {
    expect(l.cdf.map((p) => p.share)).toEqual([0, 0.5, 0.8, 0.95, 1]);
    expect(l.cdf[4].y).toBe(0);
  });

  it('widens x to show a p95 beyond the last edge', () => {
    expect(layout({ ...data, p95Min: 6 }).x.domain()).toEqual([0, 6]);
  });

  it('rejects edges that do not bracket the counts', () => {
    expect(() => layout({ ...data, binEdgesMin: [0, 1] })).toThrow(/trip-wait: binEdgesMin must have counts.length \+ 1 \(=5\) entries \(got 2\)/);
    expect(() => layout({ ...data, binEdgesMin: [0, 2, 1, 3, 4] })).toThrow(/strictly ascending/);
  });

  it('table() has a row per bin', () => {
    expect(table(data).rows[1]).toEqual([1, 2, 30]);
  });
});

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
