/**
 * Stock in a slot: lots kept in expiry order (first-expiry-first-out), so the usable stock is
 * everything after the expired prefix and a dispense takes from the front. These helpers are
 * the hot path of every decision; they allocate nothing unless they grant.
 */
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

/** Index of the first lot not expired at `timeMin` (lots are expiry-sorted). */
export function firstUsableLot(slot: SlotState, timeMin: number): number {
  if (slot.headExpiryMin > timeMin) return 0;
  const lots = slot.lots;
  let i = 0;
  while (i < lots.length && lots[i].expiresAtMin <= timeMin) i++;
  return i;
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
 * The FEFO memo's lot when it is still valid at `timeMin` (see `takeUnits`), else null: set, and
 * not expired since. While valid it is its slot's first usable lot and the cabinet's FEFO lot
 * for the SKU, in a working slot.
 */
function memoLot(cab: CabinetState, skuIndex: number, timeMin: number): LotState | null {
  if (cab.fefoSlot[skuIndex] < 0) return null;
  const lot = cab.fefoLot[skuIndex];
  return lot !== null && lot.expiresAtMin > timeMin ? lot : null;
}

/**
 * Whether the cabinet's working slots hold at least `quantity` unexpired units of a SKU: the
 * same answer as `usableUnits(...) >= quantity`, stopping at the first slots that suffice (the
 * usual case on a stocked ward, where one slot holds a whole request). When the FEFO memo's lot
 * alone holds enough, no slot is read at all.
 */
export function hasUsable(cab: CabinetState, skuIndex: number, quantity: number, timeMin: number): boolean {
  const memo = memoLot(cab, skuIndex, timeMin);
  if (memo !== null && memo.quantity >= quantity) return true;
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
 * Forgets a cabinet's FEFO memo for a SKU (index < 0: none). Stock changes other than a
 * dispense call it when they could make another lot the first to expire: a jam or its repair, a
 * slot moving between SKUs, replayed grants, and new or removed lots that
 * `fefoAfterInsert` / `fefoAfterRemove` cannot rule out.
 */
export function forgetFefo(cab: CabinetState, skuIndex: number): void {
  if (skuIndex >= 0) {
    cab.fefoSlot[skuIndex] = -1;
    cab.fefoLot[skuIndex] = null;
  }
}

/**
 * A lot arrived in a slot of the SKU: the memo stays when the new lot expires strictly later
 * than the memo's lot, for then it can neither be the FEFO lot nor sit in front of the memo's
 * lot in its slot (the usual restock, whose lots expire a shelf life from now); otherwise,
 * e.g. a delivered lot that expires sooner, it is forgotten.
 */
export function fefoAfterInsert(cab: CabinetState, skuIndex: number, lot: LotState): void {
  if (skuIndex < 0) return;
  const memo = cab.fefoLot[skuIndex];
  if (cab.fefoSlot[skuIndex] >= 0 && memo !== null && lot.expiresAtMin > memo.expiresAtMin) return;
  forgetFefo(cab, skuIndex);
}

/**
 * A lot left `slot` other than by a dispense: taking a lot out of another slot removes a
 * candidate and cannot make a better one, so only a removal from the memo's own slot (which
 * may be its lot, or shift its position) forgets the memo.
 */
export function fefoAfterRemove(cab: CabinetState, slot: SlotState): void {
  const k = slot.skuIndex;
  if (k < 0) return;
  const at = cab.fefoSlot[k];
  if (at >= 0 && cab.slotsBySku[k][at] !== slot) return;
  forgetFefo(cab, k);
}

/** Per-call scratch of `takeUnits`: each working slot's first usable lot (grown on demand; never shared across calls). */
let heads = new Int32Array(16);
/** Per-call scratch of `takeUnits`: that lot's expiry, or Infinity for a jammed or empty slot. */
let headExpiry = new Float64Array(16);

/**
 * The request emptied its last lot: every working slot's first usable lot is still in `heads`
 * and `headExpiry` (only the emptied lot's slot changed, and its entry was updated), so the
 * earliest of them (ties: lower position) is the FEFO lot now, exactly what the next call would
 * find by scanning the slots; remember it as the memo, or forget the memo when no slot has a lot.
 */
function rememberEarliestHead(cab: CabinetState, skuIndex: number, slots: readonly SlotState[], n: number): void {
  let best = -1;
  let bestExpiry = Infinity;
  for (let s = 0; s < n; s++) {
    if (headExpiry[s] < bestExpiry) {
      best = s;
      bestExpiry = headExpiry[s];
    }
  }
  if (best < 0) {
    forgetFefo(cab, skuIndex);
    return;
  }
  cab.fefoSlot[skuIndex] = best;
  cab.fefoLot[skuIndex] = slots[best].lots[heads[best]];
  cab.fefoLotIndex[skuIndex] = heads[best];
}

/**
 * Takes `quantity` units of a SKU from a cabinet, always from the earliest-expiring unexpired
 * lot among its working slots (ties: lower slot position). The caller has checked that enough
 * usable units exist. Emptied lots leave their slot. Each lot touched is recorded in `grants`
 * when given; with null nothing is allocated (the simulation path).
 *
 * The slots' first usable lots are found once per call; taking from a slot changes only that
 * slot's head (its next lot expires no earlier, so it is usable too), so a request that spans
 * several small lots does not rescan every slot for each lot.
 */
export function takeUnits(cab: CabinetState, skuIndex: number, quantity: number, timeMin: number, grants: Grant[] | null): void {
  if (quantity <= 0) return;
  const slots = cab.slotsBySku[skuIndex];
  // The memo: since it was set, only dispenses, lots arriving that expire later than the memo's
  // and removals from other slots changed this SKU's stock (anything else forgets it), and they
  // (like time passing) only make other slots' first usable lots expire later or vanish. So while the
  // memo's lot is unexpired it is still its slot's first usable one (the lots before it had
  // expired when it was chosen, and nothing but a reset can insert or remove lots before it) and
  // still the FEFO lot (ties: lower position, as when it was chosen); a request it covers needs
  // no scan, not even of its own slot's lots.
  const memo = memoLot(cab, skuIndex, timeMin);
  if (memo !== null && memo.quantity >= quantity) {
    const slot = slots[cab.fefoSlot[skuIndex]];
    memo.quantity -= quantity;
    slot.onHandUnits -= quantity;
    if (slot.onHandUnits === 0) cab.slotsEmptied++;
    if (memo.quantity === 0) {
      removeLotAt(slot, cab.fefoLotIndex[skuIndex]);
      forgetFefo(cab, skuIndex);
    }
    if (grants !== null) grants.push({ slotId: slot.id, lotId: memo.lotId, quantity, expiresAtMin: memo.expiresAtMin });
    return;
  }
  const n = slots.length;
  if (heads.length < n) {
    heads = new Int32Array(n * 2);
    headExpiry = new Float64Array(n * 2);
  }
  // First pass: each working slot's first usable lot, and the earliest of them. Lots never
  // expire at Infinity (expiries are finite), so an empty slot's Infinity is never chosen.
  let best = -1;
  let bestExpiry = Infinity;
  for (let s = 0; s < n; s++) {
    const slot = slots[s];
    if (slot.jammed) {
      heads[s] = -1;
      headExpiry[s] = Infinity;
      continue;
    }
    let i = 0;
    let e = slot.headExpiryMin;
    if (e <= timeMin) {
      i = firstUsableLot(slot, timeMin);
      e = i < slot.lots.length ? slot.lots[i].expiresAtMin : Infinity;
    }
    heads[s] = i;
    headExpiry[s] = e;
    if (e < bestExpiry) {
      best = s;
      bestExpiry = e;
    }
  }
  let left = quantity;
  for (;;) {
    if (best < 0) throw new Error('takeUnits: called without enough usable stock (core invariant broken)');
    const slot = slots[best];
    const bestLot = heads[best];
    const lot = slot.lots[bestLot];
    const take = lot.quantity < left ? lot.quantity : left;
    lot.quantity -= take;
    slot.onHandUnits -= take;
    if (slot.onHandUnits === 0) cab.slotsEmptied++;
    left -= take;
    // The emptied lot leaves; the slot's next lot slides into its index and is its new head
    // (it expires no earlier, so it is usable too).
    if (lot.quantity === 0) {
      removeLotAt(slot, bestLot);
      headExpiry[best] = bestLot < slot.lots.length ? slot.lots[bestLot].expiresAtMin : Infinity;
    }
    if (grants !== null) grants.push({ slotId: slot.id, lotId: lot.lotId, quantity: take, expiresAtMin: lot.expiresAtMin });
    if (left === 0) {
      // The lot last taken from, if not emptied, is the FEFO lot now: remember it, and where
      // it sits in its slot (emptied lots before it slid it to the head's index).
      if (lot.quantity > 0) {
        cab.fefoSlot[skuIndex] = best;
        cab.fefoLot[skuIndex] = lot;
        cab.fefoLotIndex[skuIndex] = bestLot;
      } else {
        rememberEarliestHead(cab, skuIndex, slots, n);
      }
      return;
    }
    // Only the slot just taken from has a new head: the others' are still in `headExpiry`.
    best = -1;
    bestExpiry = Infinity;
    for (let s = 0; s < n; s++) {
      if (headExpiry[s] < bestExpiry) {
        best = s;
        bestExpiry = headExpiry[s];
      }
    }
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
    // Replay takes the lots it is told, not necessarily the FEFO ones.
    forgetFefo(cab, slot.skuIndex);
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
