/**
 * Birth intensity: the hour-by-hour delivery rate over the whole run, built from the annual
 * volume and the month-of-year, day-of-week and hour-of-day shapes of the three delivery kinds
 * (spontaneous labour, induced labour, scheduled caesarean), times the optional peak window.
 * Arrivals come from the kernel's piecewise-constant NHPP, drawn by inverting the cumulative
 * intensity (exact, one exponential draw per birth).
 */
import type { Scenario } from '../../../scenarios/index.js';
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { PiecewiseNhpp } from '../../kernel/index.js';

/** Delivery kinds, in the order of `BirthRates.kindRates`. */
export const KIND_SPONTANEOUS = 0;
export const KIND_INDUCED = 1;
export const KIND_SCHEDULED_CS = 2;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Hourly birth rates of a run. */
export interface BirthRates {
  /** Births per minute in hour h (all kinds). */
  readonly totalPerMin: Float64Array;
  /** Births per minute in hour h by kind: `[h * 3 + kind]`. */
  readonly kindPerMin: Float64Array;
  /** The birth process over the table (hourly steps, no births after it); null when every rate is 0. */
  readonly arrivals: PiecewiseNhpp | null;
}

function normalised(w: readonly number[]): number[] {
  const mean = w.reduce((a, b) => a + b, 0) / w.length;
  return mean > 0 ? w.map((x) => x / mean) : w.map(() => 0);
}

/** Month (0..11) of day `d` counted from a start on the first of `startMonth` (365-day year). */
export function monthOfDay(startMonth: number, d: number): number {
  let day = d % 365;
  let m = startMonth;
  while (day >= MONTH_DAYS[m]) {
    day -= MONTH_DAYS[m];
    m = (m + 1) % 12;
  }
  return m;
}

/** Shares of all births by kind, in `KIND_*` order: spontaneous, induced, scheduled caesarean. */
export function kindShares(b: Scenario['births']): [number, number, number] {
  const sched = b.caesareanShare * b.scheduledCaesareanShare;
  return [(1 - sched) * (1 - b.inducedLabourShare), (1 - sched) * b.inducedLabourShare, sched];
}

/**
 * Expected births per day on `days` (0 = Monday) relative to the annual mean, from the kinds'
 * shares and day-of-week shapes (month shape and peak window left out).
 */
export function dayRate(b: Scenario['births'], days: readonly number[]): number {
  const shares = kindShares(b);
  const weeks = [b.spontaneous.dayOfWeek, b.induced.dayOfWeek, b.scheduledCaesarean.dayOfWeek].map(normalised);
  let r = 0;
  for (let k = 0; k < 3; k++) for (const d of days) r += (shares[k] * weeks[k][d]) / days.length;
  return r;
}

/**
 * Weekend dip of all births: births per weekend day ÷ births per weekday − 1 (e.g. −0.14),
 * from the shapes alone. DOMAIN.md gives −10 to −18 % for the literature.
 */
export function weekendDip(b: Scenario['births']): number {
  return dayRate(b, [5, 6]) / dayRate(b, [0, 1, 2, 3, 4]) - 1;
}

/** Builds the hourly rate table for `days` days. */
export function buildBirthRates(s: Scenario, days: number): BirthRates {
  const b = s.births;
  const shares = kindShares(b);
  const kinds = [b.spontaneous, b.induced, b.scheduledCaesarean].map((k) => ({ hour: normalised(k.hourOfDay), week: normalised(k.dayOfWeek) }));
  const month = normalised(b.monthOfYear);
  const perMin = b.annualDeliveries / (365 * MINUTES_PER_DAY);
  const hours = days * 24;
  const totalPerMin = new Float64Array(hours);
  const kindPerMin = new Float64Array(hours * 3);
  for (let d = 0; d < days; d++) {
    const wd = (s.run.startWeekday + d) % 7;
    const peak = b.peak.enabled && d >= b.peak.startDay && d < b.peak.startDay + b.peak.days ? 1 + b.peak.upliftPct / 100 : 1;
    const m = month[monthOfDay(s.run.startMonth, d)] * peak * perMin;
    for (let h = 0; h < 24; h++) {
      const i = d * 24 + h;
      let total = 0;
      for (let k = 0; k < 3; k++) {
        const r = m * shares[k] * kinds[k].week[wd] * kinds[k].hour[h];
        kindPerMin[i * 3 + k] = r;
        total += r;
      }
      totalPerMin[i] = total;
    }
  }
  if (b.holidays.length > 0) moveHolidayCaesareans(b, days, totalPerMin, kindPerMin);
  const anyBirths = totalPerMin.some((r) => r > 0);
  const arrivals = anyBirths ? new PiecewiseNhpp({ stepMin: 60, ratesPerMin: Array.from(totalPerMin), method: 'inversion' }) : null;
  return { totalPerMin, kindPerMin, arrivals };
}

/** True when day `d` of the run falls in a public holiday window. */
function isHoliday(b: Scenario['births'], d: number): boolean {
  for (const h of b.holidays) if (d >= h.startDay && d < h.startDay + h.days) return true;
  return false;
}

/**
 * Scheduled caesareans on holidays: the rate there times `holidayScheduledCsFactor`, the rest
 * spread over the run's other days in proportion to their scheduled rate (volume kept).
 */
function moveHolidayCaesareans(b: Scenario['births'], days: number, totalPerMin: Float64Array, kindPerMin: Float64Array): void {
  const K = KIND_SCHEDULED_CS;
  let moved = 0;
  let rest = 0;
  for (let d = 0; d < days; d++) {
    const holiday = isHoliday(b, d);
    for (let h = 0; h < 24; h++) {
      const r = kindPerMin[(d * 24 + h) * 3 + K];
      if (holiday) moved += r * (1 - b.holidayScheduledCsFactor);
      else rest += r;
    }
  }
  if (moved === 0 || rest === 0) return;
  const up = 1 + moved / rest;
  for (let d = 0; d < days; d++) {
    const f = isHoliday(b, d) ? b.holidayScheduledCsFactor : up;
    for (let h = 0; h < 24; h++) {
      const i = d * 24 + h;
      const r = kindPerMin[i * 3 + K];
      kindPerMin[i * 3 + K] = r * f;
      totalPerMin[i] += r * f - r;
    }
  }
}

/** Delivery kind of a birth at `timeMin`, chosen in proportion to the kinds' rates then. */
export function birthKind(rates: BirthRates, u: number, timeMin: number): number {
  const i = Math.min(Math.floor(timeMin / 60), rates.totalPerMin.length - 1);
  let x = u * rates.totalPerMin[i];
  for (let k = 0; k < 2; k++) {
    x -= rates.kindPerMin[i * 3 + k];
    if (x < 0) return k;
  }
  return KIND_SCHEDULED_CS;
}
