/**
 * Night windows for the validation report's order-up-to check. By day a par-level trigger can
 * bring the restocker back before a (cabinet, SKU) pair runs out, and it does so exactly when
 * demand runs high, so a day cycle's length depends on its demand. From the end of the
 * restocker's shift on, no par round starts (a trigger waits for the next shift), so the pair
 * holds what it had at the shift's end until the next restock of its cabinet: the pair runs out
 * in that window exactly when the window's demand D reaches the units S it held, P(D ≥ S) of
 * order-up-to theory. Demand is what the stock was asked to give: each dispense is a line (a
 * line the cabinet could fill only in part takes what was there and empties the pair; a
 * patient's quota has already cut a line to what the cabinet may give). For every pair and night the log keeps S (units in working slots at the
 * shift's end; a pair already empty then is left out), the window's length (to the next restock
 * of the cabinet) and whether dispenses took the last unit in it. Lines are counted by hour of
 * day, with their units and the units taken in each window, so the report can compute P(D ≥ S)
 * for compound demand at the run's own rates and dispersion. The rates are per minute the pair held
 * a working unit (an empty pair is asked nothing it can give, so lines per calendar minute
 * would understate the demand of a pair that is often empty). Lines of a bed's first trip (its
 * admission stock-up: the bedside starts empty, so each line is a whole target) are kept apart
 * from the rest: new mothers go to the least occupied rooms, so consecutive admissions reach
 * the same cabinet in runs and their units over a night are over-dispersed, where the later
 * trips of the beds already there are not (the cross term of the two classes' units is kept too).
 * Windows are kept as counts per (start time and length in 10-minute steps, S). Jams change the
 * units held but never mark a window out (the theory has none). From the end of warm-up on;
 * recorded only when diagnostics are asked for.
 */
import type { CabinetState, RestockReceipt } from '../../dispensing/index.js';
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import type { StockListener } from './stock-changes.js';

/** Largest line size tallied by size; larger lines are tallied at this size. */
export const MAX_LINE_UNITS = 100;
const STEP_MIN = 10;

/** One class of a pair's lines (see the module header). */
export interface LineTally {
  /** Lines asked of the pair by hour of day, 00..23. */
  readonly linesByHour: number[];
  /** Lines in night windows by units, index 0..{@link MAX_LINE_UNITS} (night lines differ: trips stock up before the quiet hours). */
  readonly lineUnits: number[];
  /** Units taken in each night window, summed over windows, and their squares summed (for the dispersion). */
  readonly windowUnits: number;
  readonly windowUnitsSq: number;
}

/** One pair's record: the tallies of lines of later trips, and `admission` of admission stock-ups. */
export interface StockCyclePair extends LineTally {
  readonly cabinet: number;
  readonly sku: number;
  /** Minutes the pair held a working unit, by hour of day, 00..23 (the exposure of the lines by hour). */
  readonly stockedMinByHour: number[];
  /** Night windows: [start minute of day, length min (both in 10-minute steps), S, windows, windows out]. */
  readonly cycles: [number, number, number, number, number][];
  /** Lines of beds' first trips (their admission stock-up). */
  readonly admission: LineTally;
  /** Units of later trips times units of admission stock-ups in each night window, summed over windows. */
  readonly windowUnitsCross: number;
}

/** Index of the later trips' lines and of admission stock-ups in the per-class tallies. */
const LATER = 0;
const ADMISSION = 1;

interface OpenCycle {
  startMin: number;
  /** The shift's end that began this night (a window restarted by an overrunning round keeps it). */
  nightMin: number;
  s: number;
  out: boolean;
  /** Units taken in the window, by class. */
  units: [number, number];
}

/** Units of `sku` in working (not jammed) slots of `cab`. */
function workingUnits(cab: CabinetState, sku: number): number {
  let n = 0;
  for (const slot of cab.slotsBySku[sku]) if (!slot.jammed) n += slot.onHandUnits;
  return n;
}

