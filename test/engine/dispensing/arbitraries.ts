// Random ward configurations for property tests: 1–4 SKUs in two size classes, 1–2 cabinet
// models of 1–5 slots, 1–4 cabinets on a small floor, random entitlements, initial lots that
// fit, and small idempotency windows so that eviction is exercised.
import fc from 'fast-check';
import type { DispensingConfig, EntitlementRule, InitialLot, PatientKind } from '../../../engine/dispensing/index.js';

export const SIZE_CLASSES = ['S', 'M'] as const;
export const ROOMS = [
  { id: 'R0', location: { x: 2, y: 3 } },
  { id: 'R1', location: { x: 25, y: 3 } },
];

const skuArb = fc.record({
  sizeClass: fc.constantFrom(...SIZE_CLASSES),
  needsPatient: fc.boolean(),
  shelfLifeDays: fc.constantFrom(0.25, 1, 3, 10),
  rule: fc.option(
    fc.record({
      kinds: fc.constantFrom<PatientKind[]>(['mother'], ['newborn'], ['mother', 'newborn'], ['mother', 'newborn']),
      perDay: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      perStay: fc.option(fc.integer({ min: 0, max: 16 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
});

const slotArb = fc.record({
  sizeClass: fc.constantFrom(...SIZE_CLASSES),
  capacityUnits: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 8 }) }, { weight: 1, arbitrary: fc.constant(0) }),
});

const cabinetArb = fc.record({
  model: fc.nat(),
  x: fc.integer({ min: 0, max: 30 }),
  y: fc.integer({ min: 0, max: 10 }),
  picks: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  online: fc.constantFrom(true, true, true, true, true, false),
});

const lotArb = fc.record({ cab: fc.nat(), slot: fc.nat(), quantity: fc.integer({ min: 1, max: 8 }), expiresAtMin: fc.constantFrom(0, 700, 1440, 2880, 5760) });

/** A valid random `DispensingConfig`. */
export const configArb: fc.Arbitrary<DispensingConfig> = fc
  .record({
    skus: fc.array(skuArb, { minLength: 1, maxLength: 4 }),
    models: fc.array(fc.array(slotArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 2 }),
    cabinets: fc.array(cabinetArb, { minLength: 1, maxLength: 4 }),
    lots: fc.array(lotArb, { maxLength: 20 }),
    idempotencyWindow: fc.constantFrom(0, 2, 5, 1000),
    maxAlternatives: fc.integer({ min: 0, max: 3 }),
    unlistedSkus: fc.constantFrom<'allow' | 'deny'>('allow', 'allow', 'allow', 'deny'),
  })
  .map((g) => {
    const items = g.skus.map((s, i) => ({ sku: `k${i}`, name: `item ${i}`, sizeClass: s.sizeClass, unit: 'piece', shelfLifeDays: s.shelfLifeDays, needsPatient: s.needsPatient }));
    const cabinetModels = g.models.map((slots, m) => ({ id: `m${m}`, slots: slots.map((s, i) => ({ id: `s${i}`, ...s })) }));
    const cabinets = g.cabinets.map((c, i) => {
      const model = cabinetModels[c.model % cabinetModels.length];
      const slotSkus = model.slots.map((slot, s) => {
        const fits = items.filter((it) => it.sizeClass === slot.sizeClass);
        const pick = c.picks[s] % 6 === 5 ? fits.length : c.picks[s] % (fits.length + 1);
        return pick >= fits.length ? null : fits[pick].sku;
      });
      return { id: `c${i}`, modelId: model.id, location: { x: c.x, y: c.y }, slotSkus, online: c.online };
    });
    const entitlements: EntitlementRule[] = [];
    g.skus.forEach((s, i) => {
      if (s.rule) entitlements.push({ sku: `k${i}`, ...s.rule });
    });
    const fill = new Map<string, number>();
    const initialLots: InitialLot[] = [];
    g.lots.forEach((l, n) => {
      const cab = cabinets[l.cab % cabinets.length];
      const model = cabinetModels.find((m) => m.id === cab.modelId)!;
      const s = l.slot % model.slots.length;
      if (cab.slotSkus[s] === null) return;
      const key = `${cab.id}/${s}`;
      const room = model.slots[s].capacityUnits - (fill.get(key) ?? 0);
      const quantity = Math.min(room, l.quantity);
      if (quantity <= 0) return;
      fill.set(key, (fill.get(key) ?? 0) + quantity);
      initialLots.push({ cabinetId: cab.id, slotId: `s${s}`, lotId: `i${n}`, quantity, expiresAtMin: l.expiresAtMin });
    });
    return {
      catalog: { items },
      cabinetModels,
      cabinets,
      rooms: ROOMS,
      entitlements,
      initialLots,
      rules: { idempotencyWindow: g.idempotencyWindow, maxAlternatives: g.maxAlternatives, unlistedSkus: g.unlistedSkus },
    };
  });
