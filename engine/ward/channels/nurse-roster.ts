/**
 * The nurse roster: shifts repeated every day (A 08-16, P 16-24, N 00-08 by default; 12-hour
 * rosters work the same way). The number of nurses who can break off for a supply request at
 * once is the nurses on shift times `nurseSupplyShare`, at least one, so the nurse station is
 * thinner at night. Capacity changes at shift boundaries and never interrupts a nurse already
 * fetching.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { MINUTES_PER_DAY } from '../../dispensing/index.js';

/** Roster compiled to minutes of the day. */
export interface RosterPlan {
  /** Minutes of the day where the capacity may change, ascending. */
  readonly boundaries: readonly number[];
  /** Supply capacity from each boundary on. */
  readonly capacityAfter: readonly number[];
  readonly shiftsPerDay: number;
}

function covers(start: number, len: number, m: number): boolean {
  const rel = (((m - start) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return rel < len;
}

/** Nurses on shift at minute-of-day `m`. */
export function nursesAt(s: Scenario, m: number): number {
  let n = 0;
  for (const sh of s.people.shifts) if (covers(sh.startHour * 60, sh.hours * 60, m)) n += sh.nurses;
  return n;
}

/** Index of the first shift covering minute-of-day `m` (0 if none). */
export function shiftIndexAt(s: Scenario, m: number): number {
  const shifts = s.people.shifts;
  for (let i = 0; i < shifts.length; i++) if (covers(shifts[i].startHour * 60, shifts[i].hours * 60, m)) return i;
  return 0;
}

/** Compiles the roster. */
export function planRoster(s: Scenario): RosterPlan {
  const set = new Set<number>([0]);
  for (const sh of s.people.shifts) {
    set.add(Math.round(sh.startHour * 60) % MINUTES_PER_DAY);
    set.add(Math.round((sh.startHour + sh.hours) * 60) % MINUTES_PER_DAY);
  }
  const boundaries = [...set].sort((a, b) => a - b);
  const capacityAfter = boundaries.map((b) => Math.max(1, Math.round(nursesAt(s, b) * s.people.nurseSupplyShare)));
  return { boundaries, capacityAfter, shiftsPerDay: s.people.shifts.length };
}