/** Adds the minutes from `from` to `to` to `bins` by hour of day (nothing when `to` <= `from`). */
function addByHour(bins: number[], from: number, to: number): void {
  let t = from;
  while (t < to) {
    const stop = Math.min(to, (Math.floor(t / 60) + 1) * 60);
    bins[Math.floor((t % MINUTES_PER_DAY) / 60)] += stop - t;
    t = stop;
  }
}

/** Records the night windows (see the module header); a stock listener. */
export class StockCycleLog implements StockListener {
  private readonly open: (OpenCycle | null)[];
  /** Per pair: minute of the last stock change seen, and the working units after it. */
  private readonly lastMin: Float64Array;
  private readonly lastUnits: Float64Array;
  /** Per class, per pair. */
  private readonly lines: number[][][];
  private readonly units: number[][][];
  private readonly windowUnits: Float64Array[];
  private readonly windowUnitsSq: Float64Array[];
  private readonly windowUnitsCross: Float64Array;
  private readonly stocked: number[][];
  private readonly cycles: Map<string, [number, number, number, number, number]>[];
  /** Class of the lines being dispensed now (see {@link StockCycleLog.serving}). */
  private lineClass = LATER;

  /**
   * @param warmupMin - end of warm-up, min
   * @param nightStartMin - minute of the day the restocker's shift ends (no par round starts after
   *   it); negative when the shift covers the whole day (no night windows then)
   * @param nightMin - minutes from the shift's end to its next start
   */
  constructor(
    private readonly warmupMin: number,
    private readonly cabinets: number,
    private readonly skuCount: number,
    private readonly nightStartMin: number,
    private readonly nightMin: number,
  ) {
    const n = cabinets * skuCount;
    this.open = new Array<OpenCycle | null>(n).fill(null);
    this.lastMin = new Float64Array(n);
    this.lastUnits = new Float64Array(n);
    this.lines = [LATER, ADMISSION].map(() => Array.from({ length: n }, () => new Array<number>(24).fill(0)));
    this.units = [LATER, ADMISSION].map(() => Array.from({ length: n }, () => new Array<number>(MAX_LINE_UNITS + 1).fill(0)));
    this.windowUnits = [new Float64Array(n), new Float64Array(n)];
    this.windowUnitsSq = [new Float64Array(n), new Float64Array(n)];
    this.windowUnitsCross = new Float64Array(n);
    this.stocked = Array.from({ length: n }, () => new Array<number>(24).fill(0));
    this.cycles = Array.from({ length: n }, () => new Map<string, [number, number, number, number, number]>());
  }

  /**
   * The dispenses that follow, until the next call, are lines of a bed's first trip (its
   * admission stock-up) when `admission` is true; the cabinet channel calls it when a trip
   * takes the screen.
   */
  serving(admission: boolean): void {
    this.lineClass = admission ? ADMISSION : LATER;
  }

  /** A dispense of `units` of the pair `k` at `nowMin`: one line of demand. */
  private demand(k: number, units: number, nowMin: number): void {
    if (nowMin < this.warmupMin || units <= 0) return;
    const c = this.lineClass;
    this.lines[c][k][Math.floor((nowMin % MINUTES_PER_DAY) / 60) % 24]++;
    const o = this.open[k];
    if (o === null) return;
    o.units[c] += units;
    this.units[c][k][Math.min(MAX_LINE_UNITS, units)]++;
  }

