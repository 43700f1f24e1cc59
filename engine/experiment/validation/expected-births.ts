/**
 * What the scenario says the births should be over the statistics window, computed straight
 * from its inputs (DOMAIN.md's process: annual volume × month shape × peak × each kind's share,
 * weekday and hour shapes, every shape normalised to mean 1) and independently of the model's
 * own rate table, so that the validation report checks the model against its inputs.
 */
import type { Scenario } from '../../../scenarios/index.js';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function norm(w: readonly number[]): number[] {
  const m = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((x) => (m > 0 ? x / m : 0));
}

/** Month (0 = January) of simulation day `d` on a 365-day calendar from `startMonth`. */
function monthOf(startMonth: number, d: number): number {
  let day = d % 365;
  let m = startMonth;
  while (day >= MONTH_DAYS[m]) {
    day -= MONTH_DAYS[m];
    m = (m + 1) % 12;
  }
  return m;
}

/** Expected births in the window: the total, and weights by hour of day and by weekday. */
export interface ExpectedBirths {
  readonly deliveries: number;
  /** Expected caesareans: scheduled ones plus the labour share that ends in one. */
  readonly caesareans: number;
  /** Expected deliveries by hour of day, 00..23. */
  readonly byHour: number[];
  /** Expected deliveries by weekday, Monday..Sunday. */
  readonly byWeekday: number[];
  /** Days of each weekday in the window, Monday..Sunday (a window need not hold whole weeks). */
  readonly daysByWeekday: number[];
}

/** Expected births after warm-up over `run.horizonDays`. */
export function expectedBirths(s: Scenario): ExpectedBirths {
  const b = s.births;
  const sched = b.caesareanShare * b.scheduledCaesareanShare;
  const shares = [(1 - sched) * (1 - b.inducedLabourShare), (1 - sched) * b.inducedLabourShare, sched];
  const kinds = [b.spontaneous, b.induced, b.scheduledCaesarean].map((k) => ({ hour: norm(k.hourOfDay), week: norm(k.dayOfWeek) }));
  const month = norm(b.monthOfYear);
  const byHour = new Array<number>(24).fill(0);
  const byWeekday = new Array<number>(7).fill(0);
  const daysByWeekday = new Array<number>(7).fill(0);
  let total = 0;
  let caesareans = 0;
  const labourCs = sched >= 1 ? 0 : (b.caesareanShare - sched) / (1 - sched);
  for (let d = s.run.warmupDays; d < s.run.warmupDays + s.run.horizonDays; d++) {
    const wd = (s.run.startWeekday + d) % 7;
    daysByWeekday[wd]++;
    const peak = b.peak.enabled && d >= b.peak.startDay && d < b.peak.startDay + b.peak.days ? 1 + b.peak.upliftPct / 100 : 1;
    const perDay = (b.annualDeliveries / 365) * month[monthOf(s.run.startMonth, d)] * peak;
    for (let k = 0; k < 3; k++) {
      const day = perDay * shares[k] * kinds[k].week[wd];
      total += day;
      caesareans += k === 2 ? day : day * labourCs;
      byWeekday[wd] += day;
      for (let h = 0; h < 24; h++) byHour[h] += (day * kinds[k].hour[h]) / 24;
    }
  }
  return { deliveries: total, caesareans, byHour, byWeekday, daysByWeekday };
}

/**
 * Weekend dip of births: births per weekend day ÷ births per weekday − 1, each per day of its
 * kind the window held (a window of 10 days starting Monday holds two Mondays but one Sunday).
 * @param births - births by weekday, Monday..Sunday
 * @param days - days of each weekday in the window, Monday..Sunday
 */
export function weekendDip(births: readonly number[], days: readonly number[]): number {
  const weekend = (births[5] + births[6]) / (days[5] + days[6]);
  let b = 0;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    b += births[i];
    n += days[i];
  }
  return weekend / (b / n) - 1;
}
