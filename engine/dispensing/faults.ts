/**
 * Faults and layout changes on a live ward: a slot jams (its spiral stops turning) or is
 * cleared, a cabinet goes offline (power, network) or comes back, an empty slot is given a new
 * SKU. Each real change is one ledger event; setting a state that already holds changes nothing
 * and records nothing.
 */
import { DispensingInputError } from './errors.js';
import { cabinetOf, checkTime, slotOf } from './input-checks.js';
import { emit, wantsEvents } from './ledger-emit.js';
import { fefoFrontChanged, fefoHeadCame, staleFefoOrder } from './fefo-order.js';
import type { DispensingState, SlotState } from './state-types.js';

/**
 * Marks a slot jammed (`true`) or cleared (`false`). A jammed slot keeps its stock but cannot
 * dispense; `planRestock` skips it (`applyRestock` still accepts a delivery into it).
 *
 * @returns whether the state changed.
 * @throws DispensingInputError for an unknown cabinet or slot, or a bad time.
 */
export function setSlotJammed(state: DispensingState, cabinetId: string, slotId: string, jammed: boolean, timeMin: number): boolean {
  const api = 'setSlotJammed';
  const cab = cabinetOf(state, api, 'cabinetId', cabinetId);
  const slot = slotOf(cab, api, 'slotId', slotId);
  if (typeof jammed !== 'boolean') throw new DispensingInputError(api, 'jammed', `(=${JSON.stringify(jammed)}) must be a boolean`);
  checkTime(state, api, timeMin);
  if (slot.jammed === jammed) return false;
  slot.jammed = jammed;
  if (jammed) fefoFrontChanged(cab, slot);
  else fefoHeadCame(cab, slot);
  state.nowMin = timeMin;
  state.counters.events++;
  if (wantsEvents(state)) emit(state, { type: jammed ? 'jammed' : 'cleared', timeMin, cabinetId, slotId });
  return true;
}

/**
 * Takes a cabinet offline (`false`) or back online (`true`). An offline cabinet refuses every
 * request with `cabinet-offline`; its stock stays, and restockers can still fill it.
 *
 * @returns whether the state changed.
 */
export function setCabinetOnline(state: DispensingState, cabinetId: string, online: boolean, timeMin: number): boolean {
  const api = 'setCabinetOnline';
  const cab = cabinetOf(state, api, 'cabinetId', cabinetId);
  if (typeof online !== 'boolean') throw new DispensingInputError(api, 'online', `(=${JSON.stringify(online)}) must be a boolean`);
  checkTime(state, api, timeMin);
  if (cab.online === online) return false;
  cab.online = online;
  state.nowMin = timeMin;
  state.counters.events++;
  if (wantsEvents(state)) emit(state, { type: online ? 'online' : 'offline', timeMin, cabinetId });
  return true;
}

/** Moves a slot between the per-SKU indexes (slot order kept). */
export function reindexSlot(state: DispensingState, cabinetIndex: number, slot: SlotState, skuIndex: number): void {
  const cab = state.cabinets[cabinetIndex];
  // Positions in both SKU lists shift.
  staleFefoOrder(cab, slot.skuIndex);
  staleFefoOrder(cab, skuIndex);
  if (slot.skuIndex >= 0) {
    const list = cab.slotsBySku[slot.skuIndex];
    list.splice(list.indexOf(slot), 1);
  }
  slot.skuIndex = skuIndex;
  if (skuIndex >= 0) {
    const list = cab.slotsBySku[skuIndex];
    let i = list.length;
    while (i > 0 && list[i - 1].index > slot.index) i--;
    list.splice(i, 0, slot);
  }
}

/**
 * Gives an empty slot a SKU (or `null` for none): a planogram change on a live ward.
 *
 * @returns whether the state changed.
 * @throws DispensingInputError if the slot still holds stock, the SKU is unknown or its size
 *   class does not fit the slot.
 */
export function assignSlot(state: DispensingState, cabinetId: string, slotId: string, sku: string | null, timeMin: number): boolean {
  const api = 'assignSlot';
  const cab = cabinetOf(state, api, 'cabinetId', cabinetId);
  const slot = slotOf(cab, api, 'slotId', slotId);
  let skuIndex = -1;
  if (sku !== null) {
    const i = state.skuIndex.get(sku);
    if (i === undefined) throw new DispensingInputError(api, 'sku', `(=${JSON.stringify(sku)}) must name a catalog SKU or be null`);
    if (state.items[i].sizeClass !== slot.sizeClass) {
      throw new DispensingInputError(api, 'sku', `(="${sku}", size ${state.items[i].sizeClass}) does not fit slot size class ${slot.sizeClass}`);
    }
    skuIndex = i;
  }
  checkTime(state, api, timeMin);
  if (slot.skuIndex === skuIndex) return false;
  if (slot.onHandUnits > 0) {
    throw new DispensingInputError(api, 'slotId', `(="${slotId}") still holds ${slot.onHandUnits} units; empty it before reassigning`);
  }
  reindexSlot(state, cab.index, slot, skuIndex);
  state.nowMin = timeMin;
  state.counters.events++;
  if (wantsEvents(state)) emit(state, { type: 'slot-assigned', timeMin, cabinetId, slotId, sku });
  return true;
}
