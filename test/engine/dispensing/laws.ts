// Reusable laws of the dispensing core, written once and applied after every command of the
// model-based tests (and in the example tests where they fit).
import { expect } from 'vitest';
import { snapshotState, type DispensingState, type Grant } from '../../../engine/dispensing/index.js';
import type { ReferenceModel } from './reference-model.js';

/** initial + restocked = on hand + dispensed + removed, per (cabinet, SKU), hence per SKU and per cabinet. */
export function conservation(state: DispensingState): void {
  const n = state.items.length;
  const c = state.counters;
  for (const cab of state.cabinets) {
    for (let k = 0; k < n; k++) {
      const onHand = cab.slotsBySku[k].reduce((a, s) => a + s.lots.reduce((b, l) => b + l.quantity, 0), 0);
      const i = cab.index * n + k;
      expect(c.initialUnits[i] + c.restockedUnits[i], `conservation ${cab.id}/${state.items[k].sku}`).toBe(
        onHand + c.dispensedUnits[i] + c.removedUnits[i],
      );
    }
  }
}

/** No slot holds a negative quantity or more than its capacity; lots stay in expiry order. */
export function slotBounds(state: DispensingState): void {
  for (const cab of state.cabinets) {
    for (const slot of cab.slots) {
      const sum = slot.lots.reduce((a, l) => a + l.quantity, 0);
      expect(sum).toBe(slot.onHandUnits);
      expect(slot.onHandUnits).toBeGreaterThanOrEqual(0);
      expect(slot.onHandUnits).toBeLessThanOrEqual(slot.capacityUnits);
      for (let i = 0; i < slot.lots.length; i++) {
        expect(slot.lots[i].quantity).toBeGreaterThan(0);
        if (i > 0) expect(slot.lots[i - 1].expiresAtMin).toBeLessThanOrEqual(slot.lots[i].expiresAtMin);
      }
      if (slot.lots.length > 0) expect(slot.skuIndex).toBeGreaterThanOrEqual(0);
    }
  }
}

/** Usable lots (unexpired, working slot) of a SKU in a cabinet, copied: the FEFO law's "before". */
export function usableLots(state: DispensingState, cabinetId: string, sku: string, timeMin: number): { lotId: string; slotId: string; quantity: number; expiresAtMin: number }[] {
  const cab = state.cabinets[state.cabinetIndex.get(cabinetId)!];
  const k = state.skuIndex.get(sku);
  if (k === undefined) return [];
  return cab.slotsBySku[k].filter((s) => !s.jammed).flatMap((s) =>
    s.lots.filter((l) => l.expiresAtMin > timeMin).map((l) => ({ lotId: l.lotId, slotId: s.id, quantity: l.quantity, expiresAtMin: l.expiresAtMin })),
  );
}

/**
 * FEFO: no grant takes a lot while a usable lot of the same SKU in the same cabinet that
 * expires earlier is left over; no grant takes an expired lot.
 */
export function fefo(before: ReturnType<typeof usableLots>, grants: readonly Grant[], timeMin: number): void {
  const taken = new Map<string, number>();
  for (const g of grants) {
    expect(g.expiresAtMin).toBeGreaterThan(timeMin);
    const key = `${g.slotId}/${g.lotId}`;
    taken.set(key, (taken.get(key) ?? 0) + g.quantity);
  }
  for (const g of grants) {
    for (const lot of before) {
      if (lot.expiresAtMin < g.expiresAtMin) {
        expect(taken.get(`${lot.slotId}/${lot.lotId}`) ?? 0, `lot ${lot.lotId} expiring earlier left while ${g.lotId} taken`).toBe(lot.quantity);
      }
    }
  }
}

/** The core's stock, jams, online flags and patients equal the reference model's. */
export function sameAsModel(model: ReferenceModel, state: DispensingState): void {
  const snap = snapshotState(state);
  const expected = model.cabinets.map((c) => ({
    id: c.id,
    online: c.online,
    slots: c.slots.map((s) => ({
      id: s.id,
      sku: s.sku,
      jammed: s.jammed,
      // stable sort: equal expiries keep arrival order, as the core's slots do
      lots: [...s.lots].sort((a, b) => a.expiresAtMin - b.expiresAtMin).map((l) => ({ ...l })),
    })),
  }));
  expect(snap.cabinets).toEqual(expected);
  const patients = [...model.patients.values()].map((p) => ({
    id: p.id,
    received: state.items
      .filter((i) => (p.got.get(i.sku)?.stayUnits ?? 0) > 0)
      .map((i) => {
        const g = p.got.get(i.sku)!;
        return [i.sku, g.day, g.dayUnits, g.stayUnits];
      }),
  }));
  expect(snap.patients.map((p) => ({ id: p.id, received: p.received }))).toEqual(patients);
}

/** No admitted patient has received more of a SKU than the per-day or per-stay limit. */
export function withinEntitlement(state: DispensingState): void {
  for (const p of state.patients.values()) {
    state.entitlements.forEach((rule, k) => {
      if (p.stayUnits[k] === 0) return;
      expect(p.kind === 'mother' ? rule.mother : rule.newborn, `${p.id} got a SKU its kind is not entitled to`).toBe(true);
      expect(p.stayUnits[k]).toBeLessThanOrEqual(rule.perStay);
      expect(p.dayUnits[k]).toBeLessThanOrEqual(rule.perDay);
    });
  }
}
