import { describe, expect, it } from 'vitest';
import { layout, table } from '../../../viz/src/charts/nurse-supply.js';
import { nurseSupplyFixture } from '../../../viz/src/gallery/fixtures.js';

describe('nurse-supply layout()', () => {
  const data = nurseSupplyFixture();
  const l = layout(data);

  it('draws one bar per shift x series, heights proportional to minutes', () => {
    expect(l.bars).toHaveLength(6);
    expect(l.x.domain()).toEqual(data.shifts);
    expect(l.y.domain()[0]).toBe(0);
    expect(l.y.domain()[1]).toBeGreaterThanOrEqual(74);
    const a = l.bars.find((b) => b.series === 'cabinets' && b.shift === 'A 08–16')!;
    expect(a.height).toBeCloseTo(l.innerHeight - l.y(29));
  });

  it('keeps the bars of one shift inside that shift band', () => {
    for (const b of l.bars) {
      const x0 = l.x(b.shift)!;
      expect(b.x).toBeGreaterThanOrEqual(x0);
      expect(b.x + b.width).toBeLessThanOrEqual(x0 + l.x.bandwidth() + 1e-9);
    }
  });

  it('rejects a series with the wrong number of shifts', () => {
    expect(() => layout({ shifts: ['A'], series: [{ name: 's', minutes: [1, 2] }] })).toThrow(/nurse-supply: series\[0\].minutes must have one value per shift \(1\)/);
    expect(() => layout({ shifts: ['A'], series: [] })).toThrow(/series must not be empty/);
  });

  it('table() lists series, shift, minutes', () => {
    expect(table(data).rows[0]).toEqual(['baseline (nurse station)', 'A 08–16', 74]);
  });
});
