/**
 * Simulated time on an x axis. The clock counts minutes from the scenario start (a Monday
 * 00:00); planners read hours for a day or two and days beyond that, so ticks fall on whole
 * hours or days and the axis title says which.
 */

import { t } from '../../i18n/index.js';

/** Tick steps tried, in minutes: 1 h, 3 h, 6 h, 12 h, 1 d, 2 d, 7 d, 14 d, 28 d, 91 d. */
const stepsMin = [60, 180, 360, 720, 1440, 2880, 10080, 20160, 40320, 131040];

/** Ticks for a time axis: values in minutes, their labels, and the unit for the title. */
export interface TimeTicks {
  valuesMin: number[];
  labels: string[];
  unit: 'h' | 'days';
}

/**
 * Ticks over `[startMin, endMin]` with at most about `maxTicks` (default 8) ticks. Spans up to
 * two days are labelled in hours since start, longer spans in days since start.
 */
export function timeTicks(startMin: number, endMin: number, maxTicks = 8): TimeTicks {
  const span = Math.max(endMin - startMin, 1);
  const step = stepsMin.find((s) => span / s <= maxTicks) ?? stepsMin[stepsMin.length - 1];
  const valuesMin: number[] = [];
  for (let t = Math.ceil(startMin / step) * step; t <= endMin; t += step) valuesMin.push(t);
  const unit = span <= 2880 ? 'h' : 'days';
  const labels = valuesMin.map((t) => (unit === 'h' ? String(t / 60) : String(+(t / 1440).toFixed(1))));
  return { valuesMin, labels, unit };
}

/** The weekday `i` (0 = Monday) in the current language, e.g. `Mon` or `周一`. */
export function weekdayName(i: number): string {
  const keys = ['chart.weekday.0', 'chart.weekday.1', 'chart.weekday.2', 'chart.weekday.3', 'chart.weekday.4', 'chart.weekday.5', 'chart.weekday.6'] as const;
  return t(keys[((i % 7) + 7) % 7]);
}

/** A clock label for a time in minutes: `Mon d1 14:30` style, weekday from a Monday start. */
export function clockLabel(timeMin: number): string {
  const whole = Math.floor(timeMin);
  const day = Math.floor(whole / 1440);
  const minuteOfDay = whole - day * 1440;
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return t('chart.clock', { day: weekdayName(day), n: day, time: `${hh}:${mm}` });
}
