/**
 * Stock changes in the cabinets, told once: a dispense took units, a restock visit filled a
 * cabinet (and took expired lots out), or a slot jammed or was repaired. The slot book, the
 * stock-outs, the inventory gauge, the series and the par trigger each listen; the parts that
 * change stock (the cabinet channel, restock, failures) only call `StockChanges`.
 *
 * Listeners run in the order they were added. The order matters in one place: the par trigger
 * reads the slot book's totals, so the slot book is added first.
 */
import type { CabinetState, RestockReceipt } from '../../dispensing/index.js';

/** What a listener hears; every method is called with the cabinet's state after the change. */
export interface StockListener {
  /** `units` of SKU `sku` left `cabinet` by a dispense at `nowMin`. */
  dispensed(cabinet: CabinetState, sku: number, units: number, nowMin: number): void;
  /** A restock visit at `cabinet` finished at `nowMin`: expired lots out, new lots in. */
  restocked(cabinet: CabinetState, receipt: RestockReceipt, nowMin: number): void;
  /** A slot of SKU `sku` in `cabinet` jammed or was repaired at `nowMin`. */
  jamChanged(cabinet: CabinetState, sku: number, nowMin: number): void;
}

/** The one notification of cabinet stock changes (see the module header). */
export class StockChanges {
  private readonly listeners: StockListener[] = [];

  /** Adds a listener after those already added. */
  listen(listener: StockListener): void {
    this.listeners.push(listener);
  }

  /** Tells every listener that a dispense took `units` of `sku` from `cabinet`. */
  dispensed(cabinet: CabinetState, sku: number, units: number, nowMin: number): void {
    const ls = this.listeners;
    for (let i = 0; i < ls.length; i++) ls[i].dispensed(cabinet, sku, units, nowMin);
  }

  /** Tells every listener that a restock visit at `cabinet` is done. */
  restocked(cabinet: CabinetState, receipt: RestockReceipt, nowMin: number): void {
    const ls = this.listeners;
    for (let i = 0; i < ls.length; i++) ls[i].restocked(cabinet, receipt, nowMin);
  }

  /** Tells every listener that a slot of `sku` in `cabinet` jammed or was repaired. */
  jamChanged(cabinet: CabinetState, sku: number, nowMin: number): void {
    const ls = this.listeners;
    for (let i = 0; i < ls.length; i++) ls[i].jamChanged(cabinet, sku, nowMin);
  }
}
