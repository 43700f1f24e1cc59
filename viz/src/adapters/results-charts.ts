/**
 * Server results to the results page's chart view models: births heat map, stock per SKU and
 * cabinet with stock-out spans and restock marks, the cabinet board frames, the trip-wait
 * histogram with p50/p95, nurse supply minutes by shift and the contacts matrix. Pure functions
 * of the result, so they are tested without a browser.
 */
import type { BirthsHeatmapData, CabinetBoardData, ContactsMatrixData, NurseSupplyData, StockLevelData, StockSeries, TripWaitData } from '../charts/index.js';
import type { KpiSummary, RunView } from './result-reader.js';
import type { WardSeriesView } from './ward-series.js';
import { roleName, skuName } from './display-names.js';
import { t } from '../i18n/index.js';

/** Births by weekday (rows, Monday first) and hour. */
export function birthsData(series: WardSeriesView): BirthsHeatmapData {
  return { counts: series.birthsHeatmap.map((row) => [...row]) };
}

/** The stock series a planner can pick: `cabinet / sku` keys, a label with the SKU's name, and their stock-out hours. */
export function stockChoices(series: WardSeriesView): { key: string; label: string; cabinet: string; sku: string; stockoutHours: number }[] {
  const end = lastTime(series);
  return series.stock.map((s) => {
    const hours = series.stockouts
      .filter((o) => o.cabinetId === s.cabinetId && o.sku === s.sku)
      .reduce((sum, o) => sum + ((o.endMin ?? end) - o.startMin) / 60, 0);
    return { key: `${s.cabinetId} / ${s.sku}`, label: `${s.cabinetId} / ${skuName(s.sku)}`, cabinet: s.cabinetId, sku: s.sku, stockoutHours: hours };
  });
}

function lastTime(series: WardSeriesView): number {
  return series.t.length === 0 ? 0 : series.t[series.t.length - 1] + series.intervalMin;
}

/** The series the stock chart opens with: the `max` with the most stock-out hours. */
export function defaultStockKeys(series: WardSeriesView, max = 4): string[] {
  return [...stockChoices(series)].sort((a, b) => b.stockoutHours - a.stockoutHours).slice(0, max).map((c) => c.key);
}

/**
 * Stock levels for the chosen `keys` (see {@link stockChoices}); by default the `max` series
 * that sat empty longest (ties: scenario order), since those are the ones a planner asks about.
 */
export function stockData(series: WardSeriesView, keys?: readonly string[], max = 4): StockLevelData {
  const choices = stockChoices(series);
  const chosen = keys ?? defaultStockKeys(series, max);
  const endMin = Math.max(lastTime(series), (series.t[0] ?? 0) + 1);
  const picked: StockSeries[] = [];
  const cabinets = new Set<string>();
  series.stock.forEach((s, i) => {
    if (!chosen.includes(choices[i].key)) return;
    cabinets.add(s.cabinetId);
    const stockouts = series.stockouts
      .filter((o) => o.cabinetId === s.cabinetId && o.sku === s.sku)
      .map((o) => ({ startMin: o.startMin, endMin: o.endMin ?? endMin }));
    picked.push({ sku: skuName(s.sku), cabinet: s.cabinetId, timesMin: series.t.slice(0, s.values.length), levels: [...s.values], stockouts });
  });
  // One mark per restock round: visits to several cabinets within the same hour are one round.
  const times = series.restocks.filter((r) => cabinets.has(r.cabinetId)).map((r) => r.tMin).sort((a, b) => a - b);
  const restocksMin = times.filter((t, i) => i === 0 || t - times[i - 1] >= 60);
  return { series: picked, restocksMin, endMin };
}

/** Board frames in units (`fillPct` x capacity), one per snapshot. */
export function boardData(series: WardSeriesView): CabinetBoardData | null {
  const b = series.board;
  if (b.t.length === 0 || b.cabinets.length === 0) return null;
  const cabinets = b.cabinets.map((c) => ({ id: c.cabinetId, slotSkus: c.slots.map((s) => (s.sku === null ? t('chart.board.noSku') : skuName(s.sku))), slotCapacities: c.slots.map((s) => Math.max(1, s.capacityUnits)) }));
  const levels = b.t.map((_, f) => b.cabinets.map((c) => c.slots.map((s, k) => ((c.fillPct[f]?.[k] ?? 0) * Math.max(1, s.capacityUnits)) / 100)));
  return { cabinets, timesMin: [...b.t], levels };
}

/** The trip-wait histogram, trailing empty bins trimmed, p50/p95 from the KPI means. */
export function tripWaitData(series: WardSeriesView, kpis: Record<string, KpiSummary>): TripWaitData | null {
  const { binMin, counts } = series.waitHistogram;
  let n = counts.length;
  while (n > 0 && counts[n - 1] === 0) n--;
  if (n === 0 || !(binMin > 0)) return null;
  const binEdgesMin = Array.from({ length: n + 1 }, (_, i) => i * binMin);
  return { binEdgesMin, counts: counts.slice(0, n), p50Min: kpis.tripWaitP50Min?.mean ?? 0, p95Min: kpis.tripWaitP95Min?.mean ?? 0 };
}

/** One run's nurse supply sources: the per-shift summaries (run result) and/or the sampled series. */
export interface NurseSupplySource {
  /** Series name on the chart (the scenario). */
  name: string;
  /** Series of replication 0, the fallback when the result has no per-shift summaries. */
  series: WardSeriesView | null;
  /** `nurseSupplyMinutesByShift` of the run result: minutes per shift worked over all replications. */
  byShift?: Readonly<Record<string, KpiSummary>>;
}

/** Minutes per shift name of one run: the summaries' means, else the series' mean over days. */
function minutesByShift(run: NurseSupplySource): Map<string, number> | null {
  const summarised = Object.entries(run.byShift ?? {});
  if (summarised.length > 0) return new Map(summarised.map(([shift, s]) => [shift, s.mean]));
  if (run.series === null) return null;
  const out = new Map<string, number>();
  for (const shift of new Set(run.series.nurseSupplyByShift.map((s) => s.shift))) {
    const rows = run.series.nurseSupplyByShift.filter((s) => s.shift === shift);
    out.set(shift, rows.reduce((sum, s) => sum + s.minutes, 0) / rows.length);
  }
  return out;
}

/**
 * Mean nurse supply minutes per shift name, one series per run (name = scenario). Reads the run
 * result's per-shift summaries when present (every replication), else averages replication 0's
 * series over days; null when a run has neither, or no shift at all.
 */
export function nurseSupplyData(runs: readonly NurseSupplySource[]): NurseSupplyData | null {
  const perRun = runs.map(minutesByShift);
  if (perRun.some((m) => m === null)) return null;
  const maps = perRun as Map<string, number>[];
  const shifts = [...new Set(maps.flatMap((m) => [...m.keys()]))];
  if (shifts.length === 0) return null;
  const series = runs.map((r, i) => ({ name: r.name, minutes: shifts.map((shift) => maps[i].get(shift) ?? 0) }));
  return { shifts, series };
}

/** Contacts by role pair (mean over replications), or null when the result has none. */
export function contactsData(run: Pick<RunView, 'contacts'>): ContactsMatrixData | null {
  if (run.contacts === null) return null;
  return { roles: run.contacts.roles.map(roleName), values: run.contacts.values.map((r) => r.map((v) => Math.max(0, v))) };
}
