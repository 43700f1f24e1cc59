/**
 * Carrying out a restock: the restocker takes lots out (expired or condemned) and puts new lots
 * in, behind the older ones. A delivery may be short (upstream shortage) — the caller simply
 * brings fewer units — and a slot never goes over capacity: extra units go back to the store
 * room and are reported as overflow. `removeExpired` is the same removal without a delivery.
 */
import { DispensingInputError } from './errors.js';
import { cabinetOf, checkCount, checkString, checkTime, isArray, slotOf } from './input-checks.js';
import { emit, wantsEvents } from './ledger-emit.js';
import { MINUTES_PER_DAY } from './entitlement.js';
import type { RestockPlan } from './restock-plan.js';
import { fefoFrontChanged, fefoHeadCame } from './fefo-order.js';
import { insertLot, noteLotId, removeLotAt } from './slot-stock.js';
import type { CabinetState, DispensingState, LotState, SlotState } from './state-types.js';

/** A new lot brought to a slot. */
export interface DeliveryLot {
  /** Lot id; default assigned by the core (`"L<n>"`). Must not already be in the slot. */
  readonly lotId?: string;
  /** Units (integer >= 1). */
  readonly quantity: number;
  /** Expiry, minutes since scenario start. */
  readonly expiresAtMin: number;
}

/** What happens at one slot. */
export interface DeliveryLine {
  readonly cabinetId: string;
  readonly slotId: string;
  /** Lots taken out first (ids present in the slot). */
  readonly removeLotIds?: readonly string[];
  /** Lots put in afterwards. */
  readonly lots?: readonly DeliveryLot[];
}

/** A restock as carried out. */
export interface RestockDelivery {
  readonly lines: readonly DeliveryLine[];
}

/** What a restock or an expiry sweep did. */
export interface RestockReceipt {
  /** Units put into slots. */
  readonly addedUnits: number;
  /** Units taken out of slots. */
  readonly removedUnits: number;
  /** Units brought but not placed because the slot was full. */
  readonly overflowUnits: number;
}

/** Takes lot `index` out of a slot (expired or condemned); returns its units. */
export function removeLot(state: DispensingState, cab: CabinetState, slot: SlotState, index: number, timeMin: number): number {
  const lot = slot.lots[index];
  removeLotAt(slot, index);
  slot.onHandUnits -= lot.quantity;
  fefoFrontChanged(cab, slot);
  state.nowMin = timeMin;
  state.counters.removedUnits[cab.index * state.items.length + slot.skuIndex] += lot.quantity;
  state.counters.events++;
  if (wantsEvents(state)) {
    emit(state, { type: 'expired-removed', timeMin, cabinetId: cab.id, slotId: slot.id, lotId: lot.lotId, quantity: lot.quantity });
  }
  return lot.quantity;
}

/** Puts a new lot into a slot (the caller has clipped it to capacity); returns the units placed. */
export function placeLot(state: DispensingState, cab: CabinetState, slot: SlotState, lot: LotState, timeMin: number): number {
  if (lot.quantity <= 0) return 0;
  noteLotId(state, lot.lotId);
  return placeNewLot(state, cab, slot, lot, timeMin);
}

/**
 * `placeLot` for a lot whose id the core has just taken from `nextLotSeq` (so the counter is
 * already above it and there is no id to parse back); quantity >= 1.
 */
export function placeNewLot(state: DispensingState, cab: CabinetState, slot: SlotState, lot: LotState, timeMin: number): number {
  insertLot(slot, lot);
  fefoHeadCame(cab, slot);
  state.nowMin = timeMin;
  state.counters.restockedUnits[cab.index * state.items.length + slot.skuIndex] += lot.quantity;
  state.counters.events++;
  if (wantsEvents(state)) {
    emit(state, { type: 'restocked', timeMin, cabinetId: cab.id, slotId: slot.id, lotId: lot.lotId, quantity: lot.quantity, expiresAtMin: lot.expiresAtMin });
  }
  return lot.quantity;
}

/**
 * Applies a delivery at `timeMin`: per line, removes the named lots, then adds the new lots in
 * expiry order behind older ones, up to the slot's capacity. All lines are checked before any
 * change, so a bad delivery leaves the state untouched.
 *
 * @throws DispensingInputError for an unknown cabinet, slot or lot, a lot for a slot without a
 *   SKU, a duplicate lot id, a quantity that is not an integer >= 1, or a bad time.
 */
