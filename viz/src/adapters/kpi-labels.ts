/**
 * What each KPI key means to a planner: its label, unit and which way is better, read from the
 * server's KPI catalogue (`GET /api/kpis`, loaded once at start with {@link setKpiCatalogue}).
 * The app never copies the catalogue; until it is loaded, or for a key it does not know, a
 * KPI is shown by its key with no unit.
 */
import type { KpiCatalogueEntry, KpiLocale } from '../api/index.js';

/** Label, unit, definition, format, range and direction of one KPI. */
export interface KpiInfo {
  label: string;
  unit: string;
  /** What the model counts (shown on hover); empty when the catalogue does not know the key. */
  definition: string;
  /** The catalogue's number format (`share` is shown as a percentage); undefined when unknown. */
  format?: string;
  /** The values the KPI can take (`max` null = unbounded); bounds outside are clipped for display. */
  range: { min: number; max: number | null } | null;
  /** True when a lower value is better (waits, stock-outs, contacts); false for higher-is-better and for context figures. */
  lowerIsBetter: boolean;
}

let known: ReadonlyMap<string, KpiInfo> = new Map();

/** Takes the catalogue the server served (in run-result order) for display in `locale`. */
export function setKpiCatalogue(entries: readonly KpiCatalogueEntry[], locale: KpiLocale = 'en'): void {
  known = new Map(
    entries.map((e) => [
      e.key,
      { label: e.label[locale], unit: e.unit[locale], definition: e.definition[locale], format: e.format, range: e.range, lowerIsBetter: e.lowerIsBetter === true },
    ]),
  );
}

/** The KPIs the compare page plots by default (the researcher's headline question). */
export const headlineKpis = [
  'contacts',
  'contactMinutes',
  'boundaryCrossings',
  'expectedInfections',
  'nurseSupplyMinutesPerShift',
  'tripDurationMeanMin',
  'tripWaitP95Min',
  'restockLaborHours',
] as const;

/** Label and unit of `key`, falling back to the key itself. */
export function describeKpi(key: string): KpiInfo {
  return known.get(key) ?? { label: key, unit: '', definition: '', range: null, lowerIsBetter: false };
}

/** Keys in table order: catalogued ones first (in catalogue order), then the rest sorted. */
export function orderKpis(keys: readonly string[]): string[] {
  const given = new Set(keys);
  const first = [...known.keys()].filter((k) => given.has(k));
  const rest = keys.filter((k) => !known.has(k)).sort();
  return [...first, ...rest];
}

/** A confidence interval clipped to the KPI's range, and whether a bound was moved. */
export function clipToRange(ci: readonly [number, number], range: KpiInfo['range']): { ci: [number, number]; clipped: boolean } {
  if (range === null) return { ci: [ci[0], ci[1]], clipped: false };
  const max = range.max ?? Infinity;
  const lo = Math.min(Math.max(ci[0], range.min), max);
  const hi = Math.min(Math.max(ci[1], range.min), max);
  return { ci: [lo, hi], clipped: lo !== ci[0] || hi !== ci[1] };
}
