/**
 * Stock-outs as a planner means them: an item (SKU) that a cabinet stocks has no usable unit
 * left in that cabinet: every slot assigned to it is empty or jammed. A single lane (slot)
 * emptying is not a stock-out: first-expiry-first-out drains a SKU's lanes one after another
 * by design, while its other lanes still serve. Lane drains are kept apart as `laneDrains`.
 *
 * `stockoutEvents` counts (cabinet, SKU) pairs going from "has usable units" to "none" (after a
 * dispense or a jam); `stockoutSlotHours` sums the hours each pair then sat with no usable
 * stock, until a restock or a jam repair brought some back. Expired units still in a slot count
 * as stock here (they leave at the next restock); a cabinet that is offline is a separate
 * failure, not a stock-out. State: `Ward.skuEmptySince[cabinet * skuCount + sku]`, the minute
 * the pair ran out, or -1.
 */
import type { CabinetState } from '../dispensing/index.js';
import type { Ward } from './ward-state.js';

function hasUsable(cab: CabinetState, sku: number): boolean {
  const slots = cab.slotsBySku[sku];
  for (let i = 0; i < slots.length; i++) if (slots[i].onHandUnits > 0 && !slots[i].jammed) return true;
  return false;
}

/**
 * Re-checks SKU `sku` in cabinet `c` after its stock or a slot's jam changed: opens a stock-out
 * (counted in `stockoutEvents`) when the last usable unit went, closes it (adding its minutes)
 * when usable units are back. SKUs the cabinet does not stock are never out there.
 */
export function checkSkuStock(w: Ward, c: number, sku: number): void {
  const cab = w.disp!.cabinets[c];
  if (cab.slotsBySku[sku].length === 0) return;
  const k = c * w.p.skuCount + sku;
  const since = w.skuEmptySince[k];
  if (hasUsable(cab, sku)) {
    if (since >= 0) {
      w.kpi.stockoutSlotMin += w.env.now - since;
      w.skuEmptySince[k] = -1;
    }
  } else if (since < 0) {
    w.skuEmptySince[k] = w.env.now;
    w.kpi.stockoutEvents++;
  }
}

/** Re-checks every SKU of cabinet `c` (after a restock visit). */
export function checkCabinetStock(w: Ward, c: number): void {
  for (let sku = 0; sku < w.p.skuCount; sku++) checkSkuStock(w, c, sku);
}

/** End of warm-up: stock-outs still open count their hours from now on. */
export function restartStockouts(w: Ward, nowMin: number): void {
  const a = w.skuEmptySince;
  for (let i = 0; i < a.length; i++) if (a[i] >= 0) a[i] = nowMin;
}

/** End of the run: adds the hours of stock-outs still open at `endMin`. */
export function closeStockouts(w: Ward, endMin: number): void {
  const a = w.skuEmptySince;
  for (let i = 0; i < a.length; i++) if (a[i] >= 0) w.kpi.stockoutSlotMin += endMin - a[i];
}
