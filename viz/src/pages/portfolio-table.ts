/**
 * The portfolio ranking as an HTML table (no map): rank, hospital, volume, preset, the plan
 * (cabinets, restock round times, yearly cost), each yearly effect with its 95 % interval,
 * benefit per yuan and status; then the rows of the form that were refused. Keyed by the
 * form's line, so a redraw as hospitals finish updates rows in place.
 */
import type { Selection } from 'd3';
import type { EffectView, PortfolioRowView, PortfolioView } from '../adapters/index.js';
import { fmt } from './_internals/page-kit.js';

/** Column headers, in order. */
export const PORTFOLIO_HEADERS = [
  'rank', 'line', 'hospital', 'deliveries/yr', 'preset', 'cabinets', 'rounds at', 'cost CNY/yr',
  'nurse min freed/yr (95 % CI)', 'crossings avoided/yr (95 % CI)', 'infections avoided/yr (95 % CI)', 'benefit CNY/yr (95 % CI)', 'benefit per CNY', 'status',
] as const;

function effectText(e: EffectView | null): string {
  if (e === null) return '–';
  return e.lo === null || e.hi === null ? fmt(e.mean) : `${fmt(e.mean)} (${fmt(e.lo)} to ${fmt(e.hi)})`;
}

const hhmm = (h: number): string => {
  const m = Math.round(h * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The cells of one row, as text. */
export function portfolioCells(r: PortfolioRowView): string[] {
  return [
    r.rank === null ? '–' : String(r.rank), String(r.line), r.name, fmt(r.deliveries), r.preset,
    r.cabinets === null ? '–' : String(r.cabinets), r.roundHours.map(hhmm).join(' ') || '–', r.costPerYear === null ? '–' : fmt(r.costPerYear),
    effectText(r.nurseMinutes), effectText(r.crossings), effectText(r.infections), effectText(r.benefit),
    r.benefitPerCost === null ? '–' : fmt(r.benefitPerCost), [r.status, ...r.flags].join(' '),
  ];
}

/** Draws (or redraws) the ranking and the refused rows under `parent`. */
export function renderPortfolioTable(parent: Selection<HTMLElement, unknown, null, undefined>, view: PortfolioView): void {
  let table = parent.select<HTMLTableElement>('table.wt-portfolio');
  if (table.empty()) {
    table = parent.append('table').attr('class', 'wt-kpi-table wt-portfolio');
    table.append('caption').text('Hospitals ranked by benefit per CNY of yearly cost (effects per year against the no-cabinet baseline, common random numbers)');
    table.append('thead').append('tr').selectAll('th').data(PORTFOLIO_HEADERS).join('th').text((d) => d);
    table.append('tbody');
  }
  table
    .select('tbody')
    .selectAll<HTMLTableRowElement, PortfolioRowView>('tr')
    .data(view.rows, (d) => String(d.line))
    .join('tr')
    .attr('data-line', (d) => d.line)
    .attr('data-status', (d) => d.status)
    .order()
    .selectAll('td')
    .data((d) => portfolioCells(d))
    .join('td')
    .text((d) => d);
  parent.select('ul.wt-refused').remove();
  if (view.refused.length > 0) {
    const list = parent.append('ul').attr('class', 'wt-refused');
    list.selectAll('li').data(view.refused).join('li').text((d) => `refused: ${d}`);
  }
}
