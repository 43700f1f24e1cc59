/**
 * The FEFO order of a cabinet's slots for one SKU, so that a dispense finds the lot to take
 * without reading every slot of the SKU (a provincial ward keeps nine to fourteen slots of a
 * SKU in a cabinet, and a simulated year takes from them some 700 thousand times).
 *
 * The order is lazy. Each slot has a stored key that is never later than its true key (the
 * expiry of its first usable lot; Infinity when it has none or is jammed), and a SKU's slots
 * are kept sorted by (stored key, slot index). Most stock changes can only make a true key
 * later: time passing (a head lot expires), a dispense or a removal taking a lot out, a jam.
 * Those need no work here: `fefoLot` checks the front's stored key against its true key and,
 * when the key has moved on, walks the slot back to its place and looks again. A front whose
 * stored key is its true key is the FEFO slot: every other slot's true key is at least its
 * stored key, which is at least the front's (and on a tie the front has the lower index, so
 * the lower position in `slotsBySku`). A change that can make a true key earlier lowers the
 * stored key (`fefoHeadCame`: a lot arrived, a jam was cleared); a slot moving between SKUs
 * marks both SKUs' orders for a rebuild (`staleFefoOrder`).
 *
 * The front's first usable lot is kept (`FefoOrder.lot`) until something could change it, so a
 * run of dispenses from one lot reads no slot at all: while it is unexpired, other slots' true
 * keys have only moved later or been lowered through `fefoHeadCame`, which forgets it when the
 * lowered slot reaches the front; a take that empties it, and any other change at the front
 * slot (`fefoFrontChanged`: a lot removed, a jam, replayed grants), forget it too.
 *
 * Every call that reads the order passes a time no earlier than the calls before it (the
 * state's clock; a dispense moves it): a key raised for `timeMin` is a lower bound from then on.
 */
import type { CabinetState, FefoOrder, LotState, SlotState } from './state-types.js';

/** The slot's true key at `timeMin`: its first usable lot's expiry, Infinity if none or jammed. */
function trueKey(slot: SlotState, timeMin: number): number {
  if (slot.jammed) return Infinity;
  const e = slot.headExpiryMin;
  if (e > timeMin) return e;
  const lots = slot.lots;
  let i = 1;
  while (i < lots.length && lots[i].expiresAtMin <= timeMin) i++;
  return i < lots.length ? lots[i].expiresAtMin : Infinity;
}

/** Rebuilds a SKU's order from its slots at `timeMin` (stored keys = true keys). */
function rebuild(cab: CabinetState, fefo: FefoOrder, skuIndex: number, timeMin: number): void {
  const slots = cab.slotsBySku[skuIndex];
  const n = slots.length;
  if (fefo.slots.length !== n) fefo.slots = new Int32Array(n);
  const order = fefo.slots;
  const key = cab.fefoKey;
  // Insertion sort in slot order: an equal key stays behind a lower index.
  for (let s = 0; s < n; s++) {
    const i = slots[s].index;
    const e = trueKey(slots[s], timeMin);
    key[i] = e;
    let j = s;
    while (j > 0 && key[order[j - 1]] > e) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = i;
  }
  fefo.stale = false;
}

/**
 * The FEFO lot of a SKU in a cabinet at `timeMin`: the first usable lot of the working slot
 * whose first usable lot expires first (ties: the lower slot index), or null when no working
 * slot has a usable lot. When not null, `cab.fefoOrders[skuIndex]` holds it with its slot and
 * its index in the slot's lots until the next stock change there.
 */
export function fefoLot(cab: CabinetState, skuIndex: number, timeMin: number): LotState | null {
  const fefo = cab.fefoOrders[skuIndex];
  const kept = fefo.lot;
  if (kept !== null && kept.expiresAtMin > timeMin) return kept;
  if (fefo.stale) rebuild(cab, fefo, skuIndex, timeMin);
  const order = fefo.slots;
  const n = order.length;
  const key = cab.fefoKey;
  const slots = cab.slots;
  fefo.lot = null;
  if (n === 0) return null;
  for (;;) {
    const i = order[0];
    const slot = slots[i];
    const e = trueKey(slot, timeMin);
    if (e === key[i]) {
      if (e === Infinity) return null;
      const lots = slot.lots;
      let at = 0;
      while (lots[at].expiresAtMin <= timeMin) at++;
      fefo.slot = slot;
      fefo.lotIndex = at;
      fefo.lot = lots[at];
      return lots[at];
    }
    // The true key is later than the stored one: walk the slot back to its place.
    key[i] = e;
    let j = 0;
    while (j + 1 < n) {
      const next = order[j + 1];
      const k = key[next];
      if (k > e || (k === e && next > i)) break;
      order[j] = next;
      j++;
    }
    order[j] = i;
  }
}

/**
 * The slot's first lot may now expire sooner than its stored key (a lot arrived, or the slot
 * was cleared of a jam): the key comes down to the head lot's expiry, which is never later
 * than the true key, and the slot moves forward to its place; the kept lot is forgotten when
 * the slot reaches the front. The usual restock, a lot put behind an unexpired one, finds the
 * key already no later and changes nothing.
 */
export function fefoHeadCame(cab: CabinetState, slot: SlotState): void {
  const k = slot.skuIndex;
  if (k < 0) return;
  const fefo = cab.fefoOrders[k];
  const i = slot.index;
  const key = cab.fefoKey;
  const e = slot.headExpiryMin;
  if (fefo.stale || !(e < key[i])) return;
  key[i] = e;
  const order = fefo.slots;
  let j = order.indexOf(i);
  while (j > 0) {
    const prev = order[j - 1];
    const p = key[prev];
    if (p < e || (p === e && prev < i)) break;
    order[j] = prev;
    j--;
  }
  order[j] = i;
  if (j === 0) fefo.lot = null;
}

/**
 * Stock left the slot other than by a take of the kept lot (a lot removed, a jam, a replayed
 * grant): that can only make its key later, but when the slot is at the front the kept lot
 * may be gone or have moved within the slot, so it is forgotten.
 */
export function fefoFrontChanged(cab: CabinetState, slot: SlotState): void {
  if (slot.skuIndex < 0) return;
  const fefo = cab.fefoOrders[slot.skuIndex];
  if (fefo.slot === slot) fefo.lot = null;
}

/** Marks a SKU's order for a rebuild at its next use (index < 0: none): its list of slots changed. */
export function staleFefoOrder(cab: CabinetState, skuIndex: number): void {
  if (skuIndex < 0) return;
  const fefo = cab.fefoOrders[skuIndex];
  fefo.stale = true;
  fefo.lot = null;
}

/** The FEFO orders of a new or copied cabinet with `slotCount` slots and `skuCount` SKUs, all stale. */
export function emptyFefoOrders(slotCount: number, skuCount: number): Pick<CabinetState, 'fefoOrders' | 'fefoKey'> {
  return {
    fefoOrders: Array.from({ length: skuCount }, (): FefoOrder => ({ slots: new Int32Array(0), stale: true, lot: null, slot: null, lotIndex: 0 })),
    fefoKey: new Float64Array(slotCount),
  };
}
