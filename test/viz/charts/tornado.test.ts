import { describe, expect, it } from 'vitest';
import { layout, lowersColor, raisesColor, table } from '../../../viz/src/charts/tornado.js';
import { tornadoFixture } from '../../../viz/src/gallery/fixtures.js';

describe('tornado layout()', () => {
  const data = tornadoFixture();
  const l = layout(data);

  it('sorts the assumptions by mu*, longest bar on top, bar length x(mu*)', () => {
    const sorted = [...data.rows].sort((a, b) => b.muStar - a.muStar);
    expect(l.bars.map((b) => b.label)).toEqual(sorted.map((r) => r.label));
    l.bars.forEach((b, i) => {
      expect(b.barWidth).toBe(l.x(sorted[i].muStar));
      if (i > 0) expect(b.y).toBeGreaterThan(l.bars[i - 1].y);
    });
  });

  it('colours by the direction mu, whiskers at the CI ends', () => {
    const lowers = l.bars.find((b) => b.label === '/channels/nurseStoreRoomMinutes')!;
    expect(lowers.color).toBe(lowersColor);
    expect(l.bars[0].color).toBe(raisesColor);
    expect(l.bars[0].whiskerX2).toBe(l.x(70));
  });

  it('keeps at most maxRows assumptions and rejects a negative mu*', () => {
    expect(layout(data, { maxRows: 3 }).bars).toHaveLength(3);
    expect(() => layout({ kpi: 'k', unit: 'u', rows: [{ label: 'a', muStar: -1, ci95: [0, 1], mu: 0, sigma: 0 }] })).toThrow(/tornado: rows\[0\].muStar\(=-1\) must be >= 0/);
  });

  it('table() names the unit', () => {
    expect(table(data).columns[1]).toBe('muStar (min)');
  });
});
