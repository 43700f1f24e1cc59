/**
 * Where in the day to put restock rounds. A round refills the cabinets; what decides whether a
 * slot runs dry is the demand between one round and the next, and at night, when no par-level
 * trigger can call the restocker, the demand from the last round of the shift to the first of
 * the next day. Rounds are therefore placed inside the restocker's shift so that the largest
 * demand between two consecutive rounds is as small as possible (then the next largest, and so
 * on, so that rounds the night gap does not need still spread over the day), then so that the
 * unprotected night demand is as small as possible. Spacing rounds evenly from a fixed first hour (the old
 * rule) put a fourth round at 22:45, inside the evening trip surge, and made four rounds worse
 * than three.
 *
 * Demand by hour is the ward's own trip timing (`catalog.tripHourWeights`): bedside stock falls
 * continuously, so trips fall due evenly over the day; an hour with weight w makes w of its due
 * trips and hands the rest to the last fully active hour before it (the stocking-up before the
 * night that the ward model simulates).
 */

/** Hours in a day. */
const HOURS_PER_DAY = 24;

/**
 * Most fixed rounds a day that are placed (and sized): wards run one to four; six keeps the
 * exact search under a second even over a 24-hour shift.
 */
export const MAX_ROUNDS_PER_DAY = 6;

/**
 * Share of a day's trips made in each hour 00..23 (sums to 1).
 * @param weights `catalog.tripHourWeights`: 24 shares in [0, 1]
 * @throws RangeError unless there are 24 weights in [0, 1]
 */
export function tripActivityByHour(weights: readonly number[]): number[] {
  if (weights.length !== HOURS_PER_DAY || weights.some((w) => !(w >= 0 && w <= 1))) throw new RangeError(`tripActivityByHour: weights must be 24 numbers in [0, 1] (got ${weights.length})`);
  const out = new Array<number>(HOURS_PER_DAY).fill(0);
  const due = 1 / HOURS_PER_DAY;
  for (let h = 0; h < HOURS_PER_DAY; h++) {
    let active = -1;
    for (let k = 1; k <= HOURS_PER_DAY; k++) {
      const g = (((h - k) % HOURS_PER_DAY) + HOURS_PER_DAY) % HOURS_PER_DAY;
      if (weights[g] >= 1) {
        active = g;
        break;
      }
    }
    if (active < 0) out[h] += due;
    else {
      out[h] += due * weights[h];
      out[active] += due * (1 - weights[h]);
    }
  }
  return out;
}

/** The restocker's working window, hours of day. */
export interface ShiftWindow {
  /** Shift start, h of day in [0, 24). */
  readonly startHour: number;
  /** Shift length, h in (0, 24]. */
  readonly hours: number;
}

/** A placement and how it scores. */
export interface RoundPlacement {
  /** Round times, hours of day, ascending. */
  readonly roundHours: readonly number[];
  /** Largest share of a day's trips between two consecutive rounds. */
  readonly maxGapDemand: number;
  /** Share of a day's trips from the last round to the next shift start (no par trigger then). */
  readonly nightDemand: number;
}

/**
 * Demand of each half hour from the shift start over two days, as running totals: the demand
 * between offsets a ≤ b (h from the shift start, multiples of 0.5, b − a ≤ 24) is
 * `cumulative[2b] − cumulative[2a]`.
 */
function cumulativeDemand(activity: readonly number[], startHour: number): Float64Array {
  const cells = 4 * HOURS_PER_DAY;
  const out = new Float64Array(cells + 1);
  for (let k = 0; k < cells; k++) {
    const hour = Math.floor((((startHour + k / 2) % HOURS_PER_DAY) + HOURS_PER_DAY) % HOURS_PER_DAY);
    out[k + 1] = out[k] + activity[hour] / 2;
  }
  return out;
}

interface Score {
  /** Demand of each gap between consecutive rounds, largest first. */
  readonly gaps: number[];
  readonly night: number;
}

