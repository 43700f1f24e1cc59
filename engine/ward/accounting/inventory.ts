/**
 * The inventory gauge: units in all cabinets, kept along with every stock change (a dispense
 * takes units out, a restock puts units in and takes expired ones out), and the KPIs that
 * come with it: units dispensed, units expired, and the time-average inventory.
 */
import type { CabinetState, RestockReceipt } from '../../dispensing/index.js';
import type { KpiAccumulator } from './kpi-accumulator.js';
import type { StockListener } from './stock-changes.js';

/** Units in all cabinets (a stock listener). */
export class InventoryGauge implements StockListener {
  /** Units in all cabinets now. */
  private units: number;

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
    this.units -= units;
    // Several dispenses at one minute add nothing to the time-average's area between them.
    this.kpis.inventoryLevel(nowMin, this.units);
  }

  restocked(_cabinet: CabinetState, receipt: RestockReceipt, nowMin: number): void {
    this.units += receipt.addedUnits - receipt.removedUnits;
    this.kpis.inventoryLevel(nowMin, this.units);
    this.kpis.expired(receipt.removedUnits);
  }

  jamChanged(): void {
    // A jam moves no units.
  }

  /** End of warm-up: the level carries on into the counted window. */
  restart(nowMin: number): void {
    this.kpis.inventoryLevel(nowMin, this.units);
  }
}
