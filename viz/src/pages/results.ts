/**
 * The Results page (`#/results/<runId>`): everything one run says about the ward. Births by
 * hour and weekday, stock per SKU and cabinet with stock-outs and restock rounds, the cabinet
 * board replayed with a time scrubber, trip waits, nurse supply minutes per shift, contacts by
 * role pair, and the KPI table with confidence intervals. Without an id it lists finished runs.
 * The time from the data's arrival to all charts drawn is recorded as the `wt-results-draw`
 * performance measure.
 */
import type { Selection } from 'd3';
import { birthsHeatmap, cabinetBoard, contactsMatrix, nurseSupply, stockLevel, tripWait } from '../charts/index.js';
import { clockLabel } from '../charts/_internals/time-axis.js';
import { timeScrubber } from '../controls/time-scrubber.js';
import { birthsData, boardData, contactsData, defaultStockKeys, nurseSupplyData, presetLabel, presetName, readRun, stockChoices, stockData, tripWaitData } from '../adapters/index.js';
import type { RunView, WardSeriesView } from '../adapters/index.js';
import type { RunDetail } from '../api/index.js';
import { api, chartCard, errorText, kpiTable, showStoredJob, startPage, statusLine, statusText } from './_internals/page-kit.js';
import { formatCount, formatTime, t } from '../i18n/index.js';
import type { Main } from './_internals/page-kit.js';

type Box = Selection<HTMLElement, unknown, null, undefined>;

/** Lists finished runs, newest first, linking to their results. */
function showRunList(main: Main, isClosed: () => boolean): void {
  const status = statusLine(main);
  api()
    .listRuns({ limit: 50 })
    .then((runs) => {
      if (isClosed()) return;
      if (runs.length === 0) return status(t('results.none'));
      main
        .append('ul')
        .attr('class', 'wt-run-list')
        .selectAll('li')
        .data(runs)
        .join('li')
        .append('a')
        .attr('href', (r) => (r.kind === 'compare' ? `#/compare/${encodeURIComponent(r.id)}` : `#/results/${encodeURIComponent(r.id)}`))
        .text((r) => t('results.listItem', { kind: t(r.kind === 'compare' ? 'job.compare' : 'job.run'), id: r.id, status: statusText(r.status), time: formatTime(r.createdAt) }));
    })
    .catch((err: unknown) => status(errorText(err), 'error'));
}

/** The stock chart with a picker of cabinet / SKU series. */
function stockCard(grid: Box, series: WardSeriesView): void {
  const choices = stockChoices(series);
  const initial = stockData(series);
  const card = chartCard(grid, stockLevel, initial) as Box;
  const chosen = new Set(defaultStockKeys(series));
  const picker = card.append('details').attr('class', 'wt-picker');
  picker.append('summary').text(t('results.pickSeries'));
  picker
    .selectAll('label')
    .data(choices)
    .join('label')
    .each(function (c) {
      const label = this as HTMLLabelElement;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = chosen.has(c.key);
      box.addEventListener('change', () => {
        if (box.checked) chosen.add(c.key);
        else chosen.delete(c.key);
        if (chosen.size > 0) stockLevel.render(card, stockData(series, [...chosen]));
      });
      label.replaceChildren(box, document.createTextNode(` ${t('results.hoursOut', { key: c.label, hours: formatCount(c.stockoutHours) })}`));
    });
}

/** The cabinet board with its replay scrubber; returns the scrubber's stop. */
function boardCard(grid: Box, series: WardSeriesView): () => void {
  const board = boardData(series);
  if (board === null) return () => undefined;
  const columns = 12;
  const cell = 16;
  const slots = Math.max(...board.cabinets.map((c) => c.slotSkus.length));
  const blockHeight = 14 + Math.ceil(slots / columns) * cell + 24;
  const perRow = Math.max(1, Math.floor((720 - 32 + 24) / (columns * cell + 24)));
  const options = { columns, cell, height: 52 + 48 + Math.ceil(board.cabinets.length / perRow) * blockHeight };
  const card = chartCard(grid, cabinetBoard, board, options) as Box;
  return timeScrubber(card, {
    frames: board.timesMin.length,
    label: (i) => clockLabel(board.timesMin[i]),
    onChange: (i) => cabinetBoard.render(card, board, { ...options, timeIndex: i }),
  });
}

/** Draws every chart of `run` into `grid`; returns cleanup. */
export function drawResults(grid: Box, run: RunView): () => void {
  let stop: () => void = () => undefined;
  const s = run.series;
  if (s !== null) {
    chartCard(grid, birthsHeatmap, birthsData(s), { unit: t('results.unitBirths') });
    stockCard(grid, s);
    stop = boardCard(grid, s);
    const waits = tripWaitData(s, run.kpis);
    if (waits !== null) chartCard(grid, tripWait, waits);
    const nurse = nurseSupplyData([{ name: presetName(run.scenarioId), series: s, byShift: run.nurseSupplyByShift }]);
    if (nurse !== null) chartCard(grid, nurseSupply, nurse);
  } else {
    grid.append('p').attr('class', 'wt-note').text(t('results.noSeries'));
  }
  const contacts = contactsData(run);
  if (contacts !== null) chartCard(grid, contactsMatrix, contacts, { unit: t('results.unitEpisodes') });
  return stop;
}

/** Shows the Results page for `params[0]` (a run id), or the run list. */
export function showResults(main: Main, params: string[]): () => void {
  let closed = false;
  let stop: () => void = () => undefined;
  const id = params[0];
  startPage(main, id === undefined ? t('results.title') : t('results.titleRun', { id }));
  if (id === undefined) {
    showRunList(main, () => closed);
    return () => {
      closed = true;
    };
  }
  const status = statusLine(main);
  status(t('results.loading'));
  showStoredJob(id, t('job.run'), t('results.nothing'), status, () => closed, (detail: RunDetail) => {
    if (detail.kind === 'compare') {
      location.hash = `#/compare/${encodeURIComponent(id)}`;
      return true;
    }
    performance.mark('wt-results-data');
    const run = readRun(detail.result);
    if (run === null) return false;
    status(t('results.summary', { scenario: presetLabel(run.scenarioId), status: statusText(detail.status) }));
    const grid = main.append<HTMLElement>('div').attr('class', 'wt-gallery');
    stop = drawResults(grid, run);
    kpiTable(main, run.kpis);
    requestAnimationFrame(() => {
      if (closed) return;
      performance.measure('wt-results-draw', 'wt-results-data');
      main.attr('data-drawn', 'true');
    });
    return true;
  });
  return () => {
    closed = true;
    stop();
  };
}