/** Scores rounds given as offsets from the shift start, h, ascending. */
function score(cumulative: Float64Array, offsets: readonly number[]): Score {
  const gaps: number[] = [];
  const at = (offset: number): number => cumulative[Math.round(offset * 2)];
  for (let i = 0; i < offsets.length; i++) {
    const to = i + 1 < offsets.length ? offsets[i + 1] : offsets[0] + HOURS_PER_DAY;
    gaps.push(at(to) - at(offsets[i]));
  }
  const last = offsets[offsets.length - 1];
  return { gaps: gaps.sort((a, b) => b - a), night: at(HOURS_PER_DAY) - at(last) };
}

/** Negative when `a` is the better placement: gaps compared largest first, then night demand. */
function compareScores(a: Score, b: Score): number {
  for (let i = 0; i < a.gaps.length; i++) {
    if (Math.abs(a.gaps[i] - b.gaps[i]) > 1e-12) return a.gaps[i] - b.gaps[i];
  }
  return Math.abs(a.night - b.night) > 1e-12 ? a.night - b.night : 0;
}

/** Candidate offsets from the shift start: every half hour of the shift. */
function grid(shift: ShiftWindow): number[] {
  const offsets: number[] = [];
  for (let t = 0; t < shift.hours - 1e-9; t += 0.5) offsets.push(t);
  return offsets;
}

function hourOfDay(shift: ShiftWindow, offset: number): number {
  return Math.round((((shift.startHour + offset) % HOURS_PER_DAY) + HOURS_PER_DAY) % HOURS_PER_DAY * 100) / 100;
}

/**
 * The best times for `rounds` restock rounds a day inside the shift, against the hour-of-day
 * demand: gap demands compared largest first, then least night demand, then earliest times.
 * @param rounds rounds a day, integer in [1, {@link MAX_ROUNDS_PER_DAY}]
 * @param shift the restocker's shift
 * @param activity share of trips by hour (see {@link tripActivityByHour})
 * @throws RangeError on bad arguments or more rounds than half-hour times in the shift
 */
export function placeRounds(rounds: number, shift: ShiftWindow, activity: readonly number[]): RoundPlacement {
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > MAX_ROUNDS_PER_DAY) throw new RangeError(`placeRounds: rounds(=${rounds}) must be an integer in [1, ${MAX_ROUNDS_PER_DAY}]`);
  if (!(shift.startHour >= 0 && shift.startHour < HOURS_PER_DAY) || !(shift.hours > 0 && shift.hours <= HOURS_PER_DAY)) throw new RangeError(`placeRounds: shift(start ${shift.startHour} h, ${shift.hours} h) must start in [0, 24) and last (0, 24] h`);
  const times = grid(shift);
  if (times.length < rounds) throw new RangeError(`placeRounds: rounds(=${rounds}) exceed the ${times.length} half-hour times in a ${shift.hours} h shift`);
  const cumulative = cumulativeDemand(activity, shift.startHour);
  let best: { offsets: number[]; score: Score } | null = null;
  const pick: number[] = [];
  const at = (offset: number): number => cumulative[Math.round(offset * 2)];
  // Branch and bound: a partial placement whose gaps so far already exceed the best complete
  // placement's largest gap cannot win, so most of the combinations are never scored.
  const visit = (from: number): void => {
    if (pick.length === rounds) {
      const s = score(cumulative, pick);
      if (best === null || compareScores(s, best.score) < 0) best = { offsets: [...pick], score: s };
      return;
    }
    for (let i = from; i <= times.length - (rounds - pick.length); i++) {
      const gap = pick.length === 0 ? 0 : at(times[i]) - at(pick[pick.length - 1]);
      const bound = best === null ? Infinity : (best as { score: Score }).score.gaps[0] + 1e-12;
      if (gap > bound) break;
      pick.push(times[i]);
      visit(i + 1);
      pick.pop();
    }
  };
  visit(0);
  const found = best as { offsets: number[]; score: Score } | null;
  if (found === null) throw new RangeError('placeRounds: no placement found');
  return { roundHours: found.offsets.map((o) => hourOfDay(shift, o)).sort((a, b) => a - b), maxGapDemand: found.score.gaps[0], nightDemand: found.score.night };
}
