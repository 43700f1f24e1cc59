/**
 * The inventory gauge: units in all cabinets, kept along with every stock change (a dispense
 * takes units out, a restock puts units in and takes expired ones out), and the KPIs that
 * come with it: units dispensed, units expired, and the time-average inventory.
 *
 * A cabinet session dispenses several lines at one minute, and levels set at one minute add
 * nothing to the time-average's area between them, so the level is passed on once per minute
 * with changes: when a change comes at a later minute, and at `flush` before the average is
 * read or reset. Updating the time-average on every dispense cost a few per cent of a run.
 */
import type { CabinetState, RestockReceipt } from '../../dispensing/index.js';
import type { KpiAccumulator } from './kpi-accumulator.js';
import type { StockListener } from './stock-changes.js';

/** No change waiting to be passed on. */
const NONE = -1;

/** Units in all cabinets (a stock listener). */
export class InventoryGauge implements StockListener {
  /** Units in all cabinets now. */
  private units: number;
  /** The minute of the changes not yet passed on to the KPIs, or `NONE`. */
  private pendingMin = NONE;

  /** Starts at `initialUnits` at time 0. */
  constructor(
    private readonly kpis: KpiAccumulator,
    initialUnits: number,
  ) {
    this.units = initialUnits;
    kpis.inventoryLevel(0, initialUnits);
  }

  dispensed(_cabinet: CabinetState, _sku: number, units: number, nowMin: number): void {
    this.kpis.dispensed(units);
    this.changeAt(nowMin);
    this.units -= units;
  }

  restocked(_cabinet: CabinetState, receipt: RestockReceipt, nowMin: number): void {
    this.changeAt(nowMin);
    this.units += receipt.addedUnits - receipt.removedUnits;
    this.kpis.expired(receipt.removedUnits);
  }

  jamChanged(): void {
    // A jam moves no units.
  }

  /** A change is coming at `nowMin`: the level of an earlier minute is passed on first. */
  private changeAt(nowMin: number): void {
    if (this.pendingMin !== nowMin && this.pendingMin !== NONE) this.kpis.inventoryLevel(this.pendingMin, this.units);
    this.pendingMin = nowMin;
  }

  /** Passes the waiting level on; before the KPIs' time-average is read or reset. */
  flush(): void {
    if (this.pendingMin === NONE) return;
    this.kpis.inventoryLevel(this.pendingMin, this.units);
    this.pendingMin = NONE;
  }

  /** End of warm-up (after the KPIs' reset): the level carries on into the counted window. */
  restart(nowMin: number): void {
    this.kpis.inventoryLevel(nowMin, this.units);
  }
}
