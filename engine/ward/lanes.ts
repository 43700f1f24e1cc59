/**
 * Lanes (slots) as the ward's bookkeeping sees them after each dispense: units on hand and
 * capacity per (cabinet, SKU), for the par trigger, and lanes running dry, for `laneDrains` and
 * `laneEmptyHours`. A cabinet dispenses about a million times a simulated year of a large
 * ward; summing a SKU's lanes (a dozen or more per cabinet) after each dispense was a visible
 * share of the run, so the totals run along instead and the lanes are only looked at when one
 * may have run dry.
 *
 * A lane can only need marking after a dispense when the dispense emptied it (the core counts
 * those, `CabinetState.slotsEmptied`) or when it was already empty and never marked (left empty
 * at the start, or emptied by a restock taking expired lots out): `unmarkedEmpty` counts the
 * latter per (cabinet, SKU), recounted after each restock visit. Stock arithmetic is in whole
 * units, so the running totals equal the sums they replace exactly.
 */
import type { CabinetState, DispensingState } from '../dispensing/index.js';
import type { Ward } from './ward-state.js';

/** Per (cabinet, SKU) totals, `[cabinet * skuCount + sku]`. */
export interface LaneBook {
  readonly skuCount: number;
  /** Units on hand in the SKU's lanes. */
  readonly onHand: Float64Array;
  /** Capacity of the SKU's lanes (the planogram does not change during a run). */
  readonly capacity: Float64Array;
  /** The SKU's lanes that are empty and not yet marked in `Ward.slotEmptySince`. */
  readonly unmarkedEmpty: Int32Array;
  /** Per cabinet: `slotsEmptied` when the ward last looked. */
  readonly emptiedSeen: Float64Array;
}

/** The book for a run's cabinets as they start (no lane marked yet). */
export function createLaneBook(disp: DispensingState | null, skuCount: number): LaneBook {
  const cabinets = disp?.cabinets.length ?? 0;
  const book: LaneBook = {
    skuCount,
    onHand: new Float64Array(cabinets * skuCount),
    capacity: new Float64Array(cabinets * skuCount),
    unmarkedEmpty: new Int32Array(cabinets * skuCount),
    emptiedSeen: new Float64Array(cabinets),
  };
  for (const cab of disp?.cabinets ?? []) {
    for (const slot of cab.slots) if (slot.skuIndex >= 0) book.capacity[cab.index * skuCount + slot.skuIndex] += slot.capacityUnits;
    recountCabinet(book, cab, null, 0);
  }
  return book;
}

/**
 * Counts cabinet `cab`'s totals from its lanes: units on hand, and
 * lanes empty and unmarked in `slotEmptySince` (`[cabinet * maxSlots + slot]`; null: none marked).
 */
function recountCabinet(book: LaneBook, cab: CabinetState, slotEmptySince: Float64Array | null, maxSlots: number): void {
  const base = cab.index * book.skuCount;
  for (let k = 0; k < book.skuCount; k++) {
    book.onHand[base + k] = 0;
    book.unmarkedEmpty[base + k] = 0;
  }
  for (const slot of cab.slots) {
    if (slot.skuIndex < 0) continue;
    book.onHand[base + slot.skuIndex] += slot.onHandUnits;
    if (slot.onHandUnits === 0 && (slotEmptySince === null || slotEmptySince[cab.index * maxSlots + slot.index] < 0)) book.unmarkedEmpty[base + slot.skuIndex]++;
  }
  book.emptiedSeen[cab.index] = cab.slotsEmptied;
}

/**
 * After a restock visit at `cab`: lanes marked empty that hold units again are closed (their
 * empty minutes added to `kpi.laneEmptyMin`, in slot order) and the cabinet's totals recounted,
 * in one pass over its slots.
 */
export function restockedLanes(w: Ward, cab: CabinetState, nowMin: number): void {
  const book = w.lanes;
  const since = w.slotEmptySince;
  const base = cab.index * book.skuCount;
  for (let k = 0; k < book.skuCount; k++) {
    book.onHand[base + k] = 0;
    book.unmarkedEmpty[base + k] = 0;
  }
  for (const slot of cab.slots) {
    const i = cab.index * w.maxSlots + slot.index;
    if (since[i] >= 0 && slot.onHandUnits > 0) {
      w.kpi.laneEmptyMin += nowMin - since[i];
      since[i] = -1;
    }
    if (slot.skuIndex < 0) continue;
    book.onHand[base + slot.skuIndex] += slot.onHandUnits;
    if (slot.onHandUnits === 0 && since[i] < 0) book.unmarkedEmpty[base + slot.skuIndex]++;
  }
  book.emptiedSeen[cab.index] = cab.slotsEmptied;
}
