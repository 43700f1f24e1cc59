/**
 * Diagnostics of one replication for the validation report: what the births were (by hour of
 * day, by weekday, twins) after warm-up, so that the arrival process can be checked against
 * the scenario's shapes with a chi-squared test. Recorded only when asked for; it never
 * changes a KPI or a random stream.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';

/** The plain numbers a replication returns when diagnostics are asked for. */
export interface WardDiagnostics {
  /** Deliveries after warm-up by hour of day of birth, 00..23. */
  readonly birthsByHour: number[];
  /** Deliveries after warm-up by weekday, Monday..Sunday. */
  readonly birthsByWeekday: number[];
  /** Twin deliveries after warm-up. */
  readonly twinDeliveries: number;
}

/** Counts births from the end of warm-up on. */
export class DiagnosticsRecorder {
  readonly #byHour = new Array<number>(24).fill(0);
  readonly #byWeekday = new Array<number>(7).fill(0);
  #twins = 0;

  /**
   * @param warmupMin - end of warm-up, min
   * @param startWeekday - weekday of simulation day 0 (0 = Monday)
   */
  constructor(
    private readonly warmupMin: number,
    private readonly startWeekday: number,
  ) {}

  /** A delivery at `nowMin`. */
  birth(nowMin: number, twins: boolean): void {
    if (nowMin < this.warmupMin) return;
    const day = Math.floor(nowMin / MINUTES_PER_DAY);
    this.#byHour[Math.floor((nowMin - day * MINUTES_PER_DAY) / 60) % 24]++;
    this.#byWeekday[(this.startWeekday + day) % 7]++;
    if (twins) this.#twins++;
  }

  /** The numbers recorded. */
  finish(): WardDiagnostics {
    return { birthsByHour: [...this.#byHour], birthsByWeekday: [...this.#byWeekday], twinDeliveries: this.#twins };
  }
}
