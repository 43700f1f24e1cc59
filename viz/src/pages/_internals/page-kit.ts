/**
 * What every page shares: the API client (same origin, token from `localStorage` when the
 * server wants one), a chart card with its export buttons, a text field, a status line and the
 * words for a job's end state, loading a stored job, the KPI table with confidence intervals, and number formatting.
 */
import type { Selection } from 'd3';
import { ApiRequestError, createApiClient } from '../../api/index.js';
import type { ApiClient, RunDetail } from '../../api/index.js';
import type { ChartContainer, ChartModule } from '../../charts/index.js';
import { exportToolbar } from '../../export/index.js';
import { clipToRange, describeKpi, orderKpis, withWardSeries } from '../../adapters/index.js';
import type { KpiInfo, KpiSummary } from '../../adapters/index.js';
import { formatKpiValue, formatNumber, getLocale, t } from '../../i18n/index.js';

/** A page's root element. */
export type Main = Selection<HTMLElement, unknown, null, undefined>;

/** A page: draws into `main` for the route's params and returns a cleanup function. */
export type ShowPage = (main: Main, params: string[]) => () => void;

let client: ApiClient | null = null;

/** The app's API client (created once). */
export function api(): ApiClient {
  if (client === null) {
    const token = globalThis.localStorage?.getItem('wardtwin.token') ?? undefined;
    // The server writes its error messages in the language the app shows.
    client = createApiClient(token === undefined || token === '' ? { language: getLocale } : { token, language: getLocale });
  }
  return client;
}

/** Names the browser tab after the page (`Results — wardtwin`), so tabs and history tell pages apart. */
export function setPageTitle(main: Main, title: string): void {
  const doc = main.node()?.ownerDocument;
  if (doc) doc.title = t('page.title', { page: title });
}

/**
 * Empties `main`, names the tab after `title` and gives it the heading. `data-drawn` (set by a
 * page once its charts are drawn, and waited on by the end-to-end tests) is cleared, so it never
 * speaks for the previous page.
 */
export function startPage(main: Main, title: string, intro?: string): void {
  setPageTitle(main, title);
  main.selectAll('*').remove();
  main.attr('data-drawn', null);
  main.append('h2').text(title);
  if (intro !== undefined) main.append('p').attr('class', 'wt-intro').text(intro);
}

/** Draws `chart` with `data` in a new card under `parent`, with SVG/PNG/CSV export. */
export function chartCard<D, O>(parent: Selection<HTMLElement, unknown, null, undefined>, chart: ChartModule<D, O>, data: D, options?: Partial<O>): ChartContainer {
  const card: ChartContainer = parent.append('section').attr('class', 'wt-card').attr('data-chart', chart.kind);
  chart.render(card, data, options);
  exportToolbar(card, chart.kind, () => chart.table(data));
  return card;
}

/** Appends a labelled text input `name` holding `value` to `form`. */
export function textField(form: Selection<HTMLFormElement, unknown, null, undefined>, name: string, label: string, value: string): void {
  const row = form.append('label').attr('class', 'wt-field');
  row.append('span').text(label);
  row.append('input').attr('type', 'text').attr('name', name).property('value', value);
}

/** One choice of a {@link selectField}: the value sent and the label shown. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/**
 * Appends a labelled select `name` to `form` with `options`, `value` chosen; returns it so that
 * a page can fill in options that arrive later (the preset list from the server).
 */
export function selectField(form: Selection<HTMLFormElement, unknown, null, undefined>, name: string, label: string, options: readonly SelectOption[], value: string): Selection<HTMLSelectElement, unknown, null, undefined> {
  const row = form.append('label').attr('class', 'wt-field');
  row.append('span').text(label);
  const select = row.append('select').attr('name', name);
  setOptions(select, options, value);
  return select;
}

/** Replaces a select's options, keeping `value` chosen. */
export function setOptions(select: Selection<HTMLSelectElement, unknown, null, undefined>, options: readonly SelectOption[], value: string): void {
  select.selectAll('option').data(options).join('option').attr('value', (o) => o.value).text((o) => o.label);
  select.property('value', value);
}

/**
 * Appends a labelled number input `name` holding `value` to `form`: a numeric keypad on phones,
 * arrows to step, and the browser refuses letters. `min` and `step` as HTML gives them
 * (default no minimum, any step).
 */
export function numberField(form: Selection<HTMLFormElement, unknown, null, undefined>, name: string, label: string, value: number, limits: { min?: number; step?: number } = {}): void {
  const row = form.append('label').attr('class', 'wt-field');
  row.append('span').text(label);
  row
    .append('input')
    .attr('type', 'number')
    .attr('inputmode', limits.step !== undefined && Number.isInteger(limits.step) ? 'numeric' : 'decimal')
    .attr('name', name)
    .attr('min', limits.min ?? null)
    .attr('step', limits.step ?? 'any')
    .property('value', String(value));
}

/** Sets a page's status line; kind `error` is styled and announced. */
export type StatusLine = (text: string, kind?: 'info' | 'error') => void;

/** A status line: `set(text, kind)` shows a message; kind `error` is styled and announced. */
export function statusLine(parent: Selection<HTMLElement, unknown, null, undefined>): StatusLine {
  const line = parent.append('p').attr('class', 'wt-status').attr('role', 'status');
  return (text, kind = 'info') => {
    line.text(text).classed('wt-error', kind === 'error').attr('role', kind === 'error' ? 'alert' : 'status');
  };
}

