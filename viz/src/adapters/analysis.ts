/**
 * Analysis results to view models: a sensitivity result (`POST /api/sensitivities`, or a file
 * from `wardtwin sensitivity --json`) to one tornado per KPI, and a validation report
 * (`GET /api/validation`, or `wardtwin validate-model --json`) to table rows. Anything else
 * gives null or an empty list, never a throw: the input comes from a server or a file.
 */
import type { TornadoData, TornadoRow } from '../charts/index.js';
import { getLocale, t } from '../i18n/index.js';
import { describeKpi } from './kpi-labels.js';
import { parameterLabel } from './display-names.js';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isPair(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number';
}

/** One tornado per KPI of a sensitivity result (named by its catalogue label), in the result's KPI order; null when it is not one. */
export function tornadoCharts(result: unknown): TornadoData[] | null {
  if (!isRecord(result) || result.kind !== 'sensitivity' || !isRecord(result.kpis)) return null;
  const comparison = typeof result.baselineId === 'string';
  const out: TornadoData[] = [];
  for (const [kpi, s] of Object.entries(result.kpis)) {
    if (!isRecord(s) || !Array.isArray(s.morris)) continue;
    const rows: TornadoRow[] = [];
    for (const m of s.morris as unknown[]) {
      if (!isRecord(m) || typeof m.path !== 'string' || typeof m.muStar !== 'number' || typeof m.mu !== 'number' || typeof m.sigma !== 'number' || !isPair(m.muStarCi95)) continue;
      rows.push({ label: parameterLabel(m.path), muStar: m.muStar, ci95: m.muStarCi95, mu: m.mu, sigma: m.sigma });
    }
    const label = describeKpi(kpi).label;
    out.push({ kpi: comparison ? t('sensitivity.difference', { kpi: label }) : label, unit: t('sensitivity.perRange'), rows });
  }
  return out;
}

/** A validation row as the page shows it. */
export interface ValidationRowView {
  kind: string;
  check: string;
  expected: string;
  model: string;
  verdict: string;
  source: string;
}

function n(x: unknown): string {
  return typeof x === 'number' && Number.isFinite(x) ? String(Number(x.toPrecision(4))) : '–';
}

/** The rows of a validation report (verification first), or [] when it is not one. */
export function validationRowViews(result: unknown): ValidationRowView[] {
  if (!isRecord(result) || result.kind !== 'validation') return [];
  const list = (x: unknown): unknown[] => (Array.isArray(x) ? (x as unknown[]) : []);
  const rows = [...list(result.verification), ...list(result.validation)];
  return rows.filter(isRecord).map((r) => {
    const model = isRecord(r.model) ? `${n(r.model.mean)} ${isPair(r.model.ci95) ? `[${n(r.model.ci95[0])}, ${n(r.model.ci95[1])}]` : ''}`.trim() : '–';
    const expected = r.expected === null && r.expectedHi === null ? t('validation.seeSource') : r.expected === null ? `< ${n(r.expectedHi)}` : r.expectedHi === null ? n(r.expected) : `${n(r.expected)}..${n(r.expectedHi)}`;
    // `GET /api/validation` adds the check, source and note in the page's language (checkText, sourceText, noteText); a report file has the English check and its source and note in both languages.
    const check = typeof r.checkText === 'string' ? r.checkText : String(r.check);
    const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
    const zh = getLocale() === 'zh-CN' && isRecord(r.zh) ? r.zh : {};
    const source = text(r.sourceText) ?? text(zh.source) ?? text(r.source) ?? '';
    const note = text(r.noteText) ?? text(zh.note) ?? text(r.note) ?? '';
    return { kind: String(r.kind), check, expected, model, verdict: String(r.verdict), source: `${source}${note === '' ? '' : getLocale() === 'zh-CN' ? `（${note}）` : ` (${note})`}` };
  });
}
