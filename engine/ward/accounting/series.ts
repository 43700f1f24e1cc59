/**
 * Series for the visualizer, recorded after warm-up only: regular samples (beds occupied,
 * queues, units per SKU and cabinet, births per interval) at an interval chosen so a run has
 * at most `maxSamples` samples; coarser slot-level snapshots for the cabinet board; event
 * lists (restock visits, stock-out spans per cabinet and SKU); the births heat map (weekday x
 * hour); nurse supply minutes per roster shift; and the trip-wait histogram.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import type { CabinetState, DispensingState, RestockReceipt } from '../../dispensing/index.js';
import type { StockListener } from './stock-changes.js';

/** Everything the results page plots for one replication. */
export interface WardSeries {
  /** Sample times, minutes since scenario start. */
  readonly t: number[];
  readonly intervalMin: number;
  readonly bedsOccupied: number[];
  readonly nurseQueue: number[];
  /** Per cabinet (scenario order): people waiting at the screen. */
  readonly cabinetQueue: { cabinetId: string; values: number[] }[];
  readonly birthsPerInterval: number[];
  /** Units on hand per cabinet and SKU. */
  readonly stock: { cabinetId: string; sku: string; values: number[] }[];
  /** Slot-level snapshots: fill in percent of capacity, `fillPct[snapshot][slot]`. */
  readonly board: { intervalMin: number; t: number[]; cabinets: { cabinetId: string; slots: { slotId: string; sku: string | null; capacityUnits: number }[]; fillPct: number[][] }[] };
  readonly restocks: { tMin: number; cabinetId: string; units: number }[];
  /** Spans with no units of a SKU in a cabinet; `endMin` null when still open at the end. */
  readonly stockouts: { cabinetId: string; sku: string; startMin: number; endMin: number | null }[];
  /** Births by weekday (0 = Monday) and hour. */
  readonly birthsHeatmap: number[][];
  /** Nurse supply minutes per shift instance, in time order. */
  readonly nurseSupplyByShift: { day: number; shift: string; minutes: number }[];
  readonly waitHistogram: { binMin: number; counts: number[] };
}

/** Collects the series during a run (and hears every cabinet stock change). */
export class SeriesRecorder implements StockListener {
  private readonly out: WardSeries;
  private birthsSince = 0;
  private readonly openSpan: Map<number, number> = new Map();
  private readonly nurseByShift: Float64Array;

  constructor(
    private readonly disp: DispensingState | null,
    private readonly o: { startMin: number; endMin: number; intervalMin: number; boardIntervalMin: number; startWeekday: number; shiftNames: string[]; waitBinMin: number },
  ) {
    const cabs = disp?.cabinets ?? [];
    const skus = disp?.items ?? [];
    this.out = {
      t: [], intervalMin: o.intervalMin, bedsOccupied: [], nurseQueue: [], birthsPerInterval: [],
      cabinetQueue: cabs.map((c) => ({ cabinetId: c.id, values: [] })),
      stock: cabs.flatMap((c) => skus.filter((_, k) => c.slotsBySku[k].length > 0).map((it) => ({ cabinetId: c.id, sku: it.sku, values: [] }))),
      board: {
        intervalMin: o.boardIntervalMin, t: [],
        cabinets: cabs.map((c) => ({ cabinetId: c.id, slots: c.slots.map((s) => ({ slotId: s.id, sku: s.skuIndex >= 0 ? skus[s.skuIndex].sku : null, capacityUnits: s.capacityUnits })), fillPct: [] })),
      },
      restocks: [], stockouts: [], birthsHeatmap: Array.from({ length: 7 }, () => new Array<number>(24).fill(0)),
      nurseSupplyByShift: [], waitHistogram: { binMin: o.waitBinMin, counts: [] },
    };
    const days = Math.ceil((o.endMin - o.startMin) / MINUTES_PER_DAY);
    this.nurseByShift = new Float64Array(days * o.shiftNames.length);
  }