/** A job state (`succeeded`, `failed`, ...) in the current language; an unknown one as given. */
export function statusText(status: string): string {
  const known = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
  const s = known.find((k) => k === status);
  return s === undefined ? status : t(`status.${s}`);
}

/** How a job ended, in words: `"<what> <status>"`, with `": <error>"` when there is one. */
export function endText(what: string, status: string, error: string | null): string {
  return error === null ? t('job.end', { what, status: statusText(status) }) : t('job.endError', { what, status: statusText(status), error });
}

/**
 * A finished run or compare with its ward series, which the server serves apart, put back into
 * the result; when that call fails the job is drawn without them (the KPIs still show).
 */
async function withSeries(detail: RunDetail): Promise<RunDetail> {
  if (detail.status !== 'succeeded' || (detail.kind !== 'run' && detail.kind !== 'compare')) return detail;
  try {
    const answer = await api().getSeries(detail.id);
    return { ...detail, result: withWardSeries(detail.result, answer.ward ?? []) };
  } catch {
    return detail;
  }
}

/**
 * Loads the stored job `id` (a run or compare) and hands it to `draw` unless the page has
 * closed meanwhile. When `draw` returns false (the job holds nothing to draw yet), the status
 * line gives the job's state and `nothing`; a failed job or a failed call shows as an error.
 * A finished run or compare comes with its ward series (a second call, `/series`).
 * @param what - how the status line names the job, e.g. `Run`
 */
export function showStoredJob(id: string, what: string, nothing: string, status: StatusLine, isClosed: () => boolean, draw: (detail: RunDetail) => boolean): void {
  api()
    .getRun(id)
    .then(withSeries)
    .then((detail) => {
      if (isClosed() || draw(detail)) return;
      status(`${endText(t('job.stored', { what, id }), detail.status, detail.error)}; ${nothing}`, detail.status === 'failed' ? 'error' : 'info');
    })
    .catch((err: unknown) => {
      if (!isClosed()) status(errorText(err), 'error');
    });
}

/** A number for tables in the user's locale: up to 3 decimals, grouped, scientific when tiny. */
export function fmt(x: number): string {
  return formatNumber(x);
}

/** A KPI's unit for a table: a share is printed as a percentage, so its unit is `%`. */
export function unitText(info: KpiInfo): string {
  return info.format === 'share' ? '%' : info.unit;
}

/**
 * A KPI's 95 % CI for a table, in its format, with each bound clipped to the values the KPI
 * can take; `clipped` says a `*` was added (explained by the table's note).
 */
export function ciText(info: KpiInfo, ci: readonly [number, number] | null): { text: string; clipped: boolean } {
  if (ci === null) return { text: t('common.none'), clipped: false };
  const c = clipToRange(ci, info.range);
  const text = t('common.range', { low: formatKpiValue(c.ci[0], info.format), high: formatKpiValue(c.ci[1], info.format) });
  return { text: c.clipped ? `${text} *` : text, clipped: c.clipped };
}

/** The KPI table: KPI (its definition on hover), unit, mean, 95 % CI (clipped, with a note) and replications. */
export function kpiTable(parent: Selection<HTMLElement, unknown, null, undefined>, kpis: Record<string, KpiSummary>): void {
  const table = parent.append('table').attr('class', 'wt-kpi-table');
  table.append('caption').text(t('kpi.caption'));
  const heads = [t('kpi.col.kpi'), t('kpi.col.unit'), t('kpi.col.mean'), t('kpi.col.ci'), t('kpi.col.n')];
  table.append('thead').append('tr').selectAll('th').data(heads).join('th').text((d) => d);
  const rows = orderKpis(Object.keys(kpis)).map((key) => {
    const info = describeKpi(key);
    const s = kpis[key];
    return { key, info, s, ci: ciText(info, s.ci95) };
  });
  const tr = table.append('tbody').selectAll('tr').data(rows).join('tr').attr('data-kpi', (d) => d.key);
  tr.selectAll('td')
    .data((d) => [d.info.label, unitText(d.info), formatKpiValue(d.s.mean, d.info.format), d.ci.text, String(d.s.n)])
    .join('td')
    .text((d) => d);
  tr.select('td').attr('title', (d) => (d.info.definition === '' ? null : d.info.definition));
  if (rows.some((r) => r.ci.clipped)) parent.append('p').attr('class', 'wt-note wt-clip-note').text(t('common.clippedNote'));
}

/**
 * A message for a failed call, with each detail's path. The server writes its answers in the
 * page's language (`Accept-Language`); the two failures the client itself names (no answer, an
 * answer that is not the API's JSON) are written here from their code, not in English.
 */
export function errorText(err: unknown): string {
  if (err instanceof ApiRequestError && err.code === 'unreachable') return t('error.unreachable');
  if (err instanceof ApiRequestError && err.code === 'http-error') return t('error.http', { status: err.status });
  if (err instanceof Error && 'details' in err && Array.isArray(err.details) && err.details.length > 0) {
    const details = (err.details as { path: string; message: string }[]).map((d) => `${d.path}: ${d.message}`).join('; ');
    return t('error.withDetails', { message: err.message, details });
  }
  return err instanceof Error ? err.message : String(err);
}
