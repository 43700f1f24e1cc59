import { describe, expect, it } from 'vitest';
import { birthsHeatmap, cabinetBoard, stockLevel, tripWait } from '../../../viz/src/charts/index.js';
import { birthsData, boardData, nurseSupplyData, stockChoices, stockData, tripWaitData } from '../../../viz/src/adapters/index.js';
import type { WardSeriesView } from '../../../viz/src/adapters/index.js';

/** Two cabinets, one SKU each, sampled hourly for 4 h; cab-2 empties at 120 and stays empty. */
function series(): WardSeriesView {
  return {
    t: [0, 60, 120, 180],
    intervalMin: 60,
    stock: [
      { cabinetId: 'cab-1', sku: 'pads', values: [10, 8, 6, 9] },
      { cabinetId: 'cab-2', sku: 'nappies', values: [4, 2, 0, 0] },
    ],
    board: {
      intervalMin: 120,
      t: [0, 120],
      cabinets: [{ cabinetId: 'cab-1', slots: [{ slotId: 's1', sku: 'pads', capacityUnits: 20 }, { slotId: 's2', sku: null, capacityUnits: 10 }], fillPct: [[50, 0], [30, 0]] }],
    },
    restocks: [{ tMin: 150, cabinetId: 'cab-1', units: 3 }, { tMin: 160, cabinetId: 'cab-2', units: 0 }],
    stockouts: [{ cabinetId: 'cab-2', sku: 'nappies', startMin: 120, endMin: null }],
    birthsHeatmap: Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d + h)),
    nurseSupplyByShift: [{ day: 0, shift: 'A', minutes: 10 }, { day: 0, shift: 'N', minutes: 4 }, { day: 1, shift: 'A', minutes: 20 }, { day: 1, shift: 'N', minutes: 6 }],
    waitHistogram: { binMin: 0.5, counts: [5, 3, 0, 1, 0, 0] },
  };
}

describe('results adapters', () => {
  it('stockChoices() sums open stock-outs to the end of the window', () => {
    expect(stockChoices(series()).map((c) => [c.key, c.stockoutHours])).toEqual([['cab-1 / pads', 0], ['cab-2 / nappies', 2]]);
  });

  it('stockData() shows the longest-empty series first and closes open spans at the end', () => {
    const d = stockData(series(), undefined, 1);
    expect(d.series.map((s) => s.cabinet)).toEqual(['cab-2']);
    expect(d.series[0].stockouts).toEqual([{ startMin: 120, endMin: 240 }]);
    expect(d.endMin).toBe(240);
    expect(d.restocksMin).toEqual([160]);
    expect(() => stockLevel.layout(d)).not.toThrow();
  });

  it('stockData() merges restock visits within an hour into one round mark', () => {
    expect(stockData(series(), ['cab-1 / pads', 'cab-2 / nappies']).restocksMin).toEqual([150]);
  });

  it('boardData() turns fill percent into units per slot and frame', () => {
    const b = boardData(series())!;
    expect(b.levels).toEqual([[[10, 0]], [[6, 0]]]);
    expect(b.cabinets[0].slotSkus).toEqual(['pads', '(empty)']);
    expect(() => cabinetBoard.layout(b)).not.toThrow();
  });

  it('tripWaitData() trims empty tail bins and takes p50/p95 from the KPIs', () => {
    const w = tripWaitData(series(), { tripWaitP50Min: { mean: 0.4, sd: 0, ci95: null, n: 1 }, tripWaitP95Min: { mean: 1.6, sd: 0, ci95: null, n: 1 } })!;
    expect(w).toEqual({ binEdgesMin: [0, 0.5, 1, 1.5, 2], counts: [5, 3, 0, 1], p50Min: 0.4, p95Min: 1.6 });
    expect(() => tripWait.layout(w)).not.toThrow();
  });

  it('nurseSupplyData() averages minutes per shift name over days', () => {
    expect(nurseSupplyData([{ name: 'x', series: series() }])).toEqual({ shifts: ['A', 'N'], series: [{ name: 'x', minutes: [15, 5] }] });
  });

  it('nurseSupplyData() reads the per-shift summaries when the result has them, the series otherwise', () => {
    const s = (mean: number) => ({ mean, sd: 1, ci95: [mean - 1, mean + 1] as [number, number], n: 5 });
    const summarised = { A: s(40), P: s(30), N: s(9) };
    expect(nurseSupplyData([{ name: 'x', series: series(), byShift: summarised }])).toEqual({ shifts: ['A', 'P', 'N'], series: [{ name: 'x', minutes: [40, 30, 9] }] });
    // a stored result from before the summaries: the series, and 0 for a shift only the other run has
    expect(nurseSupplyData([{ name: 'base', series: null, byShift: summarised }, { name: 'old', series: series(), byShift: {} }])).toEqual({
      shifts: ['A', 'P', 'N'],
      series: [{ name: 'base', minutes: [40, 30, 9] }, { name: 'old', minutes: [15, 0, 5] }],
    });
    expect(nurseSupplyData([{ name: 'x', series: null, byShift: {} }])).toBeNull();
  });

  it('birthsData() passes the weekday x hour counts the heat map accepts', () => {
    const b = birthsData(series());
    expect(b.counts[6][23]).toBe(29);
    expect(() => birthsHeatmap.layout(b)).not.toThrow();
  });
});
