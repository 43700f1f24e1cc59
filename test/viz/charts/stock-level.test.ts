import { describe, expect, it } from 'vitest';
import { layout, table } from '../../../viz/src/charts/stock-level.js';
import type { StockLevelData } from '../../../viz/src/charts/stock-level.js';
import { stockFixture } from '../../../viz/src/gallery/fixtures.js';

const small: StockLevelData = {
  endMin: 600,
  restocksMin: [300, 900],
  series: [
    { cabinet: 'C1', sku: 'nappies', timesMin: [0, 120, 240], levels: [10, 0, 8], stockouts: [{ startMin: 120, endMin: 240 }] },
    { cabinet: 'C2', sku: 'pads', timesMin: [0], levels: [5], stockouts: [] },
  ],
};

describe('stock-level layout()', () => {
  const l = layout(small, { width: 660, margin: { top: 0, right: 0, bottom: 0, left: 60 }, height: 200 });

  it('spans time from the first sample to endMin and level from 0 to the nice max', () => {
    expect(l.x.domain()).toEqual([0, 600]);
    expect(l.y.domain()).toEqual([0, 10]);
  });

  it('maps a stock-out span onto the x range of its start and end minutes', () => {
    expect(l.spans).toHaveLength(1);
    expect(l.spans[0].x).toBeCloseTo(l.x(120));
    expect(l.spans[0].x + l.spans[0].width).toBeCloseTo(l.x(240));
    expect(l.spans[0].x).toBeCloseTo(120);
    expect(l.spans[0].width).toBeCloseTo(120);
  });

  it('clips spans to the window and drops restock rounds outside it', () => {
    const clipped = layout({ ...small, series: [{ ...small.series[0], stockouts: [{ startMin: 500, endMin: 800 }] }] });
    expect(clipped.x.invert(clipped.spans[0].x + clipped.spans[0].width)).toBeCloseTo(600);
    expect(l.restocks.map((r) => r.timeMin)).toEqual([300]);
  });

  it('draws one step path per series, held to endMin', () => {
    expect(l.lines.map((s) => s.key)).toEqual(['C1/nappies', 'C2/pads']);
    // Step-after: the last vertex of C2 is (x(600), y(5)).
    expect(l.lines[1].path.endsWith(`L${l.x(600)},${l.y(5)}`)).toBe(true);
  });

  it('rejects mismatched or unsorted samples and an empty window', () => {
    const s = small.series[0];
    expect(() => layout({ ...small, series: [{ ...s, levels: [1] }] })).toThrow(/stock-level: series\[0\] timesMin and levels must have equal length/);
    expect(() => layout({ ...small, series: [{ ...s, timesMin: [0, 240, 120] }] })).toThrow(/series\[0\].timesMin must be ascending/);
    expect(() => layout({ ...small, endMin: 0 })).toThrow(/endMin\(=0\) must be after the first sample/);
  });

  it('the fixture shows stock-outs and six restock rounds', () => {
    const f = layout(stockFixture());
    expect(f.spans.length).toBeGreaterThan(0);
    expect(f.restocks).toHaveLength(6);
  });

  it('table() lists every sample', () => {
    expect(table(small).rows).toEqual([
      ['C1', 'nappies', 0, 10],
      ['C1', 'nappies', 120, 0],
      ['C1', 'nappies', 240, 8],
      ['C2', 'pads', 0, 5],
    ]);
  });
});
