/**
 * The Validation page (`#/validation`): the validation report of a preset (verification rows
 * against the model's inputs and theory, validation rows against published data) from
 * `GET /api/validation`, and a sensitivity analysis (`POST /api/sensitivities`) drawn as one
 * tornado per KPI. Both run as server jobs; the page waits on the job's stream and reads the
 * result when it ends. A file from `wardtwin sensitivity --json` can be loaded instead.
 */
import { tornado } from '../charts/index.js';
import { tornadoCharts, validationRowViews } from '../adapters/index.js';
import { watchRun } from '../api/index.js';
import { api, chartCard, endText, errorText, startPage, statusLine, textField } from './_internals/page-kit.js';
import type { Main, StatusLine } from './_internals/page-kit.js';

/** Shows the Validation page. */
export function showValidation(main: Main): () => void {
  let closed = false;
  const stops: (() => void)[] = [];
  startPage(main, 'Validation', 'Does the model reproduce its inputs and theory (verification), how does it stand against published data (validation), and which assumptions decide its results (sensitivity)?');

  const whenDone = (id: string, status: StatusLine, what: string, draw: (result: unknown) => void): void => {
    stops.push(
      watchRun(id, {
        onMessage: (m) => {
          if (closed) return;
          if (m.type === 'progress') status(`${what} ${m.id}: ${Math.round(100 * m.progress)} %`);
          else if (m.type === 'end') {
            if (m.status !== 'succeeded') return status(endText(`${what} ${m.id}`, m.status, m.error), 'error');
            api()
              .getRun(m.id)
              .then((detail) => {
                if (!closed) draw(detail.result);
              })
              .catch((err: unknown) => status(errorText(err), 'error'));
          }
        },
      }),
    );
  };

  const vForm = main.append('form').attr('class', 'wt-form');
  textField(vForm, 'scenario', 'Preset', 'county-mch');
  textField(vForm, 'replications', 'Replications', '10');
  vForm.append('button').attr('type', 'submit').text('Validate');
  const vStatus = statusLine(main);
  const vTable = main.append('div');
  const drawReport = (result: unknown): void => {
    vTable.selectAll('*').remove();
    const rows = validationRowViews(result);
    if (rows.length === 0) return vStatus('The answer holds no validation report.', 'error');
    const table = vTable.append('table').attr('class', 'wt-table');
    table.append('thead').append('tr').selectAll('th').data(['kind', 'check', 'expected', 'model mean [95 % CI]', 'verdict', 'source']).join('th').text((d) => d);
    table
      .append('tbody')
      .selectAll('tr')
      .data(rows)
      .join('tr')
      .classed('wt-error', (r) => r.verdict === 'fail')
      .selectAll('td')
      .data((r) => [r.kind, r.check, r.expected, r.model, r.verdict, r.source])
      .join('td')
      .text((d) => d);
    vStatus('Verification rows must pass; validation rows outside their band are findings, not bugs.');
  };
  vForm.on('submit', (event: Event) => {
    event.preventDefault();
    const scenario = vForm.select<HTMLInputElement>('input[name=scenario]').node()?.value ?? '';
    const reps = vForm.select<HTMLInputElement>('input[name=replications]').node()?.value ?? '10';
    vStatus('Asking for the validation report…');
    api()
      .getJson(`/api/validation?scenario=${encodeURIComponent(scenario)}&replications=${encodeURIComponent(reps)}`)
      .then((answer) => {
        if (closed) return;
        const a = answer as { id: string; status: string; result?: unknown };
        if (a.status === 'succeeded' && a.result !== undefined && a.result !== null) drawReport(a.result);
        else whenDone(a.id, vStatus, 'Validation', drawReport);
      })
      .catch((err: unknown) => {
        if (!closed) vStatus(errorText(err), 'error');
      });
  });

  const sForm = main.append('form').attr('class', 'wt-form');
  textField(sForm, 'scenario', 'Scenario', 'county-mch');
  textField(sForm, 'baseline', 'Baseline (empty: the KPIs themselves)', 'county-mch-baseline');
  textField(sForm, 'kpis', 'KPIs (comma-separated)', 'nurseSupplyMinutesPerShift,boundaryCrossings');
  sForm.append('button').attr('type', 'submit').text('Sensitivity');
  const sStatus = statusLine(main);
  const charts = main.append<HTMLElement>('div').attr('class', 'wt-gallery');
  const drawTornados = (result: unknown): void => {
    charts.selectAll('*').remove();
    const data = tornadoCharts(result);
    if (data === null) return sStatus('The answer holds no sensitivity result.', 'error');
    for (const d of data) chartCard(charts, tornado, d, { title: `${d.kpi}: Morris mu* (95 % CI)` });
    sStatus('Bars: the change of the KPI when the assumption moves over its whole range.');
  };
  sForm.on('submit', (event: Event) => {
    event.preventDefault();
    const value = (name: string): string => sForm.select<HTMLInputElement>(`input[name=${name}]`).node()?.value.trim() ?? '';
    const body = {
      scenario: value('scenario'),
      ...(value('baseline') !== '' ? { baseline: value('baseline') } : {}),
      kpis: value('kpis').split(',').map((k) => k.trim()).filter((k) => k !== ''),
    };
    sStatus('Submitting the sensitivity analysis…');
    api()
      .postJson('/api/sensitivities', body)
      .then((accepted) => {
        if (!closed) whenDone((accepted as { id: string }).id, sStatus, 'Sensitivity', drawTornados);
      })
      .catch((err: unknown) => {
        if (!closed) sStatus(errorText(err), 'error');
      });
  });
  const fileRow = main.append('label').attr('class', 'wt-field');
  fileRow.append('span').text('…or load a result (wardtwin sensitivity --json)');
  fileRow
    .append('input')
    .attr('type', 'file')
    .attr('accept', 'application/json,.json')
    .on('change', (event: Event) => {
      const chosen = (event.target as HTMLInputElement).files?.[0];
      if (chosen === undefined) return;
      chosen
        .text()
        .then((text) => {
          if (!closed) drawTornados(JSON.parse(text) as unknown);
        })
        .catch((err: unknown) => sStatus(`That file is not a sensitivity result: ${errorText(err)}`, 'error'));
    });
  return () => {
    closed = true;
    for (const stop of stops) stop();
  };
}
