import { describe, expect, it } from 'vitest';
import { tornadoCharts, validationRowViews } from '../../../viz/src/adapters/analysis.js';

const sensitivity = {
  kind: 'sensitivity',
  baselineId: 'county-mch-baseline',
  kpis: {
    nurseSupplyMinutesPerShift: { atBase: -15, morris: [{ path: '/a', rank: 1, mu: -3, muStar: 4, sigma: 1, muStarCi95: [2, 6] }, { path: '/b', rank: 2, mu: 1, muStar: 1, sigma: 0.5, muStarCi95: [0, 2] }], sobol: null },
  },
};

describe('analysis adapters', () => {
  it('tornadoCharts() gives one tornado per KPI with each factor\'s mu*, CI, mu and sigma', () => {
    const charts = tornadoCharts(sensitivity)!;
    expect(charts).toHaveLength(1);
    expect(charts[0].kpi).toBe('nurseSupplyMinutesPerShift difference');
    expect(charts[0].rows).toEqual([{ label: '/a', muStar: 4, ci95: [2, 6], mu: -3, sigma: 1 }, { label: '/b', muStar: 1, ci95: [0, 2], mu: 1, sigma: 0.5 }]);
    expect(tornadoCharts({ kind: 'run' })).toBeNull();
  });

  it('validationRowViews() lists verification rows, then validation rows, with ranges and verdicts', () => {
    const rows = validationRowViews({
      kind: 'validation',
      verification: [{ kind: 'verification', check: 'caesarean share', expected: 0.36, expectedHi: null, source: 'input', model: { mean: 0.35, ci95: [0.33, 0.37] }, verdict: 'pass', note: '' }],
      validation: [{ kind: 'validation', check: 'contacts', expected: 11.5, expectedHi: 46, source: 'Jiang', model: { mean: 3.2, ci95: [3.1, 3.3] }, verdict: 'outside band', note: 'x' }],
    });
    expect(rows.map((r) => [r.kind, r.expected, r.model, r.verdict])).toEqual([
      ['verification', '0.36', '0.35 [0.33, 0.37]', 'pass'],
      ['validation', '11.5..46', '3.2 [3.1, 3.3]', 'outside band'],
    ]);
    expect(validationRowViews(null)).toEqual([]);
    // GET /api/validation adds each check in the page's language; a report file has only the check.
    const localized = validationRowViews({ kind: 'validation', verification: [{ kind: 'verification', check: 'caesarean share', checkText: '剖宫产比例', expected: 0.3, expectedHi: null, source: 's', model: null, verdict: 'pass', note: '' }], validation: [] });
    expect(localized[0].check).toBe('剖宫产比例');
  });
});
