/**
 * The par trigger: after a dispense, when the SKU's units in that cabinet are at or below
 * `parShare` of its slots' capacity, a par round is called (`restock.parTrigger`; one pending
 * at a time). It reads the slot book's running totals, so it listens after the slot book.
 */
import type { CabinetState } from '../../dispensing/index.js';
import type { SlotBook } from '../accounting/slot-book.js';
import type { StockListener } from '../accounting/stock-changes.js';
import type { WardContext } from '../context/ward-context.js';
import type { Restock } from './restock.js';

/** Calls par rounds from dispenses (a stock listener). */
export class ParTrigger implements StockListener {
  private readonly enabled: boolean;
  private readonly parShare: number;

  constructor(
    ctx: WardContext,
    private readonly slots: SlotBook,
    private readonly restock: Restock,
  ) {
    this.enabled = ctx.scenario.restock.parTrigger;
    this.parShare = ctx.scenario.restock.parShare;
  }

  dispensed(cab: CabinetState, sku: number): void {
    if (!this.enabled || this.restock.parPending) return;
    const k = cab.index * this.slots.skuCount + sku;
    if (this.slots.onHand[k] <= this.slots.capacity[k] * this.parShare) this.restock.requestParRound();
  }

  restocked(): void {
    // A restock only raises stock.
  }

  jamChanged(): void {
    // A jam moves no units.
  }
}
