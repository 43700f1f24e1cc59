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
import { clock } from '../../../scenarios/index.js';
import type { Scenario, ValidationError } from '../../../scenarios/index.js';
import type { Factor, FactorRequest } from './factor-space.js';

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
 * A round factor given without a range gets the default spread around its hour, which can
 * reach outside the shift (07:00 ± 50 % is 03:30-10:30); that range is cut to the shift (to its
 * last minute), so the default design stays inside it. A range the user gave is left as given,
 * for {@link checkRoundFactors} to judge.
 * @param requests - the factors as asked for (a range there is the user's)
 * @param factors - the resolved factors, ranges filled in
 */
export function clipRoundFactors(scenario: Scenario, requests: readonly FactorRequest[], factors: readonly Factor[]): Factor[] {
  const { restockers, restockerShiftStartHour: start, restockerShiftHours: length } = scenario.people;
  if (restockers === 0 || length >= 24) return [...factors];
  return factors.map((f) => {
    const asked = requests.find((r) => r.path === f.path);
    if (!ROUND_PATH.test(f.path) || (asked?.lo !== undefined && asked.hi !== undefined)) return f;
    const into = hoursInto(f.value, start);
    if (into >= length) return f;
    return { ...f, lo: f.value - Math.min(f.value - f.lo, into), hi: f.value + Math.min(f.hi - f.value, length - 1 / 60 - into) };
  });
}

/**
 * A round factor's range must lie inside the base shift (rule `shift`), so that every sampled
 * round is a position in it.
 * @param factors - the resolved factors (every range filled in)
 * @returns errors naming the factor's path; empty when every round range fits
 */
export function checkRoundFactors(scenario: Scenario, factors: readonly Factor[]): ValidationError[] {
  const { restockers, restockerShiftStartHour: start, restockerShiftHours: length } = scenario.people;
  if (restockers === 0 || length >= 24) return [];
  const errors: ValidationError[] = [];
  const shift = `${clock(start)}-${clock(start + length)}`;
  for (const r of factors) {
    if (!ROUND_PATH.test(r.path)) continue;
    const fits = r.lo <= r.hi && insideShift(r.lo, start, length) && insideShift(r.hi, start, length) && hoursInto(r.hi, start) >= hoursInto(r.lo, start);
    if (!fits) {
      errors.push({ path: r.path, rule: 'shift', message: `${r.path}: range ${clock(r.lo)}-${clock(r.hi)} must lie inside the restocker shift ${shift} (rounds are positions in the shift and move with it)`, params: { limit: shift, got: `${clock(r.lo)}-${clock(r.hi)}` } });
    }
  }
  return errors;
}
