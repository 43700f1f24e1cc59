/**
 * The Compare page (`#/compare`, `#/compare/<id>`): a baseline ward against the same ward with
 * cabinets, run under common random numbers, and the KPI differences (cabinets − baseline) as
 * bars with 95 % CI whiskers, plus the table of both means and the paired difference.
 */
import { kpiDiff, nurseSupply } from '../charts/index.js';
import { compareRows, kpiDiffData, nurseSupplyData, readCompare } from '../adapters/index.js';
import { watchRun } from '../api/index.js';
import { api, chartCard, endText, errorText, fmt, numberField, showStoredJob, startPage, statusLine, textField } from './_internals/page-kit.js';
import type { Main } from './_internals/page-kit.js';

/** Draws a finished compare into `main`. */
function drawCompare(main: Main, result: unknown): boolean {
  const view = readCompare(result);
  if (view === null) return false;
  const grid = main.append<HTMLElement>('div').attr('class', 'wt-gallery');
  const diff = kpiDiffData(view);
  if (diff.rows.length > 0) chartCard(grid, kpiDiff, diff);
  const nurse = nurseSupplyData(
    [view.base, view.alternative].map((r) => ({ name: r.scenarioId, series: r.series, byShift: r.nurseSupplyByShift })),
  );
  if (nurse !== null) chartCard(grid, nurseSupply, nurse);
  const table = main.append('table').attr('class', 'wt-kpi-table wt-compare-table');
  table.append('caption').text('Paired differences under common random numbers (alternative − baseline), 95 % CI');
  table.append('thead').append('tr').selectAll('th').data(['KPI', 'unit', 'baseline', 'alternative', 'difference', '95 % CI']).join('th').text((d) => d);
  table
    .append('tbody')
    .selectAll('tr')
    .data(compareRows(view))
    .join('tr')
    .classed('wt-significant', (r) => r.significant)
    .selectAll('td')
    .data((r) => [r.label, r.unit, fmt(r.base), fmt(r.alternative), fmt(r.diff), r.ci95 === null ? '–' : `${fmt(r.ci95[0])} to ${fmt(r.ci95[1])}`])
    .join('td')
    .text((d) => d);
  return true;
}

/** The form that starts a compare. */
function compareForm(main: Main, isClosed: () => boolean, onStop: (stop: () => void) => void): void {
  const form = main.append('form').attr('class', 'wt-form');
  textField(form, 'base', 'Baseline preset', 'city-mch-baseline');
  textField(form, 'alternative', 'Cabinets preset', 'city-mch');
  numberField(form, 'horizonDays', 'Horizon (days)', 60, { min: 1, step: 1 });
  numberField(form, 'replications', 'Replications', 5, { min: 1, step: 1 });
  form.append('button').attr('type', 'submit').text('Compare');
  const progress = main.append('progress').attr('class', 'wt-progress').attr('max', 1).attr('value', 0);
  const status = statusLine(main);
  form.on('submit', (event: Event) => {
    event.preventDefault();
    const value = (name: string): string => (form.select<HTMLInputElement>(`input[name=${name}]`).node()?.value ?? '').trim();
    const days = Number(value('horizonDays'));
    const scenario = (preset: string): Record<string, unknown> => ({ extends: preset, run: { horizonDays: days } });
    status('Submitting the compare…');
    api()
      .startCompare({ base: scenario(value('base')), alternative: scenario(value('alternative')), replications: Number(value('replications')) })
      .then((accepted) => {
        if (isClosed()) return;
        onStop(
          watchRun(accepted.id, {
            onMessage: (m) => {
              if (m.type !== 'end') {
                progress.property('value', m.progress);
                status(`Compare ${m.id}: ${Math.round(100 * m.progress)} % done.`);
              } else if (m.status === 'succeeded') {
                location.hash = `#/compare/${encodeURIComponent(m.id)}`;
              } else {
                status(endText(`Compare ${m.id}`, m.status, m.error), 'error');
              }
            },
          }),
        );
      })
      .catch((err: unknown) => status(errorText(err), 'error'));
  });
}

/** Shows the Compare page: the form, or the compare `params[0]`. */
export function showCompare(main: Main, params: string[]): () => void {
  let closed = false;
  let stop: () => void = () => undefined;
  const id = params[0];
  startPage(main, id === undefined ? 'Compare' : `Compare ${id}`, 'Baseline against cabinets, with the same births, stays and needs in both (common random numbers).');
  if (id === undefined) {
    compareForm(main, () => closed, (s) => (stop = s));
  } else {
    const status = statusLine(main);
    showStoredJob(id, 'Compare', 'no differences to show.', status, () => closed, (detail) => {
      if (!drawCompare(main, detail.result)) return false;
      status(`Compare ${id}: ${detail.status}.`);
      main.attr('data-drawn', 'true');
      return true;
    });
  }
  return () => {
    closed = true;
    stop();
  };
}
