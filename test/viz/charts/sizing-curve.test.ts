import { describe, expect, it } from 'vitest';
import { layout, table } from '../../../viz/src/charts/sizing-curve.js';
import { sizingFixture } from '../../../viz/src/gallery/fixtures.js';

describe('sizing-curve layout()', () => {
  const data = sizingFixture();
  const l = layout(data);

  it('x covers the deliveries tried and the hospital; y starts at 0 cabinets', () => {
    expect(l.x.domain()[0]).toBeLessThanOrEqual(1500);
    expect(l.x.domain()[1]).toBeGreaterThanOrEqual(20000);
    expect(l.y.domain()).toEqual([0, 8]);
    expect(l.hospitalX).toBe(l.x(6800));
  });

  it('has one point per (target, volume), carrying its run id when given', () => {
    expect(l.points).toHaveLength(16);
    const p = l.points.find((d) => d.detail.target.startsWith('p95 wait ≤ 2') && d.detail.deliveries === 9000)!;
    expect(p.detail).toEqual({ target: 'p95 wait ≤ 2 min, fill ≥ 99 %', deliveries: 9000, cabinets: 4, runId: 'run-9000' });
    expect([p.x, p.y]).toEqual([l.x(9000), l.y(4)]);
    expect(l.points[0].detail.runId).toBeUndefined();
  });

  it('rejects curves of unequal length and run ids that do not match', () => {
    expect(() => layout({ curves: [{ target: 't', deliveries: [1, 2], cabinets: [1] }] })).toThrow(/sizing-curve: curves\[0\] deliveries and cabinets must be non-empty and of equal length/);
    expect(() => layout({ curves: [{ target: 't', deliveries: [1], cabinets: [1], runIds: [] }] })).toThrow(/runIds must have one id per point/);
  });

  it('table() leaves runId empty where none', () => {
    expect(table(data).rows[0]).toEqual(['p95 wait ≤ 5 min', 1500, 1, '']);
  });
});
