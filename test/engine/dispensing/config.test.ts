import { describe, expect, it } from 'vitest';
import { createDispensingState, DispensingConfigError, type DispensingConfig } from '../../../engine/dispensing/index.js';
import { smallWard } from './fixtures.js';

type Edit = (c: DispensingConfig) => DispensingConfig;
const base = smallWard();

const cases: [string, Edit, string, RegExp][] = [
  ['duplicate SKU', (c) => ({ ...c, catalog: { items: [...c.catalog.items, c.catalog.items[0]] } }), 'catalog.items[3].sku', /duplicates another SKU id/],
  ['duplicate slot id', (c) => ({ ...c, cabinetModels: [{ id: 'std', slots: [{ id: 'a', sizeClass: 'M', capacityUnits: 1 }, { id: 'a', sizeClass: 'M', capacityUnits: 1 }] }] }), 'cabinetModels[0].slots[1].id', /duplicates another slot id/],
  ['duplicate cabinet id', (c) => ({ ...c, cabinets: [c.cabinets[0], c.cabinets[0]] }), 'cabinets[1].id', /duplicates another cabinet id/],
  ['unknown model', (c) => ({ ...c, cabinets: [{ ...c.cabinets[0], modelId: 'nope' }] }), 'cabinets[0].modelId', /must name a cabinet model/],
  ['unknown SKU in a slot', (c) => ({ ...c, cabinets: [{ ...c.cabinets[0], slotSkus: ['caviar'] }] }), 'cabinets[0].slotSkus[0]', /must name a catalog SKU/],
  ['size-class mismatch', (c) => ({ ...c, cabinets: [{ ...c.cabinets[0], slotSkus: ['wipes'] }] }), 'cabinets[0].slotSkus[0]', /does not fit slot size class M/],
  ['negative capacity', (c) => ({ ...c, cabinetModels: [{ id: 'std', slots: [{ sizeClass: 'M', capacityUnits: -1 }] }] }), 'cabinetModels[0].slots[0].capacityUnits', /\(=-1\) must be an integer >= 0/],
  ['too many slot SKUs', (c) => ({ ...c, cabinets: [{ ...c.cabinets[0], slotSkus: ['pad', 'pad', 'wipes', 'pad'] }] }), 'cabinets[0].slotSkus', /has 4 entries but model "std" has 3 slots/],
  ['bad location', (c) => ({ ...c, cabinets: [{ ...c.cabinets[0], location: { x: Number.NaN, y: 0 } }] }), 'cabinets[0].location.x', /must be a finite number of metres/],
  ['rule for unknown SKU', (c) => ({ ...c, entitlements: [{ sku: 'caviar', perDay: 1 }] }), 'entitlements[0].sku', /must name a catalog SKU/],
  ['negative quota', (c) => ({ ...c, entitlements: [{ sku: 'pad', perDay: -2 }] }), 'entitlements[0].perDay', /\(=-2\) must be an integer >= 0/],
  ['two rules for one SKU', (c) => ({ ...c, entitlements: [{ sku: 'pad' }, { sku: 'pad' }] }), 'entitlements[1].sku', /more than one entitlement rule/],
  ['initial lot over capacity', (c) => ({ ...c, initialLots: [{ cabinetId: 'C1', slotId: 'a', quantity: 11, expiresAtMin: 1 }] }), 'initialLots[0].quantity', /beyond its capacity 10/],
  ['initial lot in unknown slot', (c) => ({ ...c, initialLots: [{ cabinetId: 'C1', slotId: 'z', quantity: 1, expiresAtMin: 1 }] }), 'initialLots[0].slotId', /must name a slot of cabinet "C1"/],
  ['initial lot with zero units', (c) => ({ ...c, initialLots: [{ cabinetId: 'C1', slotId: 'a', quantity: 0, expiresAtMin: 1 }] }), 'initialLots[0].quantity', /must be an integer > 0/],
  ['shelf life zero', (c) => ({ ...c, catalog: { items: [{ ...c.catalog.items[0], shelfLifeDays: 0 }] } }), 'catalog.items[0].shelfLifeDays', /must be > 0/],
  ['bad window', (c) => ({ ...c, rules: { idempotencyWindow: -5 } }), 'rules.idempotencyWindow', /must be an integer >= 0/],
];

describe('createDispensingState() rejects bad configuration', () => {
  it.each(cases)('%s', (_name, edit, path, rule) => {
    let error: unknown;
    try {
      createDispensingState(edit(base));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DispensingConfigError);
    const e = error as DispensingConfigError;
    expect(e.path).toBe(path);
    expect(e.message).toMatch(/^createDispensingState: /);
    expect(e.message).toMatch(rule);
  });

  it('accepts the fixture ward and places initial lots in expiry order', () => {
    const s = createDispensingState(base);
    const slot = s.cabinets[0].slotById.get('a')!;
    expect(slot.lots.map((l) => l.lotId)).toEqual(['p-early', 'p-late']);
    expect(s.counters.initialUnits[0]).toBe(7);
  });

  it('starts a cabinet offline when the config says so', () => {
    const s = createDispensingState({ ...base, cabinets: [{ ...base.cabinets[0], online: false }, base.cabinets[1]] });
    expect(s.cabinets[0].online).toBe(false);
  });
});
