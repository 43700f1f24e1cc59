/**
 * Diagnostics of one replication for the validation report: what the births were (by hour of
 * day, by weekday, twins) after warm-up, so that the arrival process can be checked against
 * the scenario's shapes with a chi-squared test; the queues (queue-log.ts) and the cabinets'
 * night windows between restocks (stock-cycles.ts), for the queueing and order-up-to checks; and
 * the room entries by who enters, for the shares by role (Cohen et al. 2012). Recorded only
 * when asked for; it never changes a KPI or a random stream.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { QueueLog } from './queue-log.js';
import type { QueueDiagnostics } from './queue-log.js';
import { StockCycleLog } from './stock-cycles.js';
import type { StockCyclePair } from './stock-cycles.js';

/**
 * Room entries after warm-up by who enters; they add up to the `roomEntriesPerPatientHour`
 * KPI's numerator. Staff entries are expectations (closed form, see care.ts), so not whole.
 */
export interface RoomEntriesByRole {
  /** Nurses' entries (`contacts.room.nurseEntriesPerPatientDay`). */
  readonly nurse: number;
  /** Other staff's entries: doctors, cleaners and others (`staffEntriesPerPatientDay`). */
  readonly staff: number;
  /** Visits: one entry each. */
  readonly visitor: number;
  /** Companions: hand-overs and returns from supply trips. */
  readonly companion: number;
  /** Mothers back from their own supply trips. */
  readonly mother: number;
}

/** The plain numbers a replication returns when diagnostics are asked for. */
export interface WardDiagnostics {
  /** Deliveries after warm-up by hour of day of birth, 00..23. */
  readonly birthsByHour: number[];
  /** Deliveries after warm-up by weekday, Monday..Sunday. */
  readonly birthsByWeekday: number[];
  /** Twin deliveries after warm-up. */
  readonly twinDeliveries: number;
  /** The queues by hour of arrival. */
  readonly queues: QueueDiagnostics;
  /** Restock cycles per (cabinet, SKU) pair (empty without cabinets). */
  readonly stockCycles: StockCyclePair[];
  /** Room entries after warm-up by who enters. */
  readonly roomEntries: RoomEntriesByRole;
}

/** Counts births from the end of warm-up on. */
export class DiagnosticsRecorder {
  readonly #byHour = new Array<number>(24).fill(0);
  readonly #byWeekday = new Array<number>(7).fill(0);
  #twins = 0;
  /** The queues; replaced when the cabinets are known. */
  queues: QueueLog;
  /** The restock cycles, once the cabinets are known. */
  stockCycles: StockCycleLog | null = null;

  /**
   * @param warmupMin - end of warm-up, min
   * @param startWeekday - weekday of simulation day 0 (0 = Monday)
   */
  constructor(
    private readonly warmupMin: number,
    private readonly startWeekday: number,
  ) {
    this.queues = new QueueLog(warmupMin, 0);
  }

  /**
   * The ward has `cabinets` cabinets and `skuCount` SKUs, and the restocker's shift ends at
   * minute of the day `nightStartMin` (negative: never) and starts again `nightMin` minutes
   * later; called before the run starts.
   * @returns the restock-cycle log, for the cabinets' stock notification to tell
   */
  attachCabinets(cabinets: number, skuCount: number, nightStartMin: number, nightMin: number): StockCycleLog {
    this.queues = new QueueLog(this.warmupMin, cabinets);
    this.stockCycles = new StockCycleLog(this.warmupMin, cabinets, skuCount, nightStartMin, nightMin);
    return this.stockCycles;
  }

  /** A delivery at `nowMin`. */
  birth(nowMin: number, twins: boolean): void {
    if (nowMin < this.warmupMin) return;
    const day = Math.floor(nowMin / MINUTES_PER_DAY);
    this.#byHour[Math.floor((nowMin - day * MINUTES_PER_DAY) / 60) % 24]++;
    this.#byWeekday[(this.startWeekday + day) % 7]++;
    if (twins) this.#twins++;
  }

  /** The numbers recorded, with the run's room entries by role (counted by the ward in any case). */
  finish(roomEntries: RoomEntriesByRole): WardDiagnostics {
    return {
      birthsByHour: [...this.#byHour], birthsByWeekday: [...this.#byWeekday], twinDeliveries: this.#twins,
      queues: this.queues.finish(), stockCycles: this.stockCycles?.finish() ?? [], roomEntries,
    };
  }
}