  /** Takes one regular sample. */
  sample(now: number, beds: number, nurseQueue: number, cabinetQueues: readonly number[]): void {
    const s = this.out;
    s.t.push(now);
    s.bedsOccupied.push(beds);
    s.nurseQueue.push(nurseQueue);
    s.birthsPerInterval.push(this.birthsSince);
    this.birthsSince = 0;
    cabinetQueues.forEach((q, c) => s.cabinetQueue[c].values.push(q));
    if (this.disp === null) return;
    let i = 0;
    for (const cab of this.disp.cabinets) {
      for (let k = 0; k < this.disp.items.length; k++) {
        const slots = cab.slotsBySku[k];
        if (slots.length === 0) continue;
        let units = 0;
        for (const slot of slots) units += slot.onHandUnits;
        s.stock[i++].values.push(units);
      }
    }
  }

  /** Takes one board snapshot. */
  board(now: number): void {
    if (this.disp === null) return;
    this.out.board.t.push(now);
    this.disp.cabinets.forEach((cab, c) => {
      this.out.board.cabinets[c].fillPct.push(cab.slots.map((s) => Math.round((100 * s.onHandUnits) / Math.max(1, s.capacityUnits))));
    });
  }

  /** A delivery happened. */
  birth(now: number): void {
    if (now < this.o.startMin) return;
    this.birthsSince++;
    const day = Math.floor(now / MINUTES_PER_DAY);
    this.out.birthsHeatmap[(this.o.startWeekday + day) % 7][Math.floor((now % MINUTES_PER_DAY) / 60)]++;
  }

  /** A dispense took units of `sku` from `cab`. */
  dispensed(cab: CabinetState, sku: number, _units: number, now: number): void {
    this.stockChanged(cab, sku, now);
  }

  /** A slot jam changes no units, so no span. */
  jamChanged(): void {}

  /** Units of `sku` in `cab` changed: open or close a stock-out span. */
  private stockChanged(cab: CabinetState, sku: number, now: number): void {
    if (now < this.o.startMin || this.disp === null) return;
    let units = 0;
    for (const slot of cab.slotsBySku[sku]) units += slot.onHandUnits;
    const key = cab.index * this.disp.items.length + sku;
    const open = this.openSpan.get(key);
    if (units === 0 && open === undefined) {
      this.openSpan.set(key, this.out.stockouts.length);
      this.out.stockouts.push({ cabinetId: cab.id, sku: this.disp.items[sku].sku, startMin: now, endMin: null });
    } else if (units > 0 && open !== undefined) {
      this.out.stockouts[open].endMin = now;
      this.openSpan.delete(key);
    }
  }

  /** A restock visit finished at `cab`. */
  restocked(cab: CabinetState, receipt: RestockReceipt, now: number): void {
    if (now < this.o.startMin || this.disp === null) return;
    this.out.restocks.push({ tMin: now, cabinetId: cab.id, units: receipt.addedUnits });
    for (let k = 0; k < this.disp.items.length; k++) if (cab.slotsBySku[k].length > 0) this.stockChanged(cab, k, now);
  }

  /** Nurse supply minutes that started at `startMin` in shift `shift`. */
  nurseMinutes(startMin: number, shift: number, minutes: number): void {
    if (startMin < this.o.startMin) return;
    const day = Math.floor((startMin - this.o.startMin) / MINUTES_PER_DAY);
    const i = day * this.o.shiftNames.length + shift;
    if (i < this.nurseByShift.length) this.nurseByShift[i] += minutes;
  }

  /** The finished series. */
  finish(waitHistogram: Float64Array): WardSeries {
    const names = this.o.shiftNames;
    this.nurseByShift.forEach((m, i) => this.out.nurseSupplyByShift.push({ day: Math.floor(i / names.length), shift: names[i % names.length], minutes: m }));
    this.out.waitHistogram.counts = Array.from(waitHistogram);
    return this.out;
  }
}
