/**
 * A compare to the KPI-difference chart: each KPI's paired difference (cabinets − baseline)
 * as a percentage of the baseline mean, so KPIs with different units share one axis. KPIs
 * whose baseline mean is zero, or with no interval, are left out of the chart (the table
 * still shows them).
 */
import type { KpiDiffData, KpiDiffRow } from '../charts/index.js';
import { t } from '../i18n/index.js';
import { describeKpi, headlineKpis } from './kpi-labels.js';
import type { CompareView } from './result-reader.js';

/** KPI differences in % of the baseline mean with 95 % CIs, for `keys` (default the headline KPIs). */
export function kpiDiffData(view: CompareView, keys: readonly string[] = headlineKpis): KpiDiffData {
  const rows: KpiDiffRow[] = [];
  for (const key of keys) {
    const d = view.differences[key];
    const base = view.base.kpis[key];
    if (d === undefined || base === undefined || d.ci95 === null || base.mean === 0) continue;
    const pct = (x: number): number => (100 * x) / Math.abs(base.mean);
    rows.push({ label: describeKpi(key).label, diff: pct(d.mean), ci95: [pct(d.ci95[0]), pct(d.ci95[1])] });
  }
  return { rows, unit: t('compare.diffUnit') };
}

/** One row of the compare table: both means and the paired difference with its CI. */
export interface CompareRow {
  key: string;
  label: string;
  unit: string;
  base: number;
  alternative: number;
  diff: number;
  ci95: [number, number] | null;
  /** Whether the CI excludes zero. */
  significant: boolean;
}

/** Every KPI present in both runs, in the differences' order. */
export function compareRows(view: CompareView): CompareRow[] {
  return Object.entries(view.differences).flatMap(([key, d]) => {
    const b = view.base.kpis[key];
    const a = view.alternative.kpis[key];
    if (b === undefined || a === undefined) return [];
    const info = describeKpi(key);
    const significant = d.ci95 !== null && (d.ci95[0] > 0 || d.ci95[1] < 0);
    return [{ key, label: info.label, unit: info.unit, base: b.mean, alternative: a.mean, diff: d.mean, ci95: d.ci95, significant }];
  });
}
