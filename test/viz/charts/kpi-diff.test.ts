import { describe, expect, it } from 'vitest';
import { layout, significantColor, table } from '../../../viz/src/charts/kpi-diff.js';
import { neutral } from '../../../viz/src/charts/_internals/palette.js';
import { kpiDiffFixture } from '../../../viz/src/gallery/fixtures.js';

describe('kpi-diff layout()', () => {
  const data = kpiDiffFixture();
  const l = layout(data);

  it('whisker endpoints equal x(ci95 lo) and x(ci95 hi) for every KPI', () => {
    l.bars.forEach((b, i) => {
      expect(b.whiskerX1).toBe(l.x(data.rows[i].ci95[0]));
      expect(b.whiskerX2).toBe(l.x(data.rows[i].ci95[1]));
    });
  });

  it('bars run from zero to the difference', () => {
    l.bars.forEach((b, i) => {
      const d = data.rows[i].diff;
      expect(Math.min(b.barX, b.barX + b.barWidth)).toBeCloseTo(Math.min(l.x(0), l.x(d)));
      expect(b.barX + b.barWidth).toBeCloseTo(Math.max(l.x(0), l.x(d)));
    });
  });

  it('x always spans zero and every CI', () => {
    const [lo, hi] = l.x.domain();
    expect(lo).toBeLessThanOrEqual(-76.9);
    expect(hi).toBeGreaterThanOrEqual(40.1);
    const positive = layout({ unit: 'x', rows: [{ label: 'a', diff: 5, ci95: [4, 6] }] });
    expect(positive.x.domain()[0]).toBe(0);
  });

  it('greys the KPI whose CI includes zero', () => {
    const grey = l.bars.filter((b) => b.color === neutral).map((b) => b.label);
    expect(grey).toEqual(['expected infections']);
    expect(l.bars.filter((b) => b.color === significantColor)).toHaveLength(5);
  });

  it('rejects a CI with lo > hi', () => {
    expect(() => layout({ unit: 'x', rows: [{ label: 'a', diff: 1, ci95: [2, 0] }] })).toThrow(/kpi-diff: rows\[0\].ci95 lo\(=2\) must be <= hi\(=0\)/);
  });

  it('table() names the unit in the header', () => {
    expect(table(data).columns).toEqual(['kpi', 'diff (% vs baseline)', 'ci95Lo', 'ci95Hi']);
  });
});
