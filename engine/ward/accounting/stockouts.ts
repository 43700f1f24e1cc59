/**
 * Stock-outs as a planner means them: an item (SKU) that a cabinet stocks has no usable unit
 * left in that cabinet: every slot assigned to it is empty or jammed. A single slot emptying
 * is not a stock-out: first-expiry-first-out drains a SKU's slots one after another by design,
 * while its other slots still serve. Slot drains are kept apart (see slot-book.ts).
 *
 * `stockoutEvents` counts (cabinet, SKU) pairs going from "has usable units" to "none" (after a
 * dispense or a jam); `stockoutSlotHours` sums the hours each pair then sat with no usable
 * stock, until a restock or a jam repair brought some back. Expired units still in a slot count
 * as stock here (they leave at the next restock); a cabinet that is offline is a separate
 * failure, not a stock-out.
 */
import type { CabinetState, DispensingState, RestockReceipt } from '../../dispensing/index.js';
import type { WardTrace } from '../context/ward-context.js';
import type { KpiAccumulator } from './kpi-accumulator.js';
import type { StockListener } from './stock-changes.js';

/**
 * Whether SKU `sku` has units in a slot of `cab` that is not jammed. Unlike the core's
 * `hasUsable` (units a dispense at a given time could take), expiry does not matter here.
 */
function hasUnitsInWorkingSlot(cab: CabinetState, sku: number): boolean {
  const slots = cab.slotsBySku[sku];
  for (let i = 0; i < slots.length; i++) if (slots[i].onHandUnits > 0 && !slots[i].jammed) return true;
  return false;
}

/** Open stock-outs per (cabinet, SKU) (a stock listener). */
export class StockoutBook implements StockListener {
  /** The minute each (cabinet, SKU) pair ran out, or -1, `[cabinet * skuCount + sku]`. */
  private readonly outSince: Float64Array;
  /** Per cabinet: `slotsEmptied` when the book last looked. */
  private readonly emptiedSeen: Float64Array;

  /** @param trace told of each stock-out opened and closed (null: none) */
  constructor(
    private readonly dispensing: DispensingState,
    private readonly skuCount: number,
    private readonly kpis: KpiAccumulator,
    private readonly trace: WardTrace | null = null,
  ) {
    this.outSince = new Float64Array(dispensing.cabinets.length * skuCount).fill(-1);
    this.emptiedSeen = new Float64Array(dispensing.cabinets.length);
  }

  /**
   * A dispense can only leave its SKU without usable units when it emptied a slot (the working
   * slot it took from keeps units otherwise), so the pair is looked at only then.
   */
  dispensed(cab: CabinetState, sku: number, _units: number, nowMin: number): void {
    if (cab.slotsEmptied === this.emptiedSeen[cab.index]) return;
    this.emptiedSeen[cab.index] = cab.slotsEmptied;
    this.check(cab, sku, nowMin);
  }

  /** Every SKU of the cabinet may have come back. */
  restocked(cab: CabinetState, _receipt: RestockReceipt, nowMin: number): void {
    for (let sku = 0; sku < this.skuCount; sku++) this.check(cab, sku, nowMin);
  }

  /** A jam may take the SKU's last working slot; a repair may bring it back. */
  jamChanged(cab: CabinetState, sku: number, nowMin: number): void {
    this.check(cab, sku, nowMin);
  }

  /**
   * Opens a stock-out (counted in `stockoutEvents`) when the pair has no usable unit left,
   * closes it (adding its minutes) when usable units are back. SKUs the cabinet does not stock
   * are never out there.
   */
  private check(cab: CabinetState, sku: number, nowMin: number): void {
    if (cab.slotsBySku[sku].length === 0) return;
    const k = cab.index * this.skuCount + sku;
    const since = this.outSince[k];
    if (hasUnitsInWorkingSlot(cab, sku)) {
      if (since >= 0) {
        this.kpis.stockoutLasted(nowMin - since);
        this.outSince[k] = -1;
        if (this.trace !== null) this.trace(`${cab.id} has ${this.dispensing.items[sku].sku} again`, nowMin);
      }
    } else if (since < 0) {
      this.outSince[k] = nowMin;
      this.kpis.stockoutStarted();
      if (this.trace !== null) this.trace(`stock-out of ${this.dispensing.items[sku].sku} in ${cab.id}`, nowMin);
    }
  }

  /** End of warm-up: stock-outs still open count their minutes from now on. */
  restart(nowMin: number): void {
    const a = this.outSince;
    for (let i = 0; i < a.length; i++) if (a[i] >= 0) a[i] = nowMin;
  }

  /** End of the run: adds the minutes of stock-outs still open at `endMin`. */
  close(endMin: number): void {
    const a = this.outSince;
    for (let i = 0; i < a.length; i++) if (a[i] >= 0) this.kpis.stockoutLasted(endMin - a[i]);
  }
}
