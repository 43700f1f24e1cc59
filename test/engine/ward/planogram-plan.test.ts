// The ward's planogram: the dispensing core's planogram fed with the ward's expected demand,
// the same assignment in every cabinet of a model, and the edge cases a scenario can reach.
import { describe, expect, it } from 'vitest';
import { buildLayout, compileParams, dispensingConfig, expectedDemandPerDay, planModelSlots, planSlots } from '../../../engine/ward/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { loadPreset } from './presets.js';

function config(s: Scenario) {
  return dispensingConfig(s, buildLayout(s, compileParams(s).beds))!;
}

function counts(skus: readonly (string | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const sku of skus) if (sku !== null) out[sku] = (out[sku] ?? 0) + 1;
  return out;
}

describe('planModelSlots() / dispensingConfig() planogram', () => {
  const s = loadPreset('provincial-mch');
  const model = s.cabinets.models[0];

  it('gives every cabinet of a model the same assignment, each slot an item of its size class', () => {
    const c = config(s);
    const first = c.cabinets[0].slotSkus!;
    for (const cab of c.cabinets) expect(cab.slotSkus).toEqual(first);
    const size = new Map(s.catalog.items.map((it) => [it.sku, it.sizeClass]));
    const slotSizes = model.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => g.sizeClass));
    first.forEach((sku, i) => {
      if (sku !== null) expect(size.get(sku)).toBe(slotSizes[i]);
    });
  });

  it('splits each size class by demand: every stocked item has a slot and no move of one slot raises the lowest cover', () => {
    const plan = planModelSlots(s, dispensingConfig(s, buildLayout(s, compileParams(s).beds))!.cabinetModels[0]);
    const demand = expectedDemandPerDay(s);
    for (const size of ['S', 'M', 'L']) {
      // Items the scenario keeps out of cabinets (stockedBy) are not planned.
      const ks = s.catalog.items.map((it, k) => k).filter((k) => s.catalog.items[k].sizeClass === size && s.catalog.items[k].stockedBy.includes('cabinet'));
      const slots = ks.map((k) => plan.slotsPerSku[s.catalog.items[k].sku]);
      for (const n of slots) expect(n).toBeGreaterThanOrEqual(1);
      expect(slots.reduce((a, b) => a + b, 0)).toBe(model.slotGroups.find((g) => g.sizeClass === size)!.count);
      // max-min cover: taking a slot from any item and giving it to the lowest-cover one never helps
      const cover = ks.map((k, i) => slots[i] / demand[k]);
      const low = cover.indexOf(Math.min(...cover));
      for (let i = 0; i < ks.length; i++) {
        if (i === low || slots[i] === 1) continue;
        const after = ks.map((k, j) => (slots[j] + (j === low ? 1 : j === i ? -1 : 0)) / demand[k]);
        expect(Math.min(...after)).toBeLessThanOrEqual(Math.min(...cover) + 1e-12);
      }
    }
  });

  it('never gives a slot to an item whose stockedBy leaves out "cabinet"', () => {
    const held = new Set(s.catalog.items.filter((it) => !it.stockedBy.includes('cabinet')).map((it) => it.sku));
    expect(held.size).toBeGreaterThan(0);
    for (const sku of config(s).cabinets[0].slotSkus!) expect(held.has(sku ?? '')).toBe(false);
  });

  it('planSlots(sizes) gives the same slot counts as the model plan', () => {
    const sizes = model.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => g.sizeClass));
    expect(counts(planSlots(s, sizes))).toEqual(counts(config(s).cabinets[0].slotSkus!));
  });

  it('a size class with fewer slots than items keeps the most-wanted items and leaves the rest to other channels', () => {
    const small: Scenario = { ...s, cabinets: { ...s.cabinets, models: [{ ...model, slotGroups: model.slotGroups.map((g) => (g.sizeClass === 'S' ? { ...g, count: 2 } : g)) }] } };
    const got = counts(config(small).cabinets[0].slotSkus!);
    const demand = expectedDemandPerDay(small);
    const sItems = small.catalog.items.map((it, k) => ({ sku: it.sku, d: demand[k], size: it.sizeClass })).filter((x) => x.size === 'S').sort((a, b) => b.d - a.d);
    expect(sItems.slice(0, 2).map((x) => got[x.sku])).toEqual([1, 1]);
    for (const x of sItems.slice(2)) expect(got[x.sku]).toBeUndefined();
  });

  it("a fixed planogram's '' marks an empty slot", () => {
    const fixed: Scenario = { ...s, cabinets: { ...s.cabinets, instances: s.cabinets.instances.map((c) => ({ ...c, slotSkus: ['nursing-pad', ''] })) } };
    expect(config(fixed).cabinets[0].slotSkus).toEqual(['nursing-pad', null]);
  });
});
