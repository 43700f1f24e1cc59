/**
 * Numbers and times for people, through `Intl` in the chosen language: counts with grouping,
 * shares as percentages with enough decimals to read against a 99.5 % target, very small or
 * large values in scientific notation, and times in the scenario's time zone (Asia/Shanghai).
 */
import { getLocale } from './locale.js';

/** The time zone the preset wards live in; times are shown there, never as UTC with a Z. */
export const SCENARIO_TIME_ZONE = 'Asia/Shanghai';

/** A plain number: up to 3 decimals below 1, fewer above; scientific below 0.001 and from 1e9. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e9)) {
    return new Intl.NumberFormat(getLocale(), { notation: 'scientific', maximumSignificantDigits: 3 }).format(x);
  }
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  // Rounds -0.0004 to "0", not "-0", which would read as a signed (significant) value.
  const out = new Intl.NumberFormat(getLocale(), { maximumFractionDigits: digits }).format(x);
  return /^-0([.,]0*)?$/.test(out) ? out.slice(1) : out;
}

/** A whole count with grouping (12,345 / 12,345). */
export function formatCount(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 0 }).format(x);
}

/**
 * A share 0..1 as a percentage. Two decimals always; more near 0 % or 100 % until the value
 * no longer reads as the bound (0.99995 is "99.995 %", not "100.00 %"), up to 4.
 */
export function formatShare(x: number): string {
  if (!Number.isFinite(x)) return '–';
  let digits = 2;
  const pct = 100 * x;
  while (digits < 4 && pct !== 100 && pct !== 0 && (Number(pct.toFixed(digits)) === 100 || Number(pct.toFixed(digits)) === 0)) digits += 1;
  return new Intl.NumberFormat(getLocale(), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** Progress 0..1 as a whole percentage (`40 %`, `40%`). */
export function formatPercent(x: number): string {
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(x);
}

/** A value printed the way its KPI's catalogue `format` asks (`share` as %, `count` grouped). */
export function formatKpiValue(x: number, format: string | undefined): string {
  if (format === 'share') return formatShare(x);
  return formatNumber(x);
}

/** An ISO instant as a local date and time in the scenario's time zone, e.g. `2026-12-04 18:53`. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(getLocale(), {
    timeZone: SCENARIO_TIME_ZONE,
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(d);
}
