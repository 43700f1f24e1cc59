/**
 * Twin minutes as the ward reads a clock. The twin counts minutes since the scenario start,
 * which is a Monday 00:00 on the ward's own clock (DESIGN.md); when the server gives the wall
 * time of minute 0 (`originIso`), times are shown in the scenario's time zone through Intl,
 * otherwise as the ward's weekday and time of day.
 */
import { SCENARIO_TIME_ZONE, t } from '../i18n/index.js';

/** A Monday at 00:00 UTC: with time zone UTC, Intl then prints the ward clock as it is. */
const MONDAY_UTC_MS = Date.UTC(2024, 0, 1);

/** Formats twin minute `min` as weekday and time, e.g. "Tue 14:05". */
export function wallClock(min: number, o: { timeZone?: string; originIso?: string; locale?: string } = {}): string {
  const origin = o.originIso === undefined ? Number.NaN : Date.parse(o.originIso);
  const withOrigin = Number.isFinite(origin);
  const format = new Intl.DateTimeFormat(o.locale ?? 'en-GB', {
    weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    timeZone: withOrigin ? (o.timeZone ?? SCENARIO_TIME_ZONE) : 'UTC',
  });
  return format.format(new Date((withOrigin ? origin : MONDAY_UTC_MS) + Math.round(min) * 60_000)).replace(',', '');
}

/** A span of minutes as "2 h 05 min" or "35 min", in the page's language. */
export function duration(min: number): string {
  const m = Math.max(0, Math.round(min));
  return m < 60 ? t('twin.minutes', { m }) : t('twin.hoursMinutes', { h: Math.floor(m / 60), m: String(m % 60).padStart(2, '0') });
}
