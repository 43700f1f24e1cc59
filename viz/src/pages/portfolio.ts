/**
 * The Portfolio page (`#/portfolio`, `#/portfolio/<jobId>`): a programme office loads its
 * application form (CSV, the columns of `wardtwin portfolio`), submits it as a portfolio job
 * (`POST /api/portfolios`, progress over the job's WebSocket, one step per hospital) and reads
 * the ranking as a table: each hospital's plan, cost and yearly effects with 95 % intervals,
 * ranked by benefit per yuan, with the refused rows and a CSV download for Excel. A finished
 * job opens by its id; a file written by `wardtwin portfolio --out` opens too.
 */
import { portfolioView } from '../adapters/index.js';
import { watchRun } from '../api/index.js';
import { formatPercent, t } from '../i18n/index.js';
import { api, endText, errorText, showStoredJob, startPage, statusLine, textField } from './_internals/page-kit.js';
import type { Main } from './_internals/page-kit.js';
import { renderPortfolioTable } from './portfolio-table.js';

/** Shows the Portfolio page; `params[0]`, when given, is a portfolio job to open. */
export function showPortfolio(main: Main, params: string[] = []): () => void {
  let closed = false;
  startPage(main, t('portfolio.title'), t('portfolio.intro'));
  const form = main.append('form').attr('class', 'wt-form');
  const csvRow = form.append('label').attr('class', 'wt-field');
  csvRow.append('span').text(t('portfolio.form'));
  const csvFile = csvRow.append('input').attr('type', 'file').attr('name', 'csv').attr('accept', 'text/csv,.csv');
  textField(form, 'days', t('portfolio.days'), '30');
  textField(form, 'replications', t('portfolio.replications'), '3');
  form.append('button').attr('type', 'submit').text(t('portfolio.submit'));
  const fileRow = main.append('label').attr('class', 'wt-field');
  fileRow.append('span').text(t('portfolio.openFile'));
  const resultFile = fileRow.append('input').attr('type', 'file').attr('accept', 'application/json,.json');
  const status = statusLine(main);
  const download = main.append('p').append('a').attr('class', 'wt-download').style('display', 'none').text(t('portfolio.download'));
  const tableBox = main.append<HTMLElement>('div').attr('class', 'wt-portfolio-box');

  const draw = (result: unknown, jobId?: string): boolean => {
    const view = portfolioView(result);
    if (view === null) return false;
    renderPortfolioTable(tableBox, view);
    if (jobId !== undefined) download.attr('href', `/api/portfolios/${encodeURIComponent(jobId)}/csv`).style('display', null);
    status(t('portfolio.summary', { ranked: view.rows.filter((r) => r.rank !== null).length, refused: view.refused.length }));
    main.attr('data-drawn', 'true');
    return true;
  };
  const field = (name: string): number => Number(form.select<HTMLInputElement>(`input[name=${name}]`).node()?.value);

  let stop: () => void = () => undefined;
  form.on('submit', (event: Event) => {
    event.preventDefault();
    stop();
    const chosen = csvFile.node()?.files?.[0];
    if (chosen === undefined) return status(t('portfolio.chooseFile'), 'error');
    status(t('portfolio.submitting'));
    chosen
      .text()
      .then((csv) => api().postJson('/api/portfolios', { csv, days: field('days'), replications: field('replications'), maxReplications: field('replications') }))
      .then((accepted) => {
        const id = (accepted as { id: string }).id;
        if (closed) return;
        stop = watchRun(id, {
          onMessage: (m) => {
            if (closed) return;
            if (m.type === 'progress') status(t('portfolio.progress', { id: m.id, percent: formatPercent(m.progress) }));
            else if (m.type === 'end') {
              if (m.status !== 'succeeded') return status(endText(`${t('job.portfolio')} ${m.id}`, m.status, m.error), 'error');
              showStoredJob(m.id, t('job.portfolio'), t('portfolio.noRanking'), status, () => closed, (detail) => draw(detail.result, m.id));
            }
          },
        });
      })
      .catch((err: unknown) => {
        if (!closed) status(errorText(err), 'error');
      });
  });
  resultFile.on('change', (event: Event) => {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    if (chosen === undefined) return;
    chosen
      .text()
      .then((text) => {
        if (!closed && !draw(JSON.parse(text) as unknown)) status(t('portfolio.notResult'), 'error');
      })
      .catch((err: unknown) => status(t('portfolio.badFile', { error: errorText(err) }), 'error'));
  });
  if (params[0] !== undefined) showStoredJob(params[0], t('job.portfolio'), t('portfolio.noRankingYet'), status, () => closed, (detail) => draw(detail.result, params[0]));
  return () => {
    closed = true;
    stop();
  };
}
