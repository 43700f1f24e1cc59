/**
 * Stock in a slot: lots kept in expiry order (first-expiry-first-out), so the usable stock is
 * everything after the expired prefix and a dispense takes from the front. These helpers are
 * the hot path of every decision; they allocate nothing unless they grant.
 */
import { fefoFrontChanged, fefoLot } from './fefo-order.js';
import type { Grant } from './request-types.js';
import type { CabinetState, DispensingState, LotState, SlotState } from './state-types.js';

/**
 * Puts a lot into a slot behind every lot that expires no later (a new lot with the same
 * expiry goes behind the older ones).
 */
export function insertLot(slot: SlotState, lot: LotState): void {
  const lots = slot.lots;
  let i = lots.length;
  while (i > 0 && lots[i - 1].expiresAtMin > lot.expiresAtMin) i--;
  if (i === lots.length) lots.push(lot);
  else lots.splice(i, 0, lot);
  if (i === 0) slot.headExpiryMin = lot.expiresAtMin;
  slot.onHandUnits += lot.quantity;
}

/** Units in the slot not expired at `timeMin` (jam state ignored). */
export function unexpiredUnits(slot: SlotState, timeMin: number): number {
  if (slot.headExpiryMin > timeMin) return slot.onHandUnits;
  const lots = slot.lots;
  let expired = 0;
  for (let i = 0; i < lots.length && lots[i].expiresAtMin <= timeMin; i++) expired += lots[i].quantity;
  return slot.onHandUnits - expired;
}

/** Unexpired units of a SKU in a cabinet's working (unjammed) slots. */
export function usableUnits(cab: CabinetState, skuIndex: number, timeMin: number): number {
  const slots = cab.slotsBySku[skuIndex];
  let n = 0;
  for (let s = 0; s < slots.length; s++) if (!slots[s].jammed) n += unexpiredUnits(slots[s], timeMin);
  return n;
}

/**
 * Whether the cabinet's working slots hold at least `quantity` unexpired units of a SKU: the
 * same answer as `usableUnits(...) >= quantity`. When the FEFO lot alone holds enough (the usual
 * case on a stocked ward) no other lot is read; otherwise it stops at the first slots that
 * suffice. For a decision at the state's clock (see `fefo-order.ts`).
 */
export function hasUsable(cab: CabinetState, skuIndex: number, quantity: number, timeMin: number): boolean {
  const first = fefoLot(cab, skuIndex, timeMin);
  if (first !== null && first.quantity >= quantity) return true;
  const slots = cab.slotsBySku[skuIndex];
  let n = 0;
  for (let s = 0; s < slots.length; s++) {
    if (slots[s].jammed) continue;
    n += unexpiredUnits(slots[s], timeMin);
    if (n >= quantity) return true;
  }
  return false;
}

/**
 * Removes the slot's lot at `index` in place (units are the caller's). `Array.prototype.splice`
 * would allocate the array of removed elements on every call, and `shift` (almost every removal
 * is of the head) costs a builtin call that moves the array's start; a slot holds a few lots, so
 * moving them down one by one is cheaper. A dispense or a restock removes a lot thousands of
 * times a simulated day.
 */
export function removeLotAt(slot: SlotState, index: number): void {
  const lots = slot.lots;
  const last = lots.length - 1;
  for (let i = index; i < last; i++) lots[i] = lots[i + 1];
  lots.pop();
  if (index === 0) slot.headExpiryMin = last > 0 ? lots[0].expiresAtMin : Infinity;
}

/**
 * Takes `quantity` units of a SKU from a cabinet, always from the earliest-expiring unexpired
 * lot among its working slots (ties: lower slot position). The caller has checked that enough
 * usable units exist. Emptied lots leave their slot. Each lot touched is recorded in `grants`
 * when given; with null nothing is allocated (the simulation path).
 *
 * The lot is the cabinet's FEFO lot for the SKU (`fefoLot`), kept from the last take while it
 * lasts and otherwise found at the front of the SKU's FEFO order, so no take reads every slot.
 * For a decision at the state's clock (see `fefo-order.ts`).
 */
export function takeUnits(cab: CabinetState, skuIndex: number, quantity: number, timeMin: number, grants: Grant[] | null): void {
  const fefo = cab.fefoOrders[skuIndex];
  let left = quantity;
  while (left > 0) {
    const lot = fefoLot(cab, skuIndex, timeMin);
    if (lot === null) throw new Error('takeUnits: called without enough usable stock (core invariant broken)');
    const slot = fefo.slot!;
    const take = lot.quantity < left ? lot.quantity : left;
    lot.quantity -= take;
    slot.onHandUnits -= take;
    if (slot.onHandUnits === 0) cab.slotsEmptied++;
    left -= take;
    // The emptied lot leaves; its slot's next lot expires no earlier, so the slot's key in the
    // FEFO order stays a lower bound and the next look finds where it goes.
    if (lot.quantity === 0) {
      removeLotAt(slot, fefo.lotIndex);
      fefo.lot = null;
    }
    if (grants !== null) grants.push({ slotId: slot.id, lotId: lot.lotId, quantity: take, expiresAtMin: lot.expiresAtMin });
  }
}

/**
 * Applies grants recorded in a ledger event to a cabinet (replay). Grants name slot and lot,
 * so replay does not re-decide; it checks the lot exists and has the units.
 */
export function applyGrants(cab: CabinetState, grants: readonly Grant[]): void {
  for (const g of grants) {
    const slot = cab.slotById.get(g.slotId);
    const i = slot ? slot.lots.findIndex((l) => l.lotId === g.lotId && l.expiresAtMin === g.expiresAtMin) : -1;
    if (!slot || i < 0 || slot.lots[i].quantity < g.quantity) {
      throw new Error(`replayLedger: grant of ${g.quantity} from lot "${g.lotId}" in ${cab.id}/${g.slotId} does not match the stock`);
    }
    const lot = slot.lots[i];
    lot.quantity -= g.quantity;
    slot.onHandUnits -= g.quantity;
    if (slot.onHandUnits === 0) cab.slotsEmptied++;
    if (lot.quantity === 0) removeLotAt(slot, i);
    // Replay takes the lots it is told, not necessarily the FEFO one.
    fefoFrontChanged(cab, slot);
  }
}

/** Lot numbers noted by `noteLotId` stay below this (2^52), far from where doubles stop counting. */
const LOT_SEQ_LIMIT = 2 ** 52;

/**
 * Keeps `nextLotSeq` above every placed lot id of the core's form `L<n>`, so generated ids stay
 * unique and a replayed state arrives at the same counter. Ids from 2^52 up are left out: near
 * 2^53 the counter could not step on (2^53 + 1 rounds back to 2^53) and would hand out an id
 * twice, while the core's own numbering, one per lot placed, never gets near 2^52.
 */
export function noteLotId(state: DispensingState, lotId: string): void {
  if (lotId.charCodeAt(0) !== 76 /* L */) return;
  const n = Number(lotId.slice(1));
  if (Number.isSafeInteger(n) && n < LOT_SEQ_LIMIT && n >= state.nextLotSeq) state.nextLotSeq = n + 1;
}
