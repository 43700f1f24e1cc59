// The read functions the server and the twin use instead of the state's internals.
import { describe, expect, it } from 'vitest';
import { cabinetSummaries, cabinetView, cabinetViews, createDispensingState, hasCabinet, setSlotJammed, snapshotState, stockLevel } from '../../../engine/dispensing/index.js';
import { DAY, smallWard } from './fixtures.js';

describe('cabinet views', () => {
  it('cabinetSummaries() lists every cabinet in ward order with its slot count, jammed slots and stock', () => {
    const state = createDispensingState(smallWard());
    setSlotJammed(state, 'C2', 'c', true, 0);
    expect(cabinetSummaries(state, 30 * DAY)).toEqual([
      { id: 'C1', modelId: 'std', online: true, location: { x: 0, y: 0 }, slots: 3, jammedSlots: 0, stock: stockLevel(state, { cabinetId: 'C1' }, 30 * DAY) },
      { id: 'C2', modelId: 'std', online: true, location: { x: 10, y: 0 }, slots: 3, jammedSlots: 1, stock: { onHandUnits: 15, usableUnits: 10, expiredUnits: 5, blockedUnits: 0 } },
    ]);
  });

  it('cabinetView() shows each slot with its SKU by name and its lots first expiry first; undefined for an unknown cabinet', () => {
    const state = createDispensingState(smallWard({ cabinets: [{ id: 'C1', modelId: 'std', location: { x: 0, y: 0 }, slotSkus: ['pad', 'nappy', null] }], initialLots: [
      { cabinetId: 'C1', slotId: 'a', lotId: 'p-late', quantity: 4, expiresAtMin: 100 * DAY },
      { cabinetId: 'C1', slotId: 'a', lotId: 'p-early', quantity: 3, expiresAtMin: 50 * DAY },
    ] }));
    const view = cabinetView(state, 'C1', 0);
    expect(view?.slotDetails).toEqual([
      { id: 'a', sizeClass: 'M', capacityUnits: 10, sku: 'pad', jammed: false, onHandUnits: 7, lots: [
        { lotId: 'p-early', quantity: 3, expiresAtMin: 50 * DAY },
        { lotId: 'p-late', quantity: 4, expiresAtMin: 100 * DAY },
      ] },
      { id: 'b', sizeClass: 'M', capacityUnits: 10, sku: 'nappy', jammed: false, onHandUnits: 0, lots: [] },
      { id: 'c', sizeClass: 'S', capacityUnits: 5, sku: null, jammed: false, onHandUnits: 0, lots: [] },
    ]);
    expect(cabinetView(state, 'C9', 0)).toBeUndefined();
    expect([hasCabinet(state, 'C1'), hasCabinet(state, 'C9')]).toEqual([true, false]);
  });

  it('a view is a copy: changing it leaves the state as it was', () => {
    const state = createDispensingState(smallWard());
    const before = snapshotState(state);
    const [c1] = cabinetViews(state, 0);
    (c1.slotDetails[0].lots[0] as { quantity: number }).quantity = 999;
    (c1.slotDetails as unknown[]).length = 0;
    expect(snapshotState(state)).toEqual(before);
    expect(cabinetViews(state, 0)[0].slotDetails[0].lots[0].quantity).toBe(3);
  });
});
