/**
 * What every page shares: the API client (same origin, token from `localStorage` when the
 * server wants one), a chart card with its export buttons, a text field, a status line and the
 * words for a job's end state, loading a stored job, the KPI table with confidence intervals, and number formatting.
 */
import type { Selection } from 'd3';
import { createApiClient } from '../../api/index.js';
import type { ApiClient, RunDetail } from '../../api/index.js';
import type { ChartContainer, ChartModule } from '../../charts/index.js';
import { exportToolbar } from '../../export/index.js';
import { describeKpi, orderKpis, withWardSeries } from '../../adapters/index.js';
import type { KpiSummary } from '../../adapters/index.js';

/** A page's root element. */
export type Main = Selection<HTMLElement, unknown, null, undefined>;

/** A page: draws into `main` for the route's params and returns a cleanup function. */
export type ShowPage = (main: Main, params: string[]) => () => void;

let client: ApiClient | null = null;

/** The app's API client (created once). */
export function api(): ApiClient {
  if (client === null) {
    const token = globalThis.localStorage?.getItem('wardtwin.token') ?? undefined;
    client = createApiClient(token === undefined || token === '' ? {} : { token });
  }
  return client;
}

/** Names the browser tab after the page (`Results — wardtwin`), so tabs and history tell pages apart. */
export function setPageTitle(main: Main, title: string): void {
  const doc = main.node()?.ownerDocument;
  if (doc) doc.title = `${title} — wardtwin`;
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

/** How a job ended, in words: `"<what> <status>"`, with `": <error>"` when there is one. */
export function endText(what: string, status: string, error: string | null): string {
  return `${what} ${status}${error === null ? '' : `: ${error}`}`;
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
      status(`${endText(`${what} ${id} is`, detail.status, detail.error)}; ${nothing}`, detail.status === 'failed' ? 'error' : 'info');
    })
    .catch((err: unknown) => {
      if (!isClosed()) status(errorText(err), 'error');
    });
}

/** A number for tables: up to 3 significant decimals, thousands separated. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** The KPI table: KPI, unit, mean, 95 % CI and replications. */
export function kpiTable(parent: Selection<HTMLElement, unknown, null, undefined>, kpis: Record<string, KpiSummary>): void {
  const table = parent.append('table').attr('class', 'wt-kpi-table');
  table.append('caption').text('KPIs over replications (mean and 95 % confidence interval)');
  table.append('thead').append('tr').selectAll('th').data(['KPI', 'unit', 'mean', '95 % CI', 'n']).join('th').text((d) => d);
  const rows = orderKpis(Object.keys(kpis)).map((key) => ({ key, info: describeKpi(key), s: kpis[key] }));
  table
    .append('tbody')
    .selectAll('tr')
    .data(rows)
    .join('tr')
    .attr('data-kpi', (d) => d.key)
    .selectAll('td')
    .data((d) => [d.info.label, d.info.unit, fmt(d.s.mean), d.s.ci95 === null ? '–' : `${fmt(d.s.ci95[0])} to ${fmt(d.s.ci95[1])}`, String(d.s.n)])
    .join('td')
    .text((d) => d);
}

/** A message for a failed call, with each detail's path. */
export function errorText(err: unknown): string {
  if (err instanceof Error && 'details' in err && Array.isArray(err.details) && err.details.length > 0) {
    const details = (err.details as { path: string; message: string }[]).map((d) => `${d.path}: ${d.message}`).join('; ');
    return `${err.message} (${details})`;
  }
  return err instanceof Error ? err.message : String(err);
}
