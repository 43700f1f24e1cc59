/**
 * What a warm-started replication records for the twin forecast, listening to the cabinets'
 * stock changes: per slot the first time it has nothing to give (no unexpired units, jammed,
 * or its cabinet offline) and whether that came before the restocker next filled its cabinet;
 * per cabinet the time of that next fill and the families' waits for the screen; per
 * (cabinet, SKU) the usable units when the next fixed round is due and the units dispensed
 * between that round and the one after, from which the pick list is sized.
 *
 * Times are minutes from the start (`nowMin`); -1 means "not within the horizon". A cabinet
 * going offline mid-run is seen at its next stock change, not at the moment it goes dark.
 */
import type { CabinetState, DispensingState, RestockReceipt, SlotState } from '../../dispensing/index.js';
import type { StockListener } from '../accounting/stock-changes.js';
import type { Cabinets } from '../logistics/cabinets.js';
import type { WardContext } from '../context/ward-context.js';

/** The record of one warm-started replication (plain numbers, slot order = cabinets then slots). */
export interface ForecastTrack {
  /** Per slot: first minute out after the start, -1 if never within the horizon (unassigned slots -1). */
  readonly slotOutMin: number[];
  /** Per slot: 1 when it ran out before its cabinet's first restock visit (or the horizon), else 0. */
  readonly slotOutBeforeRestock: number[];
  /** Per cabinet: minute of its first restock visit after the start, -1 if none. */
  readonly firstRestockMin: number[];
  /** Per cabinet: mean wait of families for the screen, min (0 without sessions). */
  readonly queueWaitMeanMin: number[];
  /** Per cabinet: screen sessions of families. */
  readonly sessions: number[];
  /** Per (cabinet, SKU), index cabinet × skuCount + sku: usable units when the next fixed round is due. */
  readonly unitsAtNextRound: number[];
  /** Per (cabinet, SKU): units dispensed between the next fixed round and the one after. */
  readonly dispensedNextCycle: number[];
}

/** Usable units of a slot at `nowMin`: unexpired lots of a working slot in an online cabinet. */
export function usableSlotUnits(cab: CabinetState, slot: SlotState, nowMin: number): number {
  if (!cab.online || slot.jammed || slot.skuIndex < 0) return 0;
  if (slot.headExpiryMin > nowMin) return slot.onHandUnits;
  let units = 0;
  for (const lot of slot.lots) if (lot.expiresAtMin > nowMin) units += lot.quantity;
  return units;
}

/** Records a {@link ForecastTrack} (see the module header). */
export class ForecastRecorder implements StockListener {
  private readonly firstSlot: number[];
  private readonly outMin: Float64Array;
  private readonly outBefore: Uint8Array;
  private readonly restockMin: Float64Array;
  private readonly atRound: Float64Array;
  private readonly cycle: Float64Array;
  private readonly skuCount: number;

  /**
   * @param nextRoundMin the next fixed round, absolute minutes (Infinity: none)
   * @param roundAfterMin the fixed round after it, absolute minutes (Infinity: none)
   */
  constructor(
    private readonly ctx: WardContext,
    private readonly cabinets: Cabinets,
    private readonly nowMin: number,
    private readonly nextRoundMin: number,
    private readonly roundAfterMin: number,
  ) {
    const disp: DispensingState = cabinets.dispensing;
    this.skuCount = disp.items.length;
    this.firstSlot = [];
    let n = 0;
    for (const cab of disp.cabinets) {
      this.firstSlot.push(n);
      n += cab.slots.length;
    }
    this.outMin = new Float64Array(n).fill(-1);
    this.outBefore = new Uint8Array(n);
    this.restockMin = new Float64Array(disp.cabinets.length).fill(-1);
    this.atRound = new Float64Array(disp.cabinets.length * this.skuCount);
    this.cycle = new Float64Array(disp.cabinets.length * this.skuCount);
    for (const cab of disp.cabinets) for (const slot of cab.slots) this.check(cab, slot, nowMin);
    if (nextRoundMin < ctx.params.endMin) ctx.env.post(nextRoundMin - ctx.env.now, () => this.sampleRound(), -1);
  }

  private check(cab: CabinetState, slot: SlotState, nowMin: number): void {
    const i = this.firstSlot[cab.index] + slot.index;
    if (this.outMin[i] >= 0 || slot.skuIndex < 0 || usableSlotUnits(cab, slot, nowMin) > 0) return;
    this.outMin[i] = nowMin - this.nowMin;
    if (this.restockMin[cab.index] < 0) this.outBefore[i] = 1;
  }

  private sampleRound(): void {
    const now = this.ctx.env.now;
    for (const cab of this.cabinets.dispensing.cabinets) {
      for (const slot of cab.slots) if (slot.skuIndex >= 0) this.atRound[cab.index * this.skuCount + slot.skuIndex] += usableSlotUnits(cab, slot, now);
    }
  }

  dispensed(cabinet: CabinetState, sku: number, units: number, nowMin: number): void {
    const slots = cabinet.slotsBySku[sku];
    for (let i = 0; i < slots.length; i++) this.check(cabinet, slots[i], nowMin);
    if (nowMin >= this.nextRoundMin && nowMin < this.roundAfterMin) this.cycle[cabinet.index * this.skuCount + sku] += units;
  }

  restocked(cabinet: CabinetState, _receipt: RestockReceipt, nowMin: number): void {
    if (this.restockMin[cabinet.index] < 0) this.restockMin[cabinet.index] = nowMin - this.nowMin;
    for (const slot of cabinet.slots) this.check(cabinet, slot, nowMin);
  }

  jamChanged(cabinet: CabinetState, sku: number, nowMin: number): void {
    const slots = cabinet.slotsBySku[sku];
    for (let i = 0; i < slots.length; i++) this.check(cabinet, slots[i], nowMin);
  }

  /** The record at the end of the run (`endMin`, absolute): slots emptied by expiry alone count out at the end. */
  finish(endMin: number): ForecastTrack {
    for (const cab of this.cabinets.dispensing.cabinets) for (const slot of cab.slots) this.check(cab, slot, endMin);
    const { queueWaitMin, sessions } = this.cabinets;
    return {
      slotOutMin: Array.from(this.outMin),
      slotOutBeforeRestock: Array.from(this.outBefore),
      firstRestockMin: Array.from(this.restockMin),
      queueWaitMeanMin: Array.from(queueWaitMin, (w, c) => (sessions[c] > 0 ? w / sessions[c] : 0)),
      sessions: Array.from(sessions),
      unitsAtNextRound: Array.from(this.atRound),
      dispensedNextCycle: Array.from(this.cycle),
    };
  }
}
