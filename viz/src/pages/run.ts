/**
 * The Run page (`#/run`): start a run of the draft scenario, watch it over the WebSocket
 * (progress, and the running mean of a KPI filling in as replications finish), cancel it, and
 * open its results. Stream messages are only collected as they arrive; drawing happens at most
 * once per animation frame, so a fast stream never costs the tab its frame rate.
 */
import { draftDocument, getDraft } from '../app/draft.js';
import { watchRun } from '../api/index.js';
import type { RunMessage, SeriesPoint } from '../api/index.js';
import { describeKpi, headlineKpis, presetLabel } from '../adapters/index.js';
import { api, endText, errorText, startPage, statusLine, statusText } from './_internals/page-kit.js';
import { formatPercent, t } from '../i18n/index.js';
import type { Main } from './_internals/page-kit.js';
import { liveKeys, livePoints, render as renderLive } from './run-live-chart.js';

/** Shows the Run page. */
export function showRun(main: Main): () => void {
  const draft = getDraft();
  startPage(main, t('run.title'), t('run.intro'));
  const summary = main.append('div').attr('class', 'wt-run-summary');
  summary.append('p').text(t(Object.keys(draft.changes).length > 0 ? 'run.scenarioChanged' : 'run.scenario', { preset: presetLabel(draft.preset) }));
  if (Object.keys(draft.changes).length > 0) summary.append('pre').attr('class', 'wt-changes').text(JSON.stringify(draft.changes, null, 2));
  const buttons = main.append('div').attr('class', 'wt-buttons');
  const start = buttons.append('button').attr('type', 'button').attr('name', 'start').text(t('run.start'));
  const cancel = buttons.append('button').attr('type', 'button').attr('name', 'cancel').attr('disabled', true).text(t('run.cancel'));
  const progress = main.append('progress').attr('class', 'wt-progress').attr('max', 1).attr('value', 0);
  const status = statusLine(main);
  const pick = main.append('label').attr('class', 'wt-field');
  pick.append('span').text(t('run.kpi'));
  const keySelect = pick.append('select').attr('name', 'live-kpi');
  const live = main.append<HTMLElement>('section').attr('class', 'wt-card wt-live-card').attr('data-chart', 'live-kpi');
  const links = main.append('p').attr('class', 'wt-links');

  let runId: string | null = null;
  let stop: () => void = () => undefined;
  let frame = 0;
  let closed = false;
  const points: SeriesPoint[] = [];
  let key = '';
  let latest = 0;

  const draw = (): void => {
    frame = 0;
    progress.property('value', latest);
    const keys = liveKeys(points);
    if (keys.length === 0) return;
    if (key === '' || !keys.includes(key)) key = headlineKpis.find((k) => keys.includes(k)) ?? keys[0];
    if (keySelect.selectAll('option').size() !== keys.length) {
      keySelect.selectAll('option').data(keys).join('option').attr('value', (k) => k).text((k) => describeKpi(k).label);
      keySelect.property('value', key);
    }
    const t0 = performance.now();
    renderLive(live, livePoints(points, key), key);
    performance.measure('wt-live-draw', { start: t0, end: performance.now() });
  };
  const schedule = (): void => {
    if (frame === 0 && !closed) frame = requestAnimationFrame(draw);
  };
  const onMessage = (m: RunMessage): void => {
    if (m.type === 'snapshot') {
      latest = m.progress;
      status(t('run.status', { id: m.id, status: statusText(m.status) }));
    } else if (m.type === 'progress') {
      latest = m.progress;
      points.push(...m.points);
      status(t(m.dropped > 0 ? 'run.progressDropped' : 'run.progress', { id: m.id, percent: formatPercent(m.progress), dropped: m.dropped }));
    } else {
      cancel.attr('disabled', true);
      start.attr('disabled', null);
      if (m.status === 'succeeded') latest = 1;
      status(endText(`${t('job.run')} ${m.id}`, m.status, m.error), m.status === 'failed' ? 'error' : 'info');
      if (m.status === 'succeeded') links.append('a').attr('class', 'wt-open-results').attr('href', `#/results/${encodeURIComponent(m.id)}`).text(t('run.openResults'));
    }
    schedule();
  };

  keySelect.on('change', (event: Event) => {
    key = (event.target as HTMLSelectElement).value;
    schedule();
  });
  start.on('click', () => {
    start.attr('disabled', true);
    points.length = 0;
    latest = 0;
    links.selectAll('*').remove();
    live.selectAll('*').remove();
    status(t('run.submitting'));
    api()
      .startRun({ scenario: draftDocument(draft) })
      .then((accepted) => {
        if (closed) return;
        runId = accepted.id;
        main.attr('data-run-id', accepted.id);
        cancel.attr('disabled', null);
        stop = watchRun(accepted.id, { onMessage, onClose: (clean) => { if (!clean && !closed) status(t('run.streamClosed'), 'error'); } });
      })
      .catch((err: unknown) => {
        start.attr('disabled', null);
        status(errorText(err), 'error');
      });
  });
  cancel.on('click', () => {
    if (runId === null) return;
    api().cancelRun(runId).catch((err: unknown) => status(errorText(err), 'error'));
  });

  return () => {
    closed = true;
    if (frame !== 0) cancelAnimationFrame(frame);
    stop();
  };
}