  /**
   * Opens the pair's night window when a shift end lies between its last stock change and
   * `nowMin` (the units then were those after the last change), then notes the change.
   */
  private step(k: number, nowMin: number, unitsNow: number): void {
    const last = this.lastMin[k];
    const dayStart = Math.floor(last / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    let night = dayStart + this.nightStartMin;
    if (night <= last) night += MINUTES_PER_DAY;
    if (this.nightStartMin >= 0 && this.open[k] === null && night <= nowMin && night >= this.warmupMin && this.lastUnits[k] > 0) {
      this.open[k] = { startMin: night, nightMin: night, s: this.lastUnits[k], out: false, units: [0, 0] };
    }
    if (this.lastUnits[k] > 0) addByHour(this.stocked[k], Math.max(last, this.warmupMin), nowMin);
    this.lastMin[k] = nowMin;
    this.lastUnits[k] = unitsNow;
  }

  dispensed(cab: CabinetState, sku: number, units: number, nowMin: number): void {
    const k = cab.index * this.skuCount + sku;
    const left = workingUnits(cab, sku);
    this.step(k, nowMin, left);
    this.demand(k, units, nowMin);
    const o = this.open[k];
    if (o !== null && !o.out && left === 0) o.out = true;
  }

  /**
   * A restock ends every open window of the cabinet's pairs. One during the night is a round that
   * set out in the shift and reached this cabinet after its end (no round starts at night): the
   * night then starts again from the units it left, as the pair holds them until the next shift.
   */
  restocked(cab: CabinetState, _receipt: RestockReceipt, nowMin: number): void {
    for (let sku = 0; sku < this.skuCount; sku++) {
      if (cab.slotsBySku[sku].length === 0) continue;
      const k = cab.index * this.skuCount + sku;
      // The units just before the restock are the last ones noted.
      this.step(k, nowMin, this.lastUnits[k]);
      const o = this.open[k];
      const units = workingUnits(cab, sku);
      if (o !== null && nowMin - o.nightMin < this.nightMin) {
        // The overrun replaces the window's start; what it asked before the round is dropped with it.
        this.open[k] = units > 0 ? { startMin: nowMin, nightMin: o.nightMin, s: units, out: false, units: [0, 0] } : null;
      } else this.close(k, nowMin);
      this.lastUnits[k] = units;
    }
  }

  jamChanged(cab: CabinetState, sku: number, nowMin: number): void {
    this.step(cab.index * this.skuCount + sku, nowMin, workingUnits(cab, sku));
  }

  private close(k: number, endMin: number): void {
    const o = this.open[k];
    this.open[k] = null;
    if (o === null) return;
    for (const c of [LATER, ADMISSION]) {
      this.windowUnits[c][k] += o.units[c];
      this.windowUnitsSq[c][k] += o.units[c] * o.units[c];
    }
    this.windowUnitsCross[k] += o.units[LATER] * o.units[ADMISSION];
    const start = Math.round((o.startMin % MINUTES_PER_DAY) / STEP_MIN) * STEP_MIN;
    const len = Math.max(STEP_MIN, Math.round((endMin - o.startMin) / STEP_MIN) * STEP_MIN);
    const key = `${start}|${len}|${o.s}`;
    const row = this.cycles[k].get(key);
    if (row === undefined) this.cycles[k].set(key, [start, len, o.s, 1, o.out ? 1 : 0]);
    else {
      row[3]++;
      if (o.out) row[4]++;
    }
  }

  /** The pairs with at least one closed window (a window still open at the end is left out: its length is cut). */
  finish(): StockCyclePair[] {
    const out: StockCyclePair[] = [];
    for (let k = 0; k < this.cabinets * this.skuCount; k++) {
      if (this.cycles[k].size === 0) continue;
      const cycles = [...this.cycles[k].values()].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
      const tally = (c: number): LineTally => ({ linesByHour: this.lines[c][k], lineUnits: this.units[c][k], windowUnits: this.windowUnits[c][k], windowUnitsSq: this.windowUnitsSq[c][k] });
      out.push({ cabinet: Math.floor(k / this.skuCount), sku: k % this.skuCount, ...tally(LATER), stockedMinByHour: this.stocked[k], cycles, admission: tally(ADMISSION), windowUnitsCross: this.windowUnitsCross[k] });
    }
    return out;
  }
}
