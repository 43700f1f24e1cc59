/**
 * Slots as the ward's bookkeeping sees them: units on hand and capacity per (cabinet, SKU),
 * for the par trigger, and single slots running dry, for `laneDrains` and `laneEmptyHours`
 * (the KPI keys keep the old word "lane"). A cabinet dispenses about a million times a
 * simulated year of a large ward; summing a SKU's slots (a dozen or more per cabinet) after
 * each dispense was a visible share of the run, so the totals run along instead and the slots
 * are only looked at when one may have run dry.
 *
 * A slot can only need marking after a dispense when the dispense emptied it (the core counts
 * those, `CabinetState.slotsEmptied`) or when it was already empty and never marked (left empty
 * at the start, or emptied by a restock taking expired lots out): `unmarkedEmpty` counts the
 * latter per (cabinet, SKU), recounted after each restock visit. Stock arithmetic is in whole
 * units, so the running totals equal the sums they replace exactly.
 */
import type { CabinetState, DispensingState, RestockReceipt } from '../../dispensing/index.js';
import type { KpiAccumulator } from './kpi-accumulator.js';
import type { StockListener } from './stock-changes.js';

/** Per (cabinet, SKU) totals and per-slot empty times (a stock listener). */
export class SlotBook implements StockListener {
  readonly skuCount: number;
  /** Units on hand in the SKU's slots, `[cabinet * skuCount + sku]`. */
  readonly onHand: Float64Array;
  /** Capacity of the SKU's slots (the planogram does not change during a run), `[cabinet * skuCount + sku]`. */
  readonly capacity: Float64Array;
  /** The SKU's slots that are empty and not yet marked in `emptySince`. */
  private readonly unmarkedEmpty: Int32Array;
  /** Per cabinet: `slotsEmptied` when the book last looked. */
  private readonly emptiedSeen: Float64Array;
  /** Slots per cabinet in `emptySince` (the largest cabinet's). */
  private readonly maxSlots: number;
  /** Slot empty since (min) or -1, `[cabinet * maxSlots + slot]`. */
  private readonly emptySince: Float64Array;

  /** The book for a run's cabinets as they start (no slot marked yet). */
  constructor(
    dispensing: DispensingState,
    skuCount: number,
    private readonly kpis: KpiAccumulator,
  ) {
    const cabinets = dispensing.cabinets.length;
    this.skuCount = skuCount;
    this.onHand = new Float64Array(cabinets * skuCount);
    this.capacity = new Float64Array(cabinets * skuCount);
    this.unmarkedEmpty = new Int32Array(cabinets * skuCount);
    this.emptiedSeen = new Float64Array(cabinets);
    this.maxSlots = Math.max(...dispensing.cabinets.map((c) => c.slots.length));
    this.emptySince = new Float64Array(cabinets * this.maxSlots).fill(-1);
    for (const cab of dispensing.cabinets) {
      for (const slot of cab.slots) if (slot.skuIndex >= 0) this.capacity[cab.index * skuCount + slot.skuIndex] += slot.capacityUnits;
      this.recount(cab, null);
    }
  }

  /** Marks the SKU's slots that this dispense (or an earlier restock) left empty. */
  dispensed(cab: CabinetState, sku: number, units: number, nowMin: number): void {
    const c = cab.index;
    const k = c * this.skuCount + sku;
    this.onHand[k] -= units;
    if (cab.slotsEmptied === this.emptiedSeen[c] && this.unmarkedEmpty[k] === 0) return;
    this.emptiedSeen[c] = cab.slotsEmptied;
    this.unmarkedEmpty[k] = 0;
    const slots = cab.slotsBySku[sku];
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      if (slot.onHandUnits !== 0) continue;
      // A slot that is empty after a grant and not yet marked was emptied by it.
      const e = c * this.maxSlots + slot.index;
      if (this.emptySince[e] < 0) {
        this.emptySince[e] = nowMin;
        this.kpis.slotDrained();
      }
    }
  }

  /**
   * After a restock visit: slots marked empty that hold units again are closed (their empty
   * minutes counted, in slot order) and the cabinet's totals recounted, in one pass.
   */
  restocked(cab: CabinetState, _receipt: RestockReceipt, nowMin: number): void {
    const since = this.emptySince;
    for (const slot of cab.slots) {
      const i = cab.index * this.maxSlots + slot.index;
      if (since[i] >= 0 && slot.onHandUnits > 0) {
        this.kpis.slotEmptyFor(nowMin - since[i]);
        since[i] = -1;
      }
    }
    this.recount(cab, since);
  }

  jamChanged(): void {
    // A jam moves no units; a jammed slot's units still count as on hand here.
  }

  /** End of warm-up: slots still empty count their minutes from now on. */
  restart(nowMin: number): void {
    const since = this.emptySince;
    for (let i = 0; i < since.length; i++) if (since[i] >= 0) since[i] = nowMin;
  }

  /** End of the run: the minutes of slots still empty at `endMin`. */
  close(endMin: number): void {
    const since = this.emptySince;
    for (let i = 0; i < since.length; i++) if (since[i] >= 0) this.kpis.slotEmptyFor(endMin - since[i]);
  }

  /** Counts `cab`'s totals from its slots: units on hand, and slots empty and unmarked in `since` (null: none marked). */
  private recount(cab: CabinetState, since: Float64Array | null): void {
    const base = cab.index * this.skuCount;
    for (let k = 0; k < this.skuCount; k++) {
      this.onHand[base + k] = 0;
      this.unmarkedEmpty[base + k] = 0;
    }
    for (const slot of cab.slots) {
      if (slot.skuIndex < 0) continue;
      this.onHand[base + slot.skuIndex] += slot.onHandUnits;
      if (slot.onHandUnits === 0 && (since === null || since[cab.index * this.maxSlots + slot.index] < 0)) this.unmarkedEmpty[base + slot.skuIndex]++;
    }
    this.emptiedSeen[cab.index] = cab.slotsEmptied;
  }
}
