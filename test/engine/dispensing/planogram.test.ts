import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DispensingConfigError, planogram, type Catalog, type PlanogramLayout } from '../../../engine/dispensing/index.js';

const classes = ['S', 'M', 'L'] as const;

// A random catalog with demand, and a layout with (per class) uniform slot capacities so that the
// theory's assumptions hold exactly; every class has at least as many slots as SKUs.
const caseArb = fc
  .record({
    skus: fc.array(fc.record({ cls: fc.constantFrom(...classes), demand: fc.integer({ min: 1, max: 50 }) }), { minLength: 1, maxLength: 6 }),
    capacity: fc.record({ S: fc.integer({ min: 1, max: 20 }), M: fc.integer({ min: 1, max: 20 }), L: fc.integer({ min: 1, max: 20 }) }),
    slots: fc.array(fc.constantFrom(...classes), { minLength: 1, maxLength: 12 }),
    cabinets: fc.integer({ min: 1, max: 3 }),
    extra: fc.array(fc.constantFrom(...classes), { maxLength: 6 }),
  })
  .map((g) => {
    const catalog: Catalog = { items: g.skus.map((s, i) => ({ sku: `k${i}`, name: `k${i}`, sizeClass: s.cls, unit: 'pc', shelfLifeDays: 30, needsPatient: false })) };
    const demand: Record<string, number> = Object.fromEntries(g.skus.map((s, i) => [`k${i}`, s.demand]));
    // enough slots: one per SKU spread over the cabinets, plus random ones
    const need = g.skus.map((s) => s.cls);
    const model = (c: number) => ({
      id: `m${c}`,
      slots: [...need.filter((_, i) => i % g.cabinets === c), ...g.slots, ...g.extra].map((cls) => ({ sizeClass: cls, capacityUnits: g.capacity[cls] })),
    });
    const layout: PlanogramLayout = {
      cabinetModels: Array.from({ length: g.cabinets }, (_, c) => model(c)),
      cabinets: Array.from({ length: g.cabinets }, (_, c) => ({ id: `c${c}`, modelId: `m${c}` })),
    };
    return { catalog, demand, layout };
  });

function slotsOfClass(layout: PlanogramLayout, cls: string): number {
  return layout.cabinetModels.reduce((a, m) => a + m.slots.filter((s) => s.sizeClass === cls && s.capacityUnits > 0).length, 0);
}

