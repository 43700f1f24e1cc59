// restockCabinet / restockLines, the lean restock for simulations: on random wards and random
// histories, the same state, receipt and ledger as planRestock + applyRestock for the cabinet
// (with the same short deliveries), and the line count of the plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRestock,
  createDispensingState,
  dispense,
  DispensingInputError,
  planRestock,
  needsRestock,
  restockCabinet,
  restockLines,
  setSlotJammed,
  snapshotState,
  type DeliveryLine,
  type DispensingState,
  type RestockPolicy,
} from '../../../engine/dispensing/index.js';
import { configArb } from './arbitraries.js';
import { smallWard } from './fixtures.js';

const policyArb = fc.record({
  mode: fc.constantFrom<'round' | 'par-trigger'>('round', 'par-trigger'),
  parFraction: fc.constantFrom(0.5, 0.8, 1),
  reorderPointFraction: fc.constantFrom(0, 0.25, 0.5),
  expiryMarginMin: fc.constantFrom(0, 60, 1440),
});

describe('restockCabinet()', () => {
  it('leaves the same state, receipt and ledger as planRestock + applyRestock for the cabinet, short deliveries included', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.array(fc.record({ k: fc.nat(3), n: fc.integer({ min: 1, max: 4 }), c: fc.nat(3), jam: fc.nat(9), slot: fc.nat(4) }), { maxLength: 30 }),
        policyArb,
        fc.nat(3),
        fc.integer({ min: 0, max: 6000 }),
        fc.array(fc.constantFrom(1, 1, 0.5, 0), { minLength: 1, maxLength: 8 }),
        (config, history, policy, c0, t, fills) => {
          const a = createDispensingState(config);
          const b = createDispensingState(config);
          const items = config.catalog.items;
          history.forEach((h, i) => {
            const cabinetId = config.cabinets[h.c % config.cabinets.length].id;
            for (const s of [a, b]) {
              // anonymous takes where the item allows it; jams now and then
              dispense(s, { requestId: `r${i}`, sku: items[h.k % items.length].sku, quantity: h.n, cabinetId, timeMin: i });
              if (h.jam === 0) setSlotJammed(s, cabinetId, `s${h.slot % s.cabinets[h.c % config.cabinets.length].slots.length}`, true, i);
            }
          });
          const at = history.length + t;
          const c = c0 % config.cabinets.length;
          const cabinetId = config.cabinets[c].id;
          const full: RestockPolicy = { ...policy, cabinetIds: [cabinetId] };
          const plan = planRestock(a, full, at);
          let f = 0;
          const short = (units: number): number => Math.floor(units * fills[f++ % fills.length]);
          const lines: DeliveryLine[] = plan.cabinets.flatMap((list) =>
            list.lines.map((line) => {
              const quantity = line.addUnits > 0 ? short(line.addUnits) : 0;
              const shelf = items.find((it) => it.sku === line.sku)!.shelfLifeDays;
              return { cabinetId: list.cabinetId, slotId: line.slotId, removeLotIds: line.removeLots.map((l) => l.lotId), lots: quantity > 0 ? [{ quantity, expiresAtMin: at + shelf * 1440 }] : [] };
            }),
          );
          expect(restockLines(b, c, policy, at)).toBe(plan.cabinets.reduce((n, l) => n + l.lines.length, 0));
          expect(needsRestock(b, c, policy, at)).toBe(plan.cabinets.length > 0);
          const expected = applyRestock(a, { lines }, at);
          f = 0;
          const got = restockCabinet(b, c, policy, at, (_, units) => short(units));
          expect(got).toEqual(expected);
          expect(snapshotState(b)).toEqual(snapshotState(a));
          expect(b.ledger).toEqual(a.ledger);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('restockLines() counts the slots a round would touch; after the round a full cabinet has none and restockCabinet() changes nothing', () => {
    const s = createDispensingState(smallWard());
    const par: RestockPolicy = { mode: 'par-trigger', reorderPointFraction: 0.25 };
    // C2: pads 10/10, nappies 0/10, wipes 5/5 — only the empty nappy slot needs a line
    expect(restockLines(s, 1, { mode: 'round' }, 10)).toBe(1);
    expect(restockLines(s, 1, par, 10)).toBe(1);
    expect(needsRestock(s, 1, par, 10)).toBe(true);
    expect(restockCabinet(s, 1, { mode: 'round' }, 10)).toEqual({ addedUnits: 10, removedUnits: 0, overflowUnits: 0 });
    expect(restockLines(s, 1, par, 11)).toBe(0);
    expect(restockLines(s, 1, { mode: 'round' }, 11)).toBe(0);
    expect(needsRestock(s, 1, par, 11)).toBe(false);
    const before = snapshotState(s);
    expect(restockCabinet(s, 1, par, 11, () => 0)).toEqual({ addedUnits: 0, removedUnits: 0, overflowUnits: 0 });
    expect(snapshotState(s)).toEqual(before);
  });

  it.each([
    [(s: DispensingState) => restockCabinet(s, 2, { mode: 'round' }, 1), /^restockCabinet: cabinetIndex\(=2\) must be an integer in \[0, 1\]/],
    [(s: DispensingState) => restockCabinet(s, 0, { mode: 'round', parFraction: 0 }, 1), /^restockCabinet: policy.parFraction\(=0\) must be in \(0, 1\]/],
    [(s: DispensingState) => restockCabinet(s, 0, { mode: 'round' }, -5), /^restockCabinet: timeMin\(=-5\)/],
    [(s: DispensingState) => restockLines(s, 0, { mode: 'sometimes' as 'round' }, 1), /^restockLines: policy.mode\(="sometimes"\) must be 'round' or 'par-trigger'/],
    [(s: DispensingState) => needsRestock(s, 3, { mode: 'round' }, 1), /^needsRestock: cabinetIndex\(=3\) must be an integer in \[0, 1\]/],
  ])('rejects bad input with the API and the rule, state unchanged (case %#)', (call, message) => {
    const s = createDispensingState(smallWard());
    const before = snapshotState(s);
    expect(() => call(s)).toThrow(DispensingInputError);
    expect(() => call(s)).toThrow(message);
    expect(snapshotState(s)).toEqual(before);
  });

  it('keeps generated lot ids unique next to an outside id near 2^53 (the counter does not follow it there)', () => {
    const s = createDispensingState(smallWard({
      initialLots: [{ cabinetId: 'C1', slotId: 'a', lotId: `L${Number.MAX_SAFE_INTEGER}`, quantity: 1, expiresAtMin: 100 * 1440 }],
    }));
    // Each round brings one unit to every slot with room: four fresh lots in slot a.
    for (let t = 1; t <= 4; t++) restockCabinet(s, 0, { mode: 'round', parFraction: 1 }, t, () => 1);
    expect(s.cabinets[0].slotById.get('a')?.lots.length).toBe(5);
    const ids = new Set<string>();
    for (const cab of s.cabinets) for (const slot of cab.slots) for (const lot of slot.lots) {
      expect(ids.has(`${slot.id}/${lot.lotId}`)).toBe(false);
      ids.add(`${slot.id}/${lot.lotId}`);
    }
    expect(s.nextLotSeq).toBeLessThan(2 ** 52);
  });

  it('rejects a deliver() answer that is not a whole number of units', () => {
    const s = createDispensingState(smallWard());
    expect(() => restockCabinet(s, 0, { mode: 'round' }, 1, () => 1.5)).toThrow(/^restockCabinet: deliver\(\)\(=1.5\) must be an integer >= 0/);
  });
});
