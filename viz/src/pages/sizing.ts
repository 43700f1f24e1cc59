/**
 * The Sizing page (`#/sizing`): a planner sizes a ward from a preset, the scenario drafted on
 * the Scenario page or the programme's application-form fields, with the targets, restock
 * rounds, plan dimensions (models, par levels, planogram per cabinet), prices (with the value
 * of a nurse minute) and replications of the form (sizing-form.ts). The size job (`POST /api/sizes`)
 * streams each volume as it is sized: the curve grows, a progress bar moves, and the readout
 * at the hospital's own volume gives the plan (cabinets, round times), its yearly cost,
 * restock labour and binding target. Every point opens the run behind it (stored by the job;
 * click, or Tab to it and press Enter). A file written by `wardtwin size --curve ... --json` opens too.
 */
import { sizingCurve } from '../charts/index.js';
import type { SizingCurveData, SizingSelectDetail } from '../charts/index.js';
import { sizingData, sizingReadout } from '../adapters/index.js';
import { watchRun } from '../api/index.js';
import type { SeriesPoint } from '../api/index.js';
import { draftDocument, getDraft } from '../app/draft.js';
import { api, chartCard, endText, errorText, startPage, statusLine } from './_internals/page-kit.js';
import { formatCount, formatPercent, t, tCount } from '../i18n/index.js';
import type { Main } from './_internals/page-kit.js';
import { parseParShares, parseRounds, readSizingForm, sizeRequestOf, sizingForm } from './sizing-form.js';
import { renderReadout } from './sizing-readout-view.js';

/** Shows the Sizing page. */
export function showSizing(main: Main): () => void {
  let closed = false;
  startPage(main, t('sizing.title'), t('sizing.intro'));
  const form = main.append('form').attr('class', 'wt-form wt-sizing-form');
  const formBox = form.append('div');
  const submit = form.append('button').attr('type', 'submit').text(t('sizing.submit'));
  const fileRow = main.append('label').attr('class', 'wt-field');
  fileRow.append('span').text(t('sizing.load'));
  const file = fileRow.append('input').attr('type', 'file').attr('accept', 'application/json,.json');
  const status = statusLine(main);
  const bar = main.append('progress').attr('class', 'wt-progress').attr('max', 1).property('value', 0).attr('aria-label', t('sizing.progressBar')).style('display', 'none');
  const readoutBox = main.append<HTMLElement>('section').attr('class', 'wt-sizing-readout');
  const chartBox = main.append<HTMLElement>('div').attr('class', 'wt-gallery');

  const drawForm = (presets: readonly string[]): void => {
    formBox.selectAll('*').remove();
    sizingForm(formBox as unknown as Parameters<typeof sizingForm>[0], presets);
  };
  drawForm(['city-mch']);
  api()
    .listPresets()
    .then((list) => {
      if (!closed) drawForm(list.map((p) => p.name));
    })
    .catch((err: unknown) => status(errorText(err), 'error'));

  const values = () => readSizingForm(form);
  const draw = (answer: unknown): boolean => {
    const hospital = values().deliveries;
    const data: SizingCurveData | null = sizingData(answer, hospital);
    chartBox.selectAll('*').remove();
    if (data === null) return false;
    const card = chartCard(chartBox, sizingCurve, data);
    card.on(sizingCurve.sizingSelectEvent, (event: CustomEvent<SizingSelectDetail>) => {
      const d = event.detail;
      if (d.runId !== undefined && d.runId !== '') location.hash = `#/results/${encodeURIComponent(d.runId)}`;
      else status(t('sizing.point', { target: d.target, deliveries: formatCount(d.deliveries), cabinets: tCount('cabinets', d.cabinets) }));
    });
    // A curve searched on an assumption says so under the chart (the engine's `costRisesWithRounds`).
    if (typeof answer === 'object' && answer !== null && (answer as { costRisesWithRounds?: unknown }).costRisesWithRounds === true) {
      chartBox.append('p').attr('class', 'wt-note wt-sizing-assumption').text(t('sizing.roundsAssumed'));
    }
    renderReadout(readoutBox, sizingReadout(answer, hospital), hospital);
    main.attr('data-drawn', 'true');
    return true;
  };

  let stop: () => void = () => undefined;
  form.on('submit', (event: Event) => {
    event.preventDefault();
    stop();
    const v = values();
    if (parseRounds(v.rounds) === null) return status(t('sizing.badRounds'), 'error');
    if (parseParShares(v.parShares) === null) return status(t('sizing.badParShares'), 'error');
    status(t('sizing.submitting'));
    submit.property('disabled', true);
    bar.style('display', null).property('value', 0);
    const sized: SeriesPoint[] = [];
    const done = (): void => {
      submit.property('disabled', false);
    };
    api()
      .startSize(sizeRequestOf(v, draftDocument(getDraft())))
      .then((accepted) => {
        if (closed) return;
        stop = watchRun(accepted.id, {
          onMessage: (m) => {
            if (closed) return;
            if (m.type === 'progress') {
              // Each finished volume is one point: draw the curve as it grows.
              sized.push(...m.points);
              bar.property('value', m.progress);
              if (sized.length > 0) draw({ curve: sized });
              status(t('sizing.progress', { id: m.id, percent: formatPercent(m.progress) }));
            } else if (m.type === 'end') {
              done();
              bar.property('value', m.status === 'succeeded' ? 1 : bar.property('value') as number);
              if (m.status !== 'succeeded') return status(endText(`${t('job.size')} ${m.id}`, m.status, m.error), 'error');
              api()
                .getRun(m.id)
                .then((detail) => {
                  if (closed) return;
                  if (draw(detail.result)) status(t('sizing.click'));
                  else status(t('sizing.noCurve'), 'error');
                })
                .catch((err: unknown) => status(errorText(err), 'error'));
            }
          },
        });
      })
      .catch((err: unknown) => {
        done();
        bar.style('display', 'none');
        if (!closed) status(errorText(err), 'error');
      });
  });
  file.on('change', (event: Event) => {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    if (chosen === undefined) return;
    chosen
      .text()
      .then((text) => {
        if (closed) return;
        if (draw(JSON.parse(text) as unknown)) status(t('sizing.click'));
        else status(t('sizing.noCurve'), 'error');
      })
      .catch((err: unknown) => status(t('sizing.badFile', { error: errorText(err) }), 'error'));
  });
  return () => {
    closed = true;
    stop();
  };
}