describe('planogram()', () => {
  it('never exceeds the slots of a size class, fits every SKU to its class and gives each stocked SKU at least one slot', () => {
    fc.assert(
      fc.property(caseArb, ({ catalog, demand, layout }) => {
        const plan = planogram(catalog, demand, layout, 1);
        plan.cabinets.forEach((cab, c) => {
          const model = layout.cabinetModels.find((m) => m.id === layout.cabinets[c].modelId)!;
          expect(cab.slotSkus.length).toBe(model.slots.length);
          cab.slotSkus.forEach((sku, s) => {
            if (sku !== null) expect(catalog.items.find((i) => i.sku === sku)!.sizeClass).toBe(model.slots[s].sizeClass);
          });
        });
        for (const cls of classes) {
          const used = catalog.items.filter((i) => i.sizeClass === cls).reduce((a, i) => a + (plan.slotsPerSku[i.sku] ?? 0), 0);
          expect(used).toBeLessThanOrEqual(slotsOfClass(layout, cls));
        }
        for (const item of catalog.items) {
          expect(plan.slotsPerSku[item.sku]).toBeGreaterThanOrEqual(1);
          const placed = plan.cabinets.flatMap((c) => c.slotSkus).filter((s) => s === item.sku).length;
          expect(placed).toBe(plan.slotsPerSku[item.sku]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is demand-monotone: scaling one SKU up never lowers its slot count; scaling all changes nothing', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 2, max: 10 }), ({ catalog, demand, layout }, pick, factor) => {
        const base = planogram(catalog, demand, layout, 1);
        const sku = catalog.items[pick % catalog.items.length].sku;
        const up = planogram(catalog, { ...demand, [sku]: demand[sku] * factor }, layout, 1);
        expect(up.slotsPerSku[sku]).toBeGreaterThanOrEqual(base.slotsPerSku[sku]);
        const all = planogram(catalog, Object.fromEntries(Object.entries(demand).map(([k, d]) => [k, d * factor])), layout, 1);
        expect(all.slotsPerSku).toEqual(base.slotsPerSku);
      }),
      { numRuns: 300 },
    );
  });

  it('maximises the smallest days of cover (checked against brute force on small cases)', () => {
    // every way to split a class's slots among its SKUs with >= 1 each
    function* splits(n: number, k: number): Generator<number[]> {
      if (k === 1) {
        yield [n];
        return;
      }
      for (let first = 1; first <= n - (k - 1); first++) for (const rest of splits(n - first, k - 1)) yield [first, ...rest];
    }
    fc.assert(
      fc.property(caseArb, ({ catalog, demand, layout }) => {
        const plan = planogram(catalog, demand, layout, 1);
        for (const cls of classes) {
          const skus = catalog.items.filter((i) => i.sizeClass === cls).map((i) => i.sku);
          if (skus.length === 0) continue;
          const n = slotsOfClass(layout, cls);
          if (n > 18) continue; // keep the brute force small
          let best = 0;
          for (const split of splits(n, skus.length)) best = Math.max(best, Math.min(...split.map((c, i) => c / demand[skus[i]])));
          const got = Math.min(...skus.map((s) => plan.slotsPerSku[s] / demand[s]));
          expect(got).toBeCloseTo(best, 12);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reports days of cover with actual capacities and flags SKUs short of the restock interval', () => {
    const catalog: Catalog = {
      items: [
        { sku: 'nappy', name: 'n', sizeClass: 'M', unit: 'pc', shelfLifeDays: 365, needsPatient: true },
        { sku: 'pad', name: 'p', sizeClass: 'M', unit: 'pc', shelfLifeDays: 365, needsPatient: true },
        { sku: 'bag', name: 'b', sizeClass: 'S', unit: 'pc', shelfLifeDays: 365, needsPatient: true },
      ],
    };
    const layout: PlanogramLayout = {
      cabinetModels: [{ id: 'm', slots: Array.from({ length: 4 }, () => ({ sizeClass: 'M', capacityUnits: 30 })).concat([{ sizeClass: 'S', capacityUnits: 10 }]) }],
      cabinets: [{ id: 'c1', modelId: 'm' }],
    };
    const plan = planogram(catalog, { nappy: 90, pad: 30, bag: 20 }, layout, 0.75);
    expect(plan.slotsPerSku).toEqual({ nappy: 3, pad: 1, bag: 1 });
    expect(plan.daysOfCover).toEqual({ nappy: 1, pad: 1, bag: 0.5 });
    expect(plan.minDaysOfCover).toBe(0.5);
    expect(plan.shortOfRound).toEqual(['bag']);
    expect(plan.cabinets[0].slotSkus).toEqual(['nappy', 'pad', 'nappy', 'nappy', 'bag']);
  });

  it.each([
    ['too few slots', { a: 1, b: 1, c: 1 }, 1, /planogram: sizeClass "M" has 2 usable slots for 3 stocked SKUs/],
    ['negative demand', { a: -1 }, 1, /planogram: demandPerSkuPerDay\["a"\]\(=-1\) must be a finite number >= 0/],
    ['unknown SKU', { zz: 1 }, 1, /demandPerSkuPerDay\["zz"\] must name a catalog SKU/],
    ['zero interval', { a: 1 }, 0, /planogram: restockIntervalDays\(=0\) must be a finite number > 0/],
  ])('rejects %s', (_name, demand, interval, message) => {
    const catalog: Catalog = { items: ['a', 'b', 'c'].map((sku) => ({ sku, name: sku, sizeClass: 'M', unit: 'pc', shelfLifeDays: 1, needsPatient: false })) };
    const layout: PlanogramLayout = { cabinetModels: [{ id: 'm', slots: [{ sizeClass: 'M', capacityUnits: 5 }, { sizeClass: 'M', capacityUnits: 5 }] }], cabinets: [{ id: 'c', modelId: 'm' }] };
    expect(() => planogram(catalog, demand, layout, interval)).toThrow(DispensingConfigError);
    expect(() => planogram(catalog, demand, layout, interval)).toThrow(message);
  });
});
