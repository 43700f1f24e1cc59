/**
 * The Sizing page (`#/sizing`): cabinets needed against annual deliveries, one curve per
 * service target, with the hospital's own volume marked; clicking a point opens the run behind
 * it. The curve comes from the server's size job (`POST /api/sizes`, a job like a run: it
 * grows on the page as each volume is sized, streamed over the run's WebSocket, and is read in
 * full from `GET /api/runs/:id` when done), or from a file written by `wardtwin size --curve ... --json`.
 */
import { sizingCurve } from '../charts/index.js';
import type { SizingCurveData, SizingSelectDetail } from '../charts/index.js';
import { sizingData } from '../adapters/index.js';
import { watchRun } from '../api/index.js';
import type { SeriesPoint } from '../api/index.js';
import { api, chartCard, endText, errorText, numberField, startPage, statusLine, textField } from './_internals/page-kit.js';
import { formatCount, formatPercent, t } from '../i18n/index.js';
import type { Main } from './_internals/page-kit.js';

/** Shows the Sizing page. */
export function showSizing(main: Main): () => void {
  let closed = false;
  startPage(main, t('sizing.title'), t('sizing.intro'));
  const form = main.append('form').attr('class', 'wt-form');
  textField(form, 'curve', t('sizing.curve'), '1000:20000:1000');
  numberField(form, 'deliveries', t('sizing.deliveries'), 6000, { min: 1, step: 1 });
  form.append('button').attr('type', 'submit').text(t('sizing.submit'));
  const fileRow = main.append('label').attr('class', 'wt-field');
  fileRow.append('span').text(t('sizing.load'));
  const file = fileRow.append('input').attr('type', 'file').attr('accept', 'application/json,.json');
  const status = statusLine(main);
  const chartBox = main.append<HTMLElement>('div').attr('class', 'wt-gallery');

  const hospital = (): number => Number(form.select<HTMLInputElement>('input[name=deliveries]').node()?.value);
  const draw = (data: SizingCurveData | null): void => {
    chartBox.selectAll('*').remove();
    if (data === null) return status(t('sizing.noCurve'), 'error');
    const card = chartCard(chartBox, sizingCurve, data);
    card.on(sizingCurve.sizingSelectEvent, (event: CustomEvent<SizingSelectDetail>) => {
      const d = event.detail;
      if (d.runId !== undefined && d.runId !== '') location.hash = `#/results/${encodeURIComponent(d.runId)}`;
      else status(t('sizing.point', { target: d.target, deliveries: formatCount(d.deliveries), cabinets: d.cabinets }));
    });
    status(t('sizing.click'));
  };

  let stop: () => void = () => undefined;
  form.on('submit', (event: Event) => {
    event.preventDefault();
    stop();
    const curve = form.select<HTMLInputElement>('input[name=curve]').node()?.value ?? '';
    status(t('sizing.submitting'));
    const sized: SeriesPoint[] = [];
    api()
      .startSize({ curve, deliveries: hospital() })
      .then((accepted) => {
        if (closed) return;
        stop = watchRun(accepted.id, {
          onMessage: (m) => {
            if (closed) return;
            if (m.type === 'progress') {
              // Each finished volume is one point: draw the curve as it grows.
              sized.push(...m.points);
              if (sized.length > 0) draw(sizingData({ curve: sized }, hospital()));
              status(t('sizing.progress', { id: m.id, percent: formatPercent(m.progress) }));
            } else if (m.type === 'end') {
              if (m.status !== 'succeeded') return status(endText(`${t('job.size')} ${m.id}`, m.status, m.error), 'error');
              api()
                .getRun(m.id)
                .then((detail) => {
                  if (!closed) draw(sizingData(detail.result, hospital()));
                })
                .catch((err: unknown) => status(errorText(err), 'error'));
            }
          },
        });
      })
      .catch((err: unknown) => {
        if (!closed) status(errorText(err), 'error');
      });
  });
  file.on('change', (event: Event) => {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    if (chosen === undefined) return;
    chosen
      .text()
      .then((text) => {
        if (!closed) draw(sizingData(JSON.parse(text) as unknown, hospital()));
      })
      .catch((err: unknown) => status(t('sizing.badFile', { error: errorText(err) }), 'error'));
  });
  return () => {
    closed = true;
    stop();
  };
}
