import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KPI_CATALOGUE } from '../../../engine/index.js';
import { setLocale } from '../../../viz/src/i18n/index.js';
import { compareRows, contactsData, kpiDiffData, readCompare, readRun, readSummary, setKpiCatalogue, withWardSeries } from '../../../viz/src/adapters/index.js';

// The app loads the catalogue from GET /api/kpis at start; here it gets the engine's directly.
beforeAll(() => setKpiCatalogue(KPI_CATALOGUE));

const s = (mean: number, lo = mean - 1, hi = mean + 1) => ({ mean, sd: 1, ci95: [lo, hi], n: 5 });

/** A compare as the experiment layer returns it (runs[], differences[] per alternative). */
function compareResult() {
  const run = (id: string, contacts: number) => ({
    scenarioId: id,
    kpis: { contacts: s(contacts), boundaryCrossings: s(40), fillRate: s(0.99) },
    contactsByRolePair: { 'mother-mother': { contacts: s(1), contactMinutes: s(2) }, 'mother-nurse': { contacts: s(5), contactMinutes: s(9) }, 'nurse-nurse': { contacts: s(3), contactMinutes: s(4) } },
  });
  return {
    kind: 'comparison',
    runs: [run('city-mch-baseline', 200), run('city-mch', 150)],
    differences: [{ method: 'paired-crn', baselineId: 'city-mch-baseline', scenarioId: 'city-mch', kpis: { contacts: s(-50, -60, -40), boundaryCrossings: s(-10, -12, -8), fillRate: s(0, -0.01, 0.01) } }],
  };
}

describe('readRun / readCompare', () => {
  it('readSummary() takes a { mean, sd, ci95, n } summary and refuses anything else', () => {
    expect(readSummary({ mean: 2, sd: 1, ci95: [1, 3], n: 4 })).toEqual({ mean: 2, sd: 1, ci95: [1, 3], n: 4 });
    expect(readSummary({ mean: 7, sd: 0, ci95: null, n: 1 })).toEqual({ mean: 7, sd: 0, ci95: null, n: 1 });
    expect(readSummary(7)).toBeNull();
    expect(readSummary({ mean: 1, ci95: null })).toBeNull();
    expect(readSummary({ mean: 1, sd: 0, ci95: [0], n: 2 })).toBeNull();
    expect(readSummary({ mean: null, sd: 0, ci95: null, n: 2 })).toBeNull();
  });

  it('readRun() returns null for a result without KPIs or scenario id (failed or unfinished run)', () => {
    expect(readRun(null)).toBeNull();
    expect(readRun({ scenarioId: 'city-mch', kpis: {} })).toBeNull();
    expect(readRun({ kpis: compareResult().runs[0].kpis })).toBeNull();
  });

  it('readRun() reads nurseSupplyMinutesByShift summaries by shift name, empty when absent', () => {
    const run = { ...compareResult().runs[0], nurseSupplyMinutesByShift: { A: s(40), N: s(9), broken: { mean: 'x' } } };
    expect(readRun(run)?.nurseSupplyByShift).toEqual({ A: s(40), N: s(9) });
    expect(readRun(compareResult().runs[0])?.nurseSupplyByShift).toEqual({});
  });

  it('readRun() takes the series the server attaches as `series`, and none when it is absent', () => {
    const run = compareResult().runs[0];
    expect(readRun(run)?.series).toBeNull();
    const series = { t: [0], intervalMin: 60, stock: [], board: { intervalMin: 60, t: [0], cabinets: [] }, restocks: [], stockouts: [], birthsHeatmap: [], nurseSupplyByShift: [], waitHistogram: { binMin: 1, counts: [] } };
    expect(readRun({ ...run, series })?.series).toEqual(series);
  });

  it('readRun() builds the symmetric role-pair matrix from "<role>-<role>" summaries', () => {
    const run = readRun(compareResult().runs[0]);
    expect(run?.scenarioId).toBe('city-mch-baseline');
    expect(contactsData(run!)).toEqual({ roles: ['mother', 'nurse'], values: [[1, 5], [5, 3]] });
  });

  it('readCompare() reads runs[0] as the baseline, runs[1] as the alternative and differences[0] as their paired differences', () => {
    const view = readCompare(compareResult());
    expect(view?.base.scenarioId).toBe('city-mch-baseline');
    expect(view?.alternative.scenarioId).toBe('city-mch');
    expect(view?.differences.contacts).toEqual({ mean: -50, sd: 1, ci95: [-60, -40], n: 5 });
  });

  it('readCompare() returns null without paired differences, rather than inventing a difference of means', () => {
    expect(readCompare({ ...compareResult(), differences: [] })).toBeNull();
    expect(readCompare({ ...compareResult(), runs: compareResult().runs.slice(0, 1) })).toBeNull();
    const r = compareResult();
    expect(readCompare({ ...r, differences: [{ ...r.differences[0], scenarioId: 'county-mch' }] })).toBeNull();
  });

  it('kpiDiffData() expresses differences in % of the baseline mean, CI included', () => {
    const data = kpiDiffData(readCompare(compareResult())!, ['contacts', 'boundaryCrossings']);
    expect(data.unit).toBe('% of baseline');
    setLocale('zh-CN', false);
    expect(kpiDiffData(readCompare(compareResult())!, ['contacts']).unit).toBe('基线的 %');
    setLocale('en', false);
    expect(data.rows).toEqual([
      { label: 'Close contacts', diff: -25, ci95: [-30, -20] },
      { label: 'Ward boundary crossings', diff: -25, ci95: [-30, -20] },
    ]);
  });

  it('compareRows() flags a difference significant exactly when its CI excludes zero', () => {
    const rows = compareRows(readCompare(compareResult())!);
    expect(Object.fromEntries(rows.map((r) => [r.key, r.significant]))).toEqual({ contacts: true, boundaryCrossings: true, fillRate: false });
  });

  it('kpiDiffData() keeps every CI around its difference for any summaries (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), (base, diff, half) => {
        const r = compareResult();
        r.runs[0].kpis.contacts = s(base);
        r.differences[0].kpis.contacts = s(diff, diff - half, diff + half);
        const [row] = kpiDiffData(readCompare(r)!, ['contacts']).rows;
        return row.ci95[0] <= row.diff + 1e-9 && row.diff <= row.ci95[1] + 1e-9;
      }),
    );
  });
});

describe('withWardSeries()', () => {
  const series = (n: number) => ({ t: [0, n], stock: [] });
  it('puts a run\'s series back, and each compare run\'s by order when the scenario ids agree', () => {
    expect(withWardSeries({ scenarioId: 'a', kpis: {} }, [{ scenarioId: 'a', series: series(1) }])).toEqual({ scenarioId: 'a', kpis: {}, series: series(1) });
    const compare = { runs: [{ scenarioId: 'a' }, { scenarioId: 'b' }], differences: [] };
    expect(withWardSeries(compare, [{ scenarioId: 'a', series: series(1) }, { scenarioId: 'b', series: series(2) }])).toEqual({
      runs: [{ scenarioId: 'a', series: series(1) }, { scenarioId: 'b', series: series(2) }],
      differences: [],
    });
  });

  it('leaves the result as it is without entries or when an id does not match', () => {
    expect(withWardSeries({ scenarioId: 'a' }, [])).toEqual({ scenarioId: 'a' });
    expect(withWardSeries({ scenarioId: 'a' }, [{ scenarioId: 'z', series: series(1) }])).toEqual({ scenarioId: 'a' });
    expect(withWardSeries(null, [{ scenarioId: 'a', series: series(1) }])).toBeNull();
  });
});
