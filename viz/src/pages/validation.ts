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
import { formatPercent, messagesOf, t } from '../i18n/index.js';
import type { MessageKey } from '../i18n/index.js';
import { api, chartCard, endText, errorText, startPage, statusLine, textField } from './_internals/page-kit.js';
import type { Main, StatusLine } from './_internals/page-kit.js';

/** A row kind or verdict id in words; one the catalogue does not know as given. */
function word(prefix: 'validation.kind.' | 'validation.verdict.', id: string): string {
  const key = `${prefix}${id}`;
  return key in messagesOf('en') ? t(key as MessageKey) : id;
}

/** Shows the Validation page. */
export function showValidation(main: Main): () => void {
  let closed = false;
  const stops: (() => void)[] = [];
  startPage(main, t('validation.title'), t('validation.intro'));

  const whenDone = (id: string, status: StatusLine, what: string, draw: (result: unknown) => void): void => {
    stops.push(
      watchRun(id, {
        onMessage: (m) => {
          if (closed) return;
          if (m.type === 'progress') status(t('validation.progress', { what, id: m.id, percent: formatPercent(m.progress) }));
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
  textField(vForm, 'scenario', t('validation.preset'), 'county-mch');
  textField(vForm, 'replications', t('validation.replications'), '10');
  vForm.append('button').attr('type', 'submit').text(t('validation.submit'));
  const vStatus = statusLine(main);
  const vTable = main.append('div');
  const drawReport = (result: unknown): void => {
    vTable.selectAll('*').remove();
    const rows = validationRowViews(result);
    if (rows.length === 0) return vStatus(t('validation.noReport'), 'error');
    const table = vTable.append('table').attr('class', 'wt-table');
    table.append('thead').append('tr').selectAll('th').data([t('validation.col.kind'), t('validation.col.check'), t('validation.col.expected'), t('validation.col.model'), t('validation.col.verdict'), t('validation.col.source')]).join('th').text((d) => d);
    table
      .append('tbody')
      .selectAll('tr')
      .data(rows)
      .join('tr')
      .classed('wt-error', (r) => r.verdict === 'fail')
      .selectAll('td')
      .data((r) => [word('validation.kind.', r.kind), r.check, r.expected, r.model, word('validation.verdict.', r.verdict), r.source])
      .join('td')
      .text((d) => d);
    vStatus(t('validation.legend'));
  };
  vForm.on('submit', (event: Event) => {
    event.preventDefault();
    const scenario = vForm.select<HTMLInputElement>('input[name=scenario]').node()?.value ?? '';
    const reps = vForm.select<HTMLInputElement>('input[name=replications]').node()?.value ?? '10';
    const url = `/api/validation?scenario=${encodeURIComponent(scenario)}&replications=${encodeURIComponent(reps)}`;
    // The report is read from this route, not from the job (`/api/runs/:id`): here each row also
    // carries its check in the page's language. Asked again when the job ends.
    const ask = (): void => {
      api()
        .getJson(url)
        .then((answer) => {
          if (closed) return;
          const a = answer as { id: string; status: string; result?: unknown };
          if (a.status === 'succeeded' && a.result !== undefined && a.result !== null) drawReport(a.result);
          else whenDone(a.id, vStatus, t('job.validation'), () => ask());
        })
        .catch((err: unknown) => {
          if (!closed) vStatus(errorText(err), 'error');
        });
    };
    vStatus(t('validation.asking'));
    ask();
  });

  const sForm = main.append('form').attr('class', 'wt-form');
  textField(sForm, 'scenario', t('sensitivity.scenario'), 'county-mch');
  textField(sForm, 'baseline', t('sensitivity.baseline'), 'county-mch-baseline');
  textField(sForm, 'kpis', t('sensitivity.kpis'), 'nurseSupplyMinutesPerShift,boundaryCrossings');
  sForm.append('button').attr('type', 'submit').text(t('sensitivity.submit'));
  const sStatus = statusLine(main);
  const charts = main.append<HTMLElement>('div').attr('class', 'wt-gallery');
  const drawTornados = (result: unknown): void => {
    charts.selectAll('*').remove();
    const data = tornadoCharts(result);
    if (data === null) return sStatus(t('sensitivity.noResult'), 'error');
    for (const d of data) chartCard(charts, tornado, d, { title: t('sensitivity.chartTitle', { kpi: d.kpi }) });
    sStatus(t('sensitivity.legend'));
  };
  sForm.on('submit', (event: Event) => {
    event.preventDefault();
    const value = (name: string): string => sForm.select<HTMLInputElement>(`input[name=${name}]`).node()?.value.trim() ?? '';
    const body = {
      scenario: value('scenario'),
      ...(value('baseline') !== '' ? { baseline: value('baseline') } : {}),
      kpis: value('kpis').split(',').map((k) => k.trim()).filter((k) => k !== ''),
    };
    sStatus(t('sensitivity.submitting'));
    api()
      .postJson('/api/sensitivities', body)
      .then((accepted) => {
        if (!closed) whenDone((accepted as { id: string }).id, sStatus, t('job.sensitivity'), drawTornados);
      })
      .catch((err: unknown) => {
        if (!closed) sStatus(errorText(err), 'error');
      });
  });
  const fileRow = main.append('label').attr('class', 'wt-field');
  fileRow.append('span').text(t('sensitivity.load'));
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
        .catch((err: unknown) => sStatus(t('sensitivity.badFile', { error: errorText(err) }), 'error'));
    });
  return () => {
    closed = true;
    for (const stop of stops) stop();
  };
}
