/**
 * Stock changes in the cabinets, told once: a dispense took units, a restock visit filled a
 * cabinet (and took expired lots out), or a slot jammed or was repaired. The slot book, the
 * stock-outs, the inventory gauge, the series and the par trigger each listen; the parts that
 * change stock (the cabinet channel, restock, failures) only call `StockChanges`.
 *
 * Listeners run in the order they were added. The order matters in one place: the par trigger
 * reads the slot book's totals, so the slot book is added first.
 *
 * The first six listeners sit in fields of their own, each called from a call site of its own.
 * One loop over a list made a single call site see every listener class (megamorphic: a
 * lookup per call, never inlined), and every dispense, about 700,000 in a simulated provincial
 * year, tells all of them; a position's site sees only the class added there, so V8 inlines
 * it. Positions nobody took hold a listener that does nothing.
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

/** The listener of a position nobody took: hears everything, does nothing. */
class NoListener implements StockListener {
  dispensed(): void {}
  restocked(): void {}
  jamChanged(): void {}
}

const NOBODY = new NoListener();

/** The one notification of cabinet stock changes (see the module header). */
export class StockChanges {
  private l0: StockListener = NOBODY;
  private l1: StockListener = NOBODY;
  private l2: StockListener = NOBODY;
  private l3: StockListener = NOBODY;
  private l4: StockListener = NOBODY;
  private l5: StockListener = NOBODY;
  /** Listeners after the sixth, in order. */
  private readonly more: StockListener[] = [];
  private count = 0;

  /** Adds a listener after those already added. */
  listen(listener: StockListener): void {
    switch (this.count++) {
      case 0: this.l0 = listener; break;
      case 1: this.l1 = listener; break;
      case 2: this.l2 = listener; break;
      case 3: this.l3 = listener; break;
      case 4: this.l4 = listener; break;
      case 5: this.l5 = listener; break;
      default: this.more.push(listener);
    }
  }

  /** Tells every listener that a dispense took `units` of `sku` from `cabinet`. */
  dispensed(cabinet: CabinetState, sku: number, units: number, nowMin: number): void {
    this.l0.dispensed(cabinet, sku, units, nowMin);
    this.l1.dispensed(cabinet, sku, units, nowMin);
    this.l2.dispensed(cabinet, sku, units, nowMin);
    this.l3.dispensed(cabinet, sku, units, nowMin);
    this.l4.dispensed(cabinet, sku, units, nowMin);
    this.l5.dispensed(cabinet, sku, units, nowMin);
    const more = this.more;
    for (let i = 0; i < more.length; i++) more[i].dispensed(cabinet, sku, units, nowMin);
  }

  /** Tells every listener that a restock visit at `cabinet` is done. */
  restocked(cabinet: CabinetState, receipt: RestockReceipt, nowMin: number): void {
    this.l0.restocked(cabinet, receipt, nowMin);
    this.l1.restocked(cabinet, receipt, nowMin);
    this.l2.restocked(cabinet, receipt, nowMin);
    this.l3.restocked(cabinet, receipt, nowMin);
    this.l4.restocked(cabinet, receipt, nowMin);
    this.l5.restocked(cabinet, receipt, nowMin);
    const more = this.more;
    for (let i = 0; i < more.length; i++) more[i].restocked(cabinet, receipt, nowMin);
  }

  /** Tells every listener that a slot of `sku` in `cabinet` jammed or was repaired. */
  jamChanged(cabinet: CabinetState, sku: number, nowMin: number): void {
    this.l0.jamChanged(cabinet, sku, nowMin);
    this.l1.jamChanged(cabinet, sku, nowMin);
    this.l2.jamChanged(cabinet, sku, nowMin);
    this.l3.jamChanged(cabinet, sku, nowMin);
    this.l4.jamChanged(cabinet, sku, nowMin);
    this.l5.jamChanged(cabinet, sku, nowMin);
    const more = this.more;
    for (let i = 0; i < more.length; i++) more[i].jamChanged(cabinet, sku, nowMin);
  }
}
