/**
 * Time-weighted statistics of a level that holds between changes: queue length at a cabinet,
 * units in a slot, occupied beds, busy nurses. The mean is the integral of the level over time
 * divided by the elapsed time, so a queue of 5 for one minute weighs as much as a queue of 1
 * for five. Reset at the end of a warm-up.
 */
import { finite, options as checkOptions } from '../_internals/check.js';

/** Options of {@link TimeWeighted}. */
export interface TimeWeightedOptions {
  /** Time the observation starts, minutes. */
  startMin: number;
  /** Level at the start. Default 0. */
  level?: number;
}

/** Time-average, min and max of a piecewise-constant level. */
export class TimeWeighted {
  // Numbers from the start (the constructor sets them): a field declared without a value starts
  // as undefined, and V8 would keep it tagged and box each new level and time (see Environment.now).
  private t0 = 0;
  private tLast = 0;
  private current = 0;
  private area = 0;
  private lo = 0;
  private hi = 0;

  constructor(options: TimeWeightedOptions) {
    checkOptions('TimeWeighted', options);
    this.t0 = finite('TimeWeighted', 'startMin', options.startMin);
    this.current = finite('TimeWeighted', 'level', options.level ?? 0);
    this.tLast = this.t0;
    this.lo = this.current;
    this.hi = this.current;
  }

  /** Sets the level from `nowMin` on. Time must not go backwards. */
  update(nowMin: number, level: number): void {
    const dt = nowMin - this.tLast;
    if (!(dt >= 0)) throw new RangeError(`TimeWeighted.update: nowMin(=${nowMin}) must be >= the last update time (${this.tLast})`);
    if (!Number.isFinite(level)) finite('TimeWeighted.update', 'level', level);
    this.area += this.current * dt;
    this.tLast = nowMin;
    this.current = level;
    if (level < this.lo) this.lo = level;
    if (level > this.hi) this.hi = level;
  }

  /** The current level. */
  get level(): number {
    return this.current;
  }

  /** Largest level seen since start or reset. */
  get max(): number {
    return this.hi;
  }

  /** Smallest level seen since start or reset. */
  get min(): number {
    return this.lo;
  }

  /** Integral of the level from start (or reset) to `nowMin`, level·minutes. */
  integral(nowMin: number): number {
    const dt = nowMin - this.tLast;
    if (!(dt >= 0)) throw new RangeError(`TimeWeighted.integral: nowMin(=${nowMin}) must be >= the last update time (${this.tLast})`);
    return this.area + this.current * dt;
  }

  /** Time-average level from start (or reset) to `nowMin`; the current level if no time passed. */
  mean(nowMin: number): number {
    const span = nowMin - this.t0;
    const area = this.integral(nowMin);
    return span > 0 ? area / span : this.current;
  }

  /** Starts a new observation window at `nowMin`, keeping the current level. */
  reset(nowMin: number): void {
    this.integral(nowMin); // validates nowMin before anything is forgotten
    this.area = 0;
    this.t0 = nowMin;
    this.tLast = nowMin;
    this.lo = this.current;
    this.hi = this.current;
  }
}
