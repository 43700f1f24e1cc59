import { describe, expect, it } from 'vitest';
import { layout, table, weekdays } from '../../../viz/src/charts/births-heatmap.js';
import { birthsFixture } from '../../../viz/src/gallery/fixtures.js';

describe('births-heatmap layout()', () => {
  const data = birthsFixture();
  const l = layout(data);

  it('draws one cell per weekday x hour (168)', () => {
    expect(l.cells).toHaveLength(168);
  });

  it('has hour 0..23 on x, Mon..Sun on y, and colour domain [0, max count]', () => {
    expect(l.x.domain()).toEqual(Array.from({ length: 24 }, (_, h) => h));
    expect(l.y.domain()).toEqual([...weekdays]);
    expect(l.color.domain()).toEqual([0, Math.max(...data.counts.flat())]);
  });

  it('places the Wednesday 10:00 cell at x(10), y(Wed) with that count', () => {
    const cell = l.cells.find((c) => c.weekday === 2 && c.hour === 10)!;
    expect(cell.value).toBe(data.counts[2][10]);
    expect(cell.x).toBe(l.x(10));
    expect(cell.y).toBe(l.y('Wed'));
  });

  it('fits every cell inside the plot area', () => {
    for (const c of l.cells) {
      expect(c.x + c.width).toBeLessThanOrEqual(l.innerWidth + 1e-9);
      expect(c.y + c.height).toBeLessThanOrEqual(l.innerHeight + 1e-9);
    }
  });

  it('still draws an all-zero grid (flat colour domain widened)', () => {
    const zero = layout({ counts: Array.from({ length: 7 }, () => new Array<number>(24).fill(0)) });
    expect(zero.color.domain()).toEqual([0, 1]);
  });

  it.each([
    [{ counts: [[1]] }, /births-heatmap: counts must have 7 weekday rows \(got 1\)/],
    [{ counts: Array.from({ length: 7 }, () => [1, 2]) }, /counts\[0\] must have 24 hours \(got 2\)/],
    [{ counts: Array.from({ length: 7 }, () => new Array<number>(24).fill(-1)) }, /counts\[0\] must be finite numbers >= 0/],
  ])('rejects bad grids with a message naming the rule (%#)', (bad, message) => {
    expect(() => layout(bad)).toThrow(message);
  });

  it('table() has one row per cell', () => {
    const t = table(data);
    expect(t.columns).toEqual(['weekday', 'hour', 'births']);
    expect(t.rows).toHaveLength(168);
    expect(t.rows[25]).toEqual(['Tue', 1, data.counts[1][1]]);
  });
});
