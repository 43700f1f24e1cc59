// The KPI catalogue against the ward's output: the same keys in the same order, every value
// inside the catalogued range, and every person-facing text in both languages.
import { describe, expect, it } from 'vitest';
import { KPI_CATALOGUE, KPI_KEYS, inCatalogueOrder, kpiDefinition, orderKpiKeys, simulateWard } from '../../../engine/ward/index.js';
import type { WardKpis } from '../../../engine/ward/index.js';
import { shortPreset } from './presets.js';

const CJK = /[\u4e00-\u9fff]/;

function kpisOf(preset: string, seed: number): WardKpis {
  return simulateWard(shortPreset(preset, 10, 3), { seed, replication: 0 }).kpis;
}

describe('KPI catalogue', () => {
  const runs = [kpisOf('county-mch', 1), kpisOf('county-mch-baseline', 2)];

  it('simulateWard() outputs exactly the catalogued keys, in catalogue order', () => {
    for (const kpis of runs) expect(Object.keys(kpis)).toEqual(KPI_CATALOGUE.map((d) => d.key));
    expect(KPI_CATALOGUE.map((d) => d.key)).toEqual(KPI_KEYS);
    expect(new Set(KPI_KEYS).size).toBe(KPI_KEYS.length);
  });

  it('every KPI value of a run lies in its catalogued range', () => {
    for (const kpis of runs) {
      for (const d of KPI_CATALOGUE) {
        const v = kpis[d.key as keyof WardKpis];
        expect(Number.isFinite(v), d.key).toBe(true);
        expect(v, d.key).toBeGreaterThanOrEqual(d.range.min);
        if (d.range.max !== null) expect(v, d.key).toBeLessThanOrEqual(d.range.max);
      }
    }
  });

  it('every entry has a label, unit and definition in English and Chinese', () => {
    for (const d of KPI_CATALOGUE) {
      for (const text of [d.label, d.unit, d.definition]) {
        expect(text.en.length, d.key).toBeGreaterThan(0);
        expect(text['zh-CN'], d.key).toMatch(CJK);
      }
    }
  });

  it('shares are bounded by 0 and 1, and the stock-out definitions count per (cabinet, SKU) as the model does', () => {
    for (const d of KPI_CATALOGUE.filter((e) => e.format === 'share')) expect(d.range, d.key).toEqual({ min: 0, max: 1 });
    expect(kpiDefinition('stockoutEvents')?.definition.en).toContain('(cabinet, SKU)');
    expect(kpiDefinition('stockoutSlotHours')?.definition.en).toContain('(cabinet, SKU)');
    expect(kpiDefinition('noSuchKpi')).toBeUndefined();
  });

  it('orderKpiKeys() puts catalogued keys first in catalogue order, then unknown keys sorted', () => {
    expect(orderKpiKeys(['zeta', 'fillRate', 'alpha', 'deliveries'])).toEqual(['deliveries', 'fillRate', 'alpha', 'zeta']);
  });

  it('inCatalogueOrder() reorders without dropping a key the catalogue does not know', () => {
    const shuffled = Object.fromEntries(Object.entries(runs[0]).reverse().concat([['extraKpi', 1]])) as unknown as WardKpis;
    expect(Object.keys(inCatalogueOrder(shuffled))).toEqual([...KPI_KEYS, 'extraKpi']);
  });
});