export function applyRestock(state: DispensingState, delivery: RestockDelivery, timeMin: number): RestockReceipt {
  const api = 'applyRestock';
  checkTime(state, api, timeMin);
  if (!delivery || !isArray(delivery.lines)) throw new DispensingInputError(api, 'delivery.lines', 'must be an array');
  const resolved: [CabinetState, SlotState][] = [];
  const idsBySlot = new Map<SlotState, Set<string>>();
  delivery.lines.forEach((line, i) => {
    const p = `delivery.lines[${i}]`;
    const cab = cabinetOf(state, api, `${p}.cabinetId`, line.cabinetId);
    const slot = slotOf(cab, api, `${p}.slotId`, line.slotId);
    const named = (line.removeLotIds?.length ?? 0) > 0 || (line.lots ?? []).some((l) => l.lotId !== undefined);
    let ids = idsBySlot.get(slot);
    // lot ids are only tracked when the delivery names some (a plain refill names none)
    if (!ids && named) idsBySlot.set(slot, (ids = new Set(slot.lots.map((l) => l.lotId))));
    (line.removeLotIds ?? []).forEach((id, k) => {
      if (!ids!.delete(id)) throw new DispensingInputError(api, `${p}.removeLotIds[${k}]`, `(=${JSON.stringify(id)}) is not in slot "${slot.id}" of "${cab.id}"`);
    });
    const lots = line.lots ?? [];
    if (lots.length > 0 && slot.skuIndex < 0) throw new DispensingInputError(api, `${p}.slotId`, `(="${slot.id}") has no SKU assigned`);
    lots.forEach((lot, k) => {
      checkCount(api, `${p}.lots[${k}].quantity`, lot.quantity, 1);
      if (!Number.isFinite(lot.expiresAtMin)) throw new DispensingInputError(api, `${p}.lots[${k}].expiresAtMin`, `(=${String(lot.expiresAtMin)}) must be finite`);
      if (lot.lotId !== undefined) {
        checkString(api, `${p}.lots[${k}].lotId`, lot.lotId);
        if (ids!.has(lot.lotId)) throw new DispensingInputError(api, `${p}.lots[${k}].lotId`, `(="${lot.lotId}") is already in slot "${slot.id}"`);
        ids!.add(lot.lotId);
      }
    });
    resolved.push([cab, slot]);
  });

  let added = 0;
  let removed = 0;
  let overflow = 0;
  delivery.lines.forEach((line, i) => {
    const [cab, slot] = resolved[i];
    for (const id of line.removeLotIds ?? []) removed += removeLot(state, cab, slot, slot.lots.findIndex((l) => l.lotId === id), timeMin);
    for (const lot of line.lots ?? []) {
      const room = slot.capacityUnits - slot.onHandUnits;
      const take = Math.min(room, lot.quantity);
      overflow += lot.quantity - take;
      if (take <= 0) continue;
      let lotId = lot.lotId;
      while (lotId === undefined || slot.lots.some((l) => l.lotId === lotId)) lotId = `L${state.nextLotSeq++}`;
      added += placeLot(state, cab, slot, { lotId, quantity: take, expiresAtMin: lot.expiresAtMin }, timeMin);
    }
  });
  return { addedUnits: added, removedUnits: removed, overflowUnits: overflow };
}

/**
 * Takes every lot that has expired at `timeMin` (`expiresAtMin <= timeMin`) out of every slot,
 * jammed or not (a restocker can open a jammed slot's door).
 */
export function removeExpired(state: DispensingState, timeMin: number): RestockReceipt {
  checkTime(state, 'removeExpired', timeMin);
  let removed = 0;
  for (const cab of state.cabinets) {
    for (const slot of cab.slots) {
      while (slot.lots.length > 0 && slot.lots[0].expiresAtMin <= timeMin) removed += removeLot(state, cab, slot, 0, timeMin);
    }
  }
  return { addedUnits: 0, removedUnits: removed, overflowUnits: 0 };
}

/** Options for turning a plan into a delivery. */
export interface DeliveryOptions {
  /**
   * Units the store room can supply per SKU (upstream shortage); lines are served in plan order
   * until a SKU runs out. Default: unlimited.
   */
  readonly supplyUnits?: Readonly<Record<string, number>>;
}

/**
 * The delivery that carries out `plan` in full (or as far as `supplyUnits` allows): the planned
 * lots come out and one new lot per line goes in, expiring after the SKU's shelf life
 * (`plan.timeMin + shelfLifeDays × 1440`).
 */
export function deliveryFromPlan(state: DispensingState, plan: RestockPlan, options: DeliveryOptions = {}): RestockDelivery {
  const supply = new Map(Object.entries(options.supplyUnits ?? {}));
  const lines: DeliveryLine[] = [];
  for (const list of plan.cabinets) {
    for (const line of list.lines) {
      const item = state.items[state.skuIndex.get(line.sku)!];
      const left = supply.get(line.sku) ?? Infinity;
      const quantity = Math.max(0, Math.min(line.addUnits, Math.floor(left)));
      if (supply.has(line.sku)) supply.set(line.sku, left - quantity);
      const lots = quantity > 0 ? [{ quantity, expiresAtMin: plan.timeMin + item.shelfLifeDays * MINUTES_PER_DAY }] : [];
      lines.push({ cabinetId: list.cabinetId, slotId: line.slotId, removeLotIds: line.removeLots.map((l) => l.lotId), lots });
    }
  }
  return { lines };
}
