/**
 * Failures: slots jam (a Poisson stream per cabinet at `jamsPerSlotPerDay` times its assigned
 * slots; the jammed slot is drawn uniformly and cleared after an exponential repair time) and
 * cabinets go offline (`offlinePerCabinetPerDay`, exponential repair). A jammed slot's units
 * cannot be dispensed; an offline cabinet serves nobody and sends people to the next one.
 */
import { MINUTES_PER_DAY, setCabinetOnline, setSlotJammed } from '../../dispensing/index.js';
import { standardExponential } from '../../kernel/index.js';
import type { WardContext } from '../context/ward-context.js';
import type { Cabinets } from './cabinets.js';

/** A failure to come, or a repair (then `slot` says which slot, or -1 for a cabinet). */
interface Failure {
  readonly cabinet: number;
  readonly jam: boolean;
  /** Slot index for a repair, or -1 for a new failure. */
  slot: number;
}

/** The cabinets' jam and offline streams of one run. */
export class Failures {
  private readonly failed: (f: Failure) => void;
  private readonly repaired: (f: Failure) => void;

  constructor(
    private readonly ctx: WardContext,
    private readonly cabinets: Cabinets,
  ) {
    this.failed = (f) => this.onFailure(f);
    this.repaired = (f) => this.onRepair(f);
  }

  /** Starts jam and offline streams for every cabinet. */
  start(): void {
    for (let c = 0; c < this.cabinets.dispensing.cabinets.length; c++) {
      this.scheduleNext({ cabinet: c, jam: true, slot: -1 });
      this.scheduleNext({ cabinet: c, jam: false, slot: -1 });
    }
  }

  /**
   * A warm start: slots jammed and cabinets offline now get their repair, drawn as a fresh
   * repair time (exponential, so the time already spent broken does not matter). Cabinets in
   * `held` stay offline for the whole run.
   */
  resume(held: ReadonlySet<string>): void {
    const disp = this.cabinets.dispensing;
    const cb = this.ctx.scenario.cabinets;
    for (const cab of disp.cabinets) {
      for (const slot of cab.slots) if (slot.jammed) this.ctx.env.post(this.exponential(cb.jamRepairHoursMean * 60), this.repaired, 0, { cabinet: cab.index, jam: true, slot: slot.index });
      if (!cab.online && !held.has(cab.id)) this.ctx.env.post(this.exponential(cb.offlineRepairHoursMean * 60), this.repaired, 0, { cabinet: cab.index, jam: false, slot: -1 });
    }
  }

  /** An exponential time with mean `meanMin` from the failures stream, min. */
  private exponential(meanMin: number): number {
    return standardExponential(this.ctx.streams.failures) * meanMin;
  }

  private assignedSlots(c: number): number[] {
    return this.cabinets.dispensing.cabinets[c].slots.filter((s) => s.skuIndex >= 0).map((s) => s.index);
  }

  private scheduleNext(f: Failure): void {
    const ctx = this.ctx;
    const cb = ctx.scenario.cabinets;
    const perDay = f.jam ? cb.jamsPerSlotPerDay * this.assignedSlots(f.cabinet).length : cb.offlinePerCabinetPerDay;
    if (perDay <= 0) return;
    const gap = this.exponential(MINUTES_PER_DAY / perDay);
    if (ctx.env.now + gap < ctx.params.endMin) ctx.env.post(gap, this.failed, 0, { cabinet: f.cabinet, jam: f.jam, slot: -1 });
  }

  private onFailure(f: Failure): void {
    const ctx = this.ctx;
    const disp = this.cabinets.dispensing;
    const cab = disp.cabinets[f.cabinet];
    const now = ctx.env.now;
    const cb = ctx.scenario.cabinets;
    if (f.jam) {
      const slots = this.assignedSlots(f.cabinet);
      const slot = cab.slots[slots[Math.floor(ctx.streams.failures.next() * slots.length)]];
      if (!slot.jammed) {
        setSlotJammed(disp, cab.id, slot.id, true, now);
        // Its SKU may now have no working slot with stock: a stock-out.
        this.cabinets.stock.jamChanged(cab, slot.skuIndex, now);
        ctx.env.post(this.exponential(cb.jamRepairHoursMean * 60), this.repaired, 0, { cabinet: f.cabinet, jam: true, slot: slot.index });
      }
    } else if (cab.online) {
      setCabinetOnline(disp, cab.id, false, now);
      ctx.env.post(this.exponential(cb.offlineRepairHoursMean * 60), this.repaired, 0, { cabinet: f.cabinet, jam: false, slot: -1 });
    }
    this.scheduleNext(f);
  }

  private onRepair(f: Failure): void {
    const ctx = this.ctx;
    const disp = this.cabinets.dispensing;
    const cab = disp.cabinets[f.cabinet];
    if (f.jam) {
      setSlotJammed(disp, cab.id, cab.slots[f.slot].id, false, ctx.env.now);
      this.cabinets.stock.jamChanged(cab, cab.slots[f.slot].skuIndex, ctx.env.now);
    } else {
      setCabinetOnline(disp, cab.id, true, ctx.env.now);
    }
  }
}
