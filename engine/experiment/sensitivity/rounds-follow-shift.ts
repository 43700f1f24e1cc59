/**
 * Restock rounds follow the restocker shift in a sensitivity design. Fixed rounds must lie
 * inside the restocker shift (validation rule `shift`), so varying the shift's start or length
 * with the rounds held at their clock times would put rounds outside it and every such design
 * point would be refused. A round is therefore read as a position within the base scenario's
 * shift (the share of the shift elapsed when it starts) and keeps that position in the sampled
 * shift: with a 07:00-19:00 base shift the 07:00 and 18:30 rounds become 08:00 and 16:37.5 in an
 * 08:00-17:00 shift. The shift factors thus carry the rounds with them, which is how a ward that
 * changes its restocker hours would move its rounds; a round factor
 * (`/restock/roundHours/i`) is an hour in the base shift and moves the same way.
 */
import type { Scenario, ValidationError } from '../../../scenarios/index.js';
import type { FactorRequest } from './factor-space.js';

/** The shift parameters whose variation moves the rounds. */
export const SHIFT_FACTOR_PATHS: readonly string[] = ['/people/restockerShiftStartHour', '/people/restockerShiftHours'];

const ROUND_PATH = /^\/restock\/roundHours\/\d+$/;
/** Latest round hour the schema accepts (h). */
const LAST_HOUR = 23.99;

/** Hours from `start` forward to `hour` on the 24 h clock, 0 ≤ x < 24. */
function hoursInto(hour: number, start: number): number {
  return (((hour - start) % 24) + 24) % 24;
}

/** Whether a round at `hour` lies inside a shift from `start` lasting `length` hours. */
export function insideShift(hour: number, start: number, length: number): boolean {
  return length >= 24 || hoursInto(hour, start) < length;
}

function moveRound(hour: number, start0: number, length0: number, start: number, length: number): number {
  const into0 = hoursInto(hour, start0);
  if (into0 >= length0) return hour;
  const into = Math.min((into0 / length0) * length, length * (1 - 1e-9));
  return Math.min((start + into) % 24, LAST_HOUR);
}

/**
 * The design point `doc` with its fixed rounds moved into its shift, each at the position it
 * held in `base`'s shift. Unchanged when the shift is the base's; a round outside the base shift
 * is left where it is (validation then names it).
 * @param base - the scenario the design varies (its shift defines the rounds' positions)
 * @param doc - the design point, factors already set
 */
export function roundsFollowShift(base: Scenario, doc: Scenario): Scenario {
  const { restockerShiftStartHour: start0, restockerShiftHours: length0 } = base.people;
  const { restockerShiftStartHour: start, restockerShiftHours: length } = doc.people;
  if (start === start0 && length === length0) return doc;
  const roundHours = doc.restock.roundHours.map((h) => moveRound(h, start0, length0, start, length));
  return { ...doc, restock: { ...doc.restock, roundHours } };
}

/**
 * A round factor's range must lie inside the base shift (rule `shift`), so that every sampled
 * round is a position in it.
 * @returns errors naming the factor's path; empty when every round range fits
 */
export function checkRoundFactors(scenario: Scenario, requests: readonly FactorRequest[]): ValidationError[] {
  const { restockers, restockerShiftStartHour: start, restockerShiftHours: length } = scenario.people;
  if (restockers === 0 || length >= 24) return [];
  const errors: ValidationError[] = [];
  for (const r of requests) {
    if (!ROUND_PATH.test(r.path) || r.lo === undefined || r.hi === undefined) continue;
    const fits = r.lo <= r.hi && insideShift(r.lo, start, length) && insideShift(r.hi, start, length) && hoursInto(r.hi, start) >= hoursInto(r.lo, start);
    if (!fits) {
      errors.push({ path: r.path, rule: 'shift', message: `${r.path}: range ${r.lo}..${r.hi} must lie inside the restocker shift from ${start} h for ${length} h (rounds are positions in the shift and move with it)`, params: { limit: `${start}+${length}h`, got: `${r.lo}..${r.hi}` } });
    }
  }
  return errors;
}
