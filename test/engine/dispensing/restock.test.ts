import { describe, expect, it } from 'vitest';
import {
  applyRestock,
  assignSlot,
  createDispensingState,
  deliveryFromPlan,
  DispensingInputError,
  planRestock,
  removeExpired,
  setSlotJammed,
  snapshotState,
  stockLevel,
} from '../../../engine/dispensing/index.js';
import { DAY, smallWard } from './fixtures.js';
import { conservation, slotBounds } from './laws.js';

describe('planRestock()', () => {
  it('fixed round: tops every working slot up to par, removes expired lots, never beyond capacity', () => {
    const s = createDispensingState(smallWard());
    const plan = planRestock(s, { mode: 'round' }, 25 * DAY);
    const c2 = plan.cabinets.find((c) => c.cabinetId === 'C2')!;
    expect(c2.lines.find((l) => l.slotId === 'c')).toMatchObject({ sku: 'wipes', onHandUnits: 5, keptUnits: 0, addUnits: 5, removeLots: [{ lotId: 'w2', quantity: 5 }] });
    expect(plan.cabinets.find((c) => c.cabinetId === 'C1')!.lines.map((l) => [l.slotId, l.addUnits])).toEqual([['a', 3], ['b', 0 + 0], ['c', 5]].filter(([, n]) => n !== 0));
    for (const c of plan.cabinets) for (const l of c.lines) expect(l.keptUnits + l.addUnits).toBeLessThanOrEqual(l.capacityUnits);
  });

  it('par trigger: only slots at or below the reorder point', () => {
    const s = createDispensingState(smallWard());
    const plan = planRestock(s, { mode: 'par-trigger', reorderPointFraction: 0.5, parFraction: 0.8 }, 0);
    const lines = plan.cabinets.flatMap((c) => c.lines.map((l) => `${c.cabinetId}/${l.slotId}+${l.addUnits}`));
    // C1/a holds 7 of 10 (above 5), C1/b 10, C2/a 10, C2/c 5 of 5; C1/c, C2/b are empty
    expect(lines).toEqual(['C1/c+4', 'C2/b+8']);
  });

  it('skips jammed slots and rejects bad policies', () => {
    const s = createDispensingState(smallWard());
    setSlotJammed(s, 'C1', 'c', true, 0);
    expect(planRestock(s, { mode: 'round' }, 0).cabinets[0].lines.map((l) => l.slotId)).toEqual(['a']);
    expect(() => planRestock(s, { mode: 'round', parFraction: 1.5 }, 0)).toThrow(/planRestock: policy.parFraction\(=1.5\) must be in \(0, 1\]/);
    expect(() => planRestock(s, { mode: 'weekly' as 'round' }, 0)).toThrow(DispensingInputError);
    expect(() => planRestock(s, { mode: 'round', cabinetIds: ['C9'] }, 0)).toThrow(/policy.cabinetIds\[0\]\(="C9"\) must name a cabinet/);
  });
});

describe('applyRestock()', () => {
  it('applies a full delivery from the plan and keeps conservation', () => {
    const s = createDispensingState(smallWard());
    const plan = planRestock(s, { mode: 'round' }, 25 * DAY);
    const receipt = applyRestock(s, deliveryFromPlan(s, plan), 25 * DAY);
    expect(receipt).toEqual({ addedUnits: plan.addUnits, removedUnits: plan.removeUnits, overflowUnits: 0 });
    expect(stockLevel(s, {}, 25 * DAY)).toEqual({ onHandUnits: 50, usableUnits: 50, expiredUnits: 0, blockedUnits: 0 });
    conservation(s);
    slotBounds(s);
  });

  it('takes a short delivery (upstream shortage) in plan order', () => {
    const s = createDispensingState(smallWard());
    const plan = planRestock(s, { mode: 'round' }, 25 * DAY);
    const delivery = deliveryFromPlan(s, plan, { supplyUnits: { wipes: 7 } });
    const wipes = delivery.lines.filter((l) => l.slotId === 'c').map((l) => l.lots!.reduce((a, x) => a + x.quantity, 0));
    expect(wipes).toEqual([5, 2]);
    applyRestock(s, delivery, 25 * DAY);
    expect(stockLevel(s, { sku: 'wipes' }, 25 * DAY).onHandUnits).toBe(7);
  });

  it('places a new lot behind older lots with the same or earlier expiry, and clips at capacity', () => {
    const s = createDispensingState(smallWard());
    const r = applyRestock(s, { lines: [{ cabinetId: 'C1', slotId: 'a', lots: [{ lotId: 'same', quantity: 1, expiresAtMin: 50 * DAY }, { lotId: 'big', quantity: 9, expiresAtMin: 200 * DAY }] }] }, 1);
    expect(r).toEqual({ addedUnits: 3, removedUnits: 0, overflowUnits: 7 });
    expect(s.cabinets[0].slotById.get('a')!.lots.map((l) => `${l.lotId}:${l.quantity}`)).toEqual(['p-early:3', 'same:1', 'p-late:4', 'big:2']);
  });

  it.each([
    ['unknown cabinet', { cabinetId: 'C9', slotId: 'a' }, /applyRestock: delivery.lines\[1\].cabinetId\(="C9"\) must name a cabinet/],
    ['unknown slot', { cabinetId: 'C1', slotId: 'z' }, /delivery.lines\[1\].slotId\(="z"\) must name a slot of cabinet "C1"/],
    ['negative quantity', { cabinetId: 'C1', slotId: 'a', lots: [{ quantity: -3, expiresAtMin: 1 }] }, /lines\[1\].lots\[0\].quantity\(=-3\) must be an integer >= 1/],
    ['unknown lot to remove', { cabinetId: 'C1', slotId: 'a', removeLotIds: ['zz'] }, /lines\[1\].removeLotIds\[0\]\(="zz"\) is not in slot/],
    ['duplicate lot id', { cabinetId: 'C1', slotId: 'a', lots: [{ lotId: 'p-late', quantity: 1, expiresAtMin: 1 }] }, /lines\[1\].lots\[0\].lotId\(="p-late"\) is already in slot/],
  ])('rejects %s and changes nothing', (_name, line, message) => {
    const s = createDispensingState(smallWard());
    const good = { cabinetId: 'C2', slotId: 'b', lots: [{ quantity: 1, expiresAtMin: 9 }] };
    const before = snapshotState(s);
    // the good line comes first: nothing of it may be applied when a later line is bad
    expect(() => applyRestock(s, { lines: [good, line] }, 0)).toThrow(message);
    expect(snapshotState(s)).toEqual(before);
  });
});

describe('removeExpired() and assignSlot()', () => {
  it('removes exactly the expired lots, jammed slots included', () => {
    const s = createDispensingState(smallWard());
    setSlotJammed(s, 'C2', 'c', true, 0);
    expect(removeExpired(s, 20 * DAY).removedUnits).toBe(5);
    expect(removeExpired(s, 60 * DAY).removedUnits).toBe(3);
    expect(s.counters.events).toBe(3);
    conservation(s);
  });

  it('reassigns only an empty slot, to a SKU of its size class', () => {
    const s = createDispensingState(smallWard());
    expect(() => assignSlot(s, 'C1', 'a', 'nappy', 0)).toThrow(/still holds 7 units/);
    expect(() => assignSlot(s, 'C1', 'c', 'pad', 0)).toThrow(/does not fit slot size class S/);
    expect(assignSlot(s, 'C2', 'b', 'pad', 0)).toBe(true);
    expect(s.cabinets[1].slotsBySku[0].map((x) => x.id)).toEqual(['a', 'b']);
  });
});
