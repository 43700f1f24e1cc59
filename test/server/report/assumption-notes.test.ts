// The "rests on" column of a report: deciding assumptions beside the KPIs they drive, with the
// value each scenario ran with and the basis the schema gives.
import { describe, expect, it } from 'vitest';
import { KPI_KEYS } from '../../../engine/ward/index.js';
import { DECIDING_ASSUMPTIONS, decidingPaths } from '../../../scenarios/index.js';
import { assumptionNotes } from '../../../server/report/assumption-notes.js';
import { parameterRows } from '../../../server/report/parameter-table.js';
import { valueAt } from '../../../server/report/departure-table.js';
import { buildReport, renderMarkdown } from '../../../server/report/index.js';
import type { ReportInput } from '../../../server/report/index.js';
import { preset } from '../../engine/experiment/preset.js';
import { englishProse } from '../../_support/english-prose.js';

const GEN = { nodeVersion: 'v20', packageName: 'wardtwin', license: 'MIT' };

describe('DECIDING_ASSUMPTIONS', () => {
  it('names basis-A parameters of the schema and KPI keys of the ward\'s output only', () => {
    const rows = new Map(parameterRows(preset('county-mch')).map((r) => [r.path, r]));
    const s = preset('county-mch');
    for (const a of DECIDING_ASSUMPTIONS) {
      const paths = decidingPaths(a, s, valueAt);
      expect(paths.length, a.path).toBeGreaterThan(0);
      for (const path of paths) expect({ path, basis: rows.get(path)?.basis }).toEqual({ path, basis: 'A' });
      for (const kpi of a.kpis) expect(KPI_KEYS).toContain(kpi);
    }
  });

  it('ties the nurse-only items, the trip hour weights and the visiting hours to the KPIs they drive', () => {
    const tied = (path: string) => DECIDING_ASSUMPTIONS.find((a) => a.path === path)?.kpis ?? [];
    expect(tied('/catalog/items/*/stockedBy')).toEqual(expect.arrayContaining(['nurseSupplyMinutesPerShift', 'nurseSupplyMinutesNightShift']));
    expect(tied('/catalog/tripHourWeights')).toEqual(expect.arrayContaining(['stockoutEvents', 'nurseSupplyMinutesNightShift']));
    expect(tied('/people/visitingStartHour')).toContain('expectedInfectionsVisits');
    expect(tied('/people/visitingHours')).toContain('expectedInfectionsVisits');
  });
});

describe('assumptionNotes()', () => {
  it('reads in Chinese: the hourly summary in Chinese words and the nurse-only item by its Chinese name', () => {
    const notes = assumptionNotes([preset('county-mch-baseline'), preset('county-mch')], 'zh-CN');
    expect(notes.get('stockoutEvents')).toMatch(/^\/catalog\/tripHourWeights = 逐时 [\d.]+，但 /);
    expect(notes.get('nurseSupplyMinutesPerShift')).toContain('（会阴护理包');
    for (const note of notes.values()) expect(note.replace(/\/[\w/*-]+|"[\w-]+"/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('shows each scenario\'s value (a | b when they differ) and the basis, beside every KPI the assumption drives', () => {
    const notes = assumptionNotes([preset('city-mch-baseline'), preset('city-mch-baseline-own-supplies')]);
    expect(notes.get('trips')).toBe('/channels/ownSupplyShare = 0 | 0.5 (A)');
    expect(notes.get('boundaryCrossings')).toBe('/channels/ownSupplyShare = 0 | 0.5 (A); /channels/nurseStationStockShare = 0.98 (A)');
    expect(notes.get('needsMetFromOwnSupplies')).toBe('/channels/ownSupplyShare = 0 | 0.5 (A)');
    expect(notes.has('deliveries')).toBe(false);
    expect(assumptionNotes([preset('city-mch')]).get('trips')).toBe('/channels/ownSupplyShare = 0 (A)');
  });

  it('names the nurse-only item by path and SKU beside the nurse minutes, and the trip timing and visiting hours beside what they drive', () => {
    const notes = assumptionNotes([preset('county-mch-baseline'), preset('county-mch')]);
    const s = preset('county-mch');
    const i = s.catalog.items.findIndex((x) => JSON.stringify(x.stockedBy) === '["nurse-station"]');
    expect(s.catalog.items[i].sku).toBe('perineal-care');
    expect(notes.get('nurseSupplyMinutesPerShift')).toContain(`/catalog/items/${i}/stockedBy (perineal-care) = ["nurse-station"] (A)`);
    expect(notes.get('nurseSupplyMinutesNightShift')).toContain('/catalog/tripHourWeights = hourly 1 except 0-5 h 0.1, 6 h 0.5, 23 h 0.3 (A)');
    expect(notes.get('stockoutEvents')).toContain('/catalog/tripHourWeights');
    expect(notes.get('expectedInfectionsVisits')).toBe(`/people/visitingStartHour = ${s.people.visitingStartHour} (A); /people/visitingHours = ${s.people.visitingHours} (A)`);
  });

  it('summarises the trip weights in Chinese for a Chinese report, and leaves no English prose in any note', () => {
    const notes = assumptionNotes([preset('county-mch-baseline'), preset('county-mch')], 'zh-CN');
    expect(notes.get('nurseSupplyMinutesNightShift')).toContain('/catalog/tripHourWeights = 逐时 1，但 0–5 时 0.1、6 时 0.5、23 时 0.3 (A)');
    expect([...notes.values()].flatMap((note) => englishProse(note))).toEqual([]);
    const flat = assumptionNotes([{ ...preset('county-mch'), catalog: { ...preset('county-mch').catalog, tripHourWeights: Array.from({ length: 24 }, () => 1) } }], 'zh-CN');
    expect(flat.get('stockoutEvents')).toContain('/catalog/tripHourWeights = 逐时 1 (A)');
  });
});

describe('buildReport(): results beside their assumptions', () => {
  it('puts the deciding assumption in the row of the KPI it drives, in English and in Chinese', () => {
    const summary = (mean: number) => ({ mean, sd: 0, ci95: null, n: 1 });
    const s = preset('city-mch-baseline-own-supplies');
    const run: ReportInput = {
      kind: 'run', scenarioId: 'city-mch-baseline-own-supplies', scenario: s, seed: 1, replications: 1, engineVersion: '0', eventsProcessed: 1,
      kpis: { deliveries: summary(10), trips: summary(5), needsMetFromOwnSupplies: summary(7) },
    };
    const md = renderMarkdown(buildReport(run, GEN));
    expect(md).toContain('| trips | 5.000 | - | /channels/ownSupplyShare = 0.5 (A) |');
    expect(md).toContain('| deliveries | 10.000 | - |  |');
    expect(md).toContain('A means no published figure backs it');
    const zh = renderMarkdown(buildReport(run, GEN, 'zh-CN'));
    expect(zh).toContain('取决于（依据）');
    expect(zh).toMatch(/\| 取物行程数 \(trips\) \| 5\.000 \| - \| \/channels\/ownSupplyShare = 0\.5 \(A\) \|/);
  });
});
