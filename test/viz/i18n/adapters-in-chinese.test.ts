// Texts the adapters put into view models follow the page's language too: a refused portfolio
// row, a validation row without a figure of its own, an unassigned board slot, a twin duration.
import { afterEach, describe, expect, it } from 'vitest';
import { boardData, duration, portfolioView } from '../../../viz/src/adapters/index.js';
import type { WardSeriesView } from '../../../viz/src/adapters/index.js';
import { tornadoCharts, validationRowViews } from '../../../viz/src/adapters/analysis.js';
import { setLocale } from '../../../viz/src/i18n/index.js';

const portfolio = { kind: 'portfolio', hospitals: [], rowErrors: [{ line: 4, column: 2, columnName: '年分娩量', rule: 'integer', message: 'm', zh: '应为整数（实际为 "abc"）' }] };
const validation = { kind: 'validation', verification: [], validation: [{ kind: 'validation', check: 'c', expected: null, expectedHi: null, source: 's', model: null, verdict: 'not measured', note: 'n', zh: { source: '来源', note: '说明' } }] };
const sensitivity = { kind: 'sensitivity', baselineId: 'b', kpis: { contacts: { morris: [{ path: '/p', muStar: 1, mu: 1, sigma: 0, muStarCi95: [0.5, 1.5] }] } } };
const series = {
  t: [0], intervalMin: 60, stock: [], restocks: [], stockouts: [], birthsHeatmap: [], nurseSupplyByShift: [], waitHistogram: { binMin: 1, counts: [] },
  board: { intervalMin: 60, t: [0], cabinets: [{ cabinetId: 'cab-1', slots: [{ slotId: 's1', sku: null, capacityUnits: 10 }], fillPct: [[0]] }] },
} satisfies WardSeriesView;

describe('adapter texts in both languages', () => {
  afterEach(() => setLocale('en', false));

  it('are English by default and Chinese when the page is', () => {
    expect(portfolioView(portfolio)?.refused).toEqual(['line 4, column 2 (年分娩量): integer: m']);
    expect(validationRowViews(validation)[0].expected).toBe('see source');
    expect(validationRowViews(validation)[0].source).toBe('s (n)');
    expect(boardData(series)?.cabinets[0].slotSkus).toEqual(['(empty)']);
    expect(duration(125)).toBe('2 h 05 min');
    expect(tornadoCharts(sensitivity)?.[0]).toMatchObject({ kpi: 'contacts difference', unit: 'per range' });
    setLocale('zh-CN', false);
    expect(portfolioView(portfolio)?.refused).toEqual(['第 4 行，第 2 列 (年分娩量)：integer：应为整数（实际为 "abc"）']);
    expect(validationRowViews(validation)[0].expected).toBe('见来源');
    expect(validationRowViews(validation)[0].source).toBe('来源（说明）');
    expect(boardData(series)?.cabinets[0].slotSkus).toEqual(['（空）']);
    expect(duration(125)).toBe('2 小时 05 分钟');
    expect(tornadoCharts(sensitivity)?.[0]).toMatchObject({ kpi: 'contacts差值', unit: '全范围' });
  });
});
