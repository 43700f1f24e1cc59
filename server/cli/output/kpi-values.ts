// KPI values in the CLI's tables, printed as the KPI catalogue's `format` asks: a share (a
// fraction 0..1, e.g. the fill rate) as a percentage with enough decimals to read it against a
// 99.5 % target, everything else as a plain number; intervals clipped to the values the KPI can
// take (its catalogue `range`) and marked `^`, which the table's note explains.
import { kpiDefinition } from '../../../engine/index.js';
import type { Summary } from '../../../engine/index.js';
import { halfWidth } from '../../../engine/index.js';
import { formatNumber, formatShare, formatSigned, formatSignedShare } from './format-number.js';

/** True when the catalogue prints `key` as a share (a percentage). */
export function isShareKpi(key: string): boolean {
  return kpiDefinition(key)?.format === 'share';
}

/** A KPI's value (a mean, a bound, an sd) in its format: `99.87%` for a share, `12.5` otherwise. */
export function kpiValue(key: string, value: number | null): string {
  return isShareKpi(key) ? formatShare(value) : formatNumber(value);
}

/** A signed difference of a KPI: percentage points for a share (`+0.10%`), `+12.3` otherwise. */
export function kpiSigned(key: string, value: number): string {
  return isShareKpi(key) ? formatSignedShare(value) : formatSigned(value);
}

/** A 95 % interval `[lo, hi]` in the KPI's format, unclipped (differences can take either sign); `-` when there is none. */
export function kpiInterval(key: string, ci: readonly [number, number] | null): string {
  return ci === null ? '-' : `[${kpiValue(key, ci[0])}, ${kpiValue(key, ci[1])}]`;
}

/** Records whether any printed interval was clipped, so the table adds its note. */
export interface ClipFlag {
  any: boolean;
}

/** The catalogue's range of `key` as [min, max]; null for a KPI it does not know. */
function range(key: string): [number, number] | null {
  const r = kpiDefinition(key)?.range;
  return r === undefined ? null : [r.min, r.max ?? Infinity];
}

/**
 * A KPI's interval with each bound clipped to the values the KPI can take; a clipped interval
 * is marked `^` and sets `clipped.any`.
 */
export function clippedKpiInterval(key: string, ci: readonly [number, number] | null, clipped: ClipFlag): string {
  const r = range(key);
  if (ci === null || r === null) return kpiInterval(key, ci);
  const clip = (x: number): number => Math.min(Math.max(x, r[0]), r[1]);
  const [lo, hi] = [clip(ci[0]), clip(ci[1])];
  if (lo === ci[0] && hi === ci[1]) return kpiInterval(key, ci);
  clipped.any = true;
  return `${kpiInterval(key, [lo, hi])}^`;
}

/**
 * A mean as `a ± h` (h the half-width of its 95 % interval) in the KPI's format; when a - h or
 * a + h lies outside the values the KPI can take the cell is marked `^` and sets `clipped.any`.
 */
export function kpiPlusMinus(key: string, s: Summary, clipped: ClipFlag): string {
  if (s.ci95 === null) return kpiValue(key, s.mean);
  const text = `${kpiValue(key, s.mean)} ± ${kpiValue(key, halfWidth(s))}`;
  const r = range(key);
  if (r === null || (s.ci95[0] >= r[0] && s.ci95[1] <= r[1])) return text;
  clipped.any = true;
  return `${text}^`;
}
