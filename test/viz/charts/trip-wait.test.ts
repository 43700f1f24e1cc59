import { describe, expect, it } from 'vitest';
import { layout, table } from '../../../viz/src/charts/trip-wait.js';
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
