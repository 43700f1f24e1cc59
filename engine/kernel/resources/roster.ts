/**
 * Rosters: capacity that follows the clock, because nurses and restockers work shifts
 * (A 08–16, P 16–24, N 00–08 with thinner nights). A roster is a repeating period (a day of
 * 1440 min, a week of 10080 min, or any length) with steps "from minute atMin of the period the
 * capacity is c". Before the first step of a period the last step's capacity still holds.
 * Used as a resource's `schedule`; a capacity drop never pre-empts holders unless
 * `preemptOnDrop` is set.
 */
import { arrayOfAtLeast, fail, finite, integerAtLeast, options, positive } from '../_internals/check.js';

/** One step of a roster: from `atMin` into the period, `capacity` servers. */
export interface RosterStep {
  /** Offset into the period, minutes, in [0, periodMin). */
  readonly atMin: number;
  /** Capacity from then on (integer >= 0). */
  readonly capacity: number;
}

/** Options of {@link Roster}. */
export interface RosterOptions {
  /** Length of the repeating period, minutes (1440 a day, 10080 a week). */
  periodMin: number;
  /** Steps with strictly increasing `atMin`. */
  steps: readonly RosterStep[];
  /** When capacity drops below the holders, pre-empt the latest holders. Default false. */
  preemptOnDrop?: boolean;
}

/** Where a roster stands at some time: the step in force and the start of its period. */
export interface RosterCursor {
  /** Index of the step in force. */
  index: number;
  /** Start of the period that step belongs to, minutes. */
  periodStartMin: number;
}

/** A repeating capacity schedule. */
export class Roster {
  readonly periodMin: number;
  readonly steps: readonly RosterStep[];
  readonly preemptOnDrop: boolean;

  constructor(o: RosterOptions) {
    const api = 'Roster';
    options(api, o);
    this.periodMin = positive(api, 'periodMin', o.periodMin);
    arrayOfAtLeast(api, 'steps', o.steps, 1);
    o.steps.forEach((s, i) => {
      const at = finite(api, `steps[${i}].atMin`, s?.atMin);
      if (at < 0 || at >= this.periodMin) fail(api, `steps[${i}].atMin`, at, `must be in [0, periodMin(=${this.periodMin}))`);
      if (i > 0 && !(at > o.steps[i - 1].atMin)) fail(api, `steps[${i}].atMin`, at, `must be > steps[${i - 1}].atMin(=${o.steps[i - 1].atMin})`);
      integerAtLeast(api, `steps[${i}].capacity`, s.capacity, 0);
    });
    this.steps = o.steps.map((s) => ({ atMin: s.atMin, capacity: s.capacity }));
    this.preemptOnDrop = o.preemptOnDrop === true;
  }

  /** The step in force at `tMin`. */
  cursorAt(tMin: number): RosterCursor {
    const P = this.periodMin;
    let periodStartMin = Math.floor(tMin / P) * P;
    const phase = tMin - periodStartMin;
    let index = -1;
    for (let i = 0; i < this.steps.length; i++) if (this.steps[i].atMin <= phase) index = i;
    if (index < 0) {
      // Before the first step: the previous period's last step still holds.
      index = this.steps.length - 1;
      periodStartMin -= P;
    }
    return { index, periodStartMin };
  }

  /** Capacity at `tMin`. */
  capacityAt(tMin: number): number {
    return this.steps[this.cursorAt(tMin).index].capacity;
  }

  /** The step after `cursor` (mutates and returns it) and the time it starts, minutes. */
  advance(cursor: RosterCursor): number {
    cursor.index++;
    if (cursor.index === this.steps.length) {
      cursor.index = 0;
      cursor.periodStartMin += this.periodMin;
    }
    return cursor.periodStartMin + this.steps[cursor.index].atMin;
  }

  /** Mean capacity over one period (capacity-minutes / period). */
  get meanCapacity(): number {
    let area = 0;
    const n = this.steps.length;
    for (let i = 0; i < n; i++) {
      const end = i + 1 < n ? this.steps[i + 1].atMin : this.steps[0].atMin + this.periodMin;
      area += this.steps[i].capacity * (end - this.steps[i].atMin);
    }
    return area / this.periodMin;
  }
}
