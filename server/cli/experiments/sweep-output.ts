// Human and CSV output of a sweep: one row per grid point with the swept values and each
// KPI's mean and 95 % interval. The CSV holds every KPI (mean, lower, upper bound); the
// table only the KPIs asked for, as mean ± half-width (a share as a percentage).
import type { SweepResult } from '../../../engine/index.js';
import { parameterName } from '../../../scenarios/index.js';
import { formatTable } from '../output/table.js';
import { wrapText } from '../output/display-width.js';
import { kpiPlusMinus } from '../output/kpi-values.js';
import { kpiName, tableMessages } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';
import { fill } from '../output/header-messages.js';
import { sweepWords } from './sweep-words.js';

/** Under the sweep table: what a ± h means. */
export const SWEEP_LEGEND = sweepWords('en').legend;

/** KPIs in the table when the sweep document names none. */
export const DEFAULT_SWEEP_KPIS = ['fillRate', 'stockoutSlotHours', 'tripWaitP95Min', 'boundaryCrossings', 'contacts', 'expectedInfections', 'restockLaborHours'];

function cell(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The sweep as a text table (KPIs from the document's `kpis`, else the defaults), in `lang` (default English). */
export function formatSweepTable(r: SweepResult, kpis: readonly string[], lang: CliLang = 'en'): string {
  const w = sweepWords(lang);
  // An axis the document did not name is named by its path: shown as the parameter's name.
  const columns = [{ header: '#' }, ...r.axes.map((a) => ({ header: a.name === a.path ? parameterName(a.path, lang) : a.name, align: 'left' as const })), ...kpis.map((k) => ({ header: kpiName(k, lang) }))];
  const clipped = { any: false };
  const rows = r.points.map((p) => [String(p.index), ...r.axes.map((a) => cell(p.parameters[a.name])), ...kpis.map((k) => (p.kpis[k] === undefined ? '-' : kpiPlusMinus(k, p.kpis[k], clipped)))]);
  const head = fill(w.head, { id: r.id, points: r.points.length, reps: r.replications, seed: r.seed });
  const note = clipped.any ? `\n${wrapText(tableMessages(lang).clippedNote)}` : '';
  return `${wrapText(head)}\n\n${formatTable(columns, rows)}${note}\n\n${wrapText(w.legend)}\n`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The sweep as CSV: point, swept values, then `<kpi>_mean,<kpi>_ci_lo,<kpi>_ci_hi` for every KPI. */
export function sweepCsv(r: SweepResult): string {
  const kpis = r.points.length > 0 ? Object.keys(r.points[0].kpis) : [];
  const header = ['point', ...r.axes.map((a) => a.name), ...kpis.flatMap((k) => [`${k}_mean`, `${k}_ci_lo`, `${k}_ci_hi`])];
  const lines = r.points.map((p) => [
    String(p.index),
    ...r.axes.map((a) => cell(p.parameters[a.name])),
    ...kpis.flatMap((k) => {
      const s = p.kpis[k];
      return [String(s.mean), s.ci95 === null ? '' : String(s.ci95[0]), s.ci95 === null ? '' : String(s.ci95[1])];
    }),
  ]);
  return `${[header, ...lines].map((l) => l.map(csvField).join(',')).join('\n')}\n`;
}
