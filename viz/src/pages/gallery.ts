/**
 * The chart gallery (`#/gallery`): every chart drawn from fixture data, with its export
 * buttons, the board's time scrubber and the sizing chart's click event, so the charts can be
 * looked at and tested in a browser before the pages that feed them live data exist.
 */
import type { Selection } from 'd3';
import { birthsHeatmap, cabinetBoard, contactsMatrix, kpiDiff, nurseSupply, sizingCurve, stockLevel, tornado, tripWait, twinCabinets } from '../charts/index.js';
import type { ChartContainer, ChartModule, SizingSelectDetail } from '../charts/index.js';
import { timeScrubber } from '../controls/time-scrubber.js';
import { exportToolbar } from '../export/index.js';
import { clockLabel } from '../charts/_internals/time-axis.js';
import { t, tCount } from '../i18n/index.js';
import { setPageTitle } from './_internals/page-kit.js';
import {
  birthsFixture,
  boardFixture,
  contactsFixture,
  kpiDiffFixture,
  tornadoFixture,
  nurseSupplyFixture,
  sizingFixture,
  stockFixture,
  tripWaitFixture,
  twinFixture,
} from '../gallery/fixtures.js';

/** Add a card holding one chart with its export buttons; returns the card. */
function card<D, O>(main: Selection<HTMLElement, unknown, null, undefined>, chart: ChartModule<D, O>, data: D): ChartContainer {
  const box: ChartContainer = main.append('section').attr('class', 'wt-card').attr('data-chart', chart.kind);
  chart.render(box, data);
  exportToolbar(box, chart.kind, () => chart.table(data));
  return box;
}

/** Draw the gallery into `main` (which is emptied first). Returns a cleanup function. */
export function showGallery(main: Selection<HTMLElement, unknown, null, undefined>): () => void {
  setPageTitle(main, t('gallery.title'));
  main.selectAll('*').remove();
  main.append('h2').text(t('gallery.heading'));
  const grid = main.append<HTMLElement>('div').attr('class', 'wt-gallery');
  card(grid, birthsHeatmap, birthsFixture());
  card(grid, stockLevel, stockFixture());
  const board = boardFixture();
  const boardCard = card(grid, cabinetBoard, board);
  const stop = timeScrubber(boardCard as Selection<HTMLElement, unknown, null, undefined>, {
    frames: board.timesMin.length,
    label: (i) => clockLabel(board.timesMin[i]),
    onChange: (i) => cabinetBoard.render(boardCard, board, { timeIndex: i }),
  });
  card(grid, tripWait, tripWaitFixture());
  card(grid, nurseSupply, nurseSupplyFixture());
  card(grid, contactsMatrix, contactsFixture());
  card(grid, kpiDiff, kpiDiffFixture());
  card(grid, tornado, tornadoFixture());
  const sizing = card(grid, sizingCurve, sizingFixture());
  const picked = sizing.append('p').attr('class', 'wt-picked').text(t('gallery.pick'));
  sizing.on(sizingCurve.sizingSelectEvent, (event: CustomEvent<SizingSelectDetail>) => {
    const d = event.detail;
    picked.text(t(d.runId === undefined ? 'gallery.picked' : 'gallery.pickedRun', { target: d.target, deliveries: d.deliveries, cabinets: tCount('cabinets', d.cabinets), id: d.runId ?? '' }));
  });
  card(grid, twinCabinets, twinFixture());
  return stop;
}
