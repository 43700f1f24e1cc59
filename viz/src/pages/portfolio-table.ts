/**
 * The portfolio ranking as an HTML table (no map): rank, hospital, volume, preset, the plan
 * (cabinets, restock round times, yearly cost), each yearly effect with its 95 % interval,
 * benefit per yuan and status; then the rows of the form that were refused. Keyed by the
 * form's line, so a redraw as hospitals finish updates rows in place.
 */
import type { Selection } from 'd3';
import { presetName } from '../adapters/index.js';
import type { EffectView, PortfolioRowView, PortfolioView } from '../adapters/index.js';
import { messagesOf, t } from '../i18n/index.js';
import type { MessageKey } from '../i18n/index.js';
import { fmt } from './_internals/page-kit.js';

/** Column headers, in order, as message ids. */
export const PORTFOLIO_HEADER_KEYS = [
  'portfolio.col.rank', 'portfolio.col.line', 'portfolio.col.hospital', 'portfolio.col.deliveries', 'portfolio.col.preset', 'portfolio.col.cabinets',
  'portfolio.col.rounds', 'portfolio.col.cost', 'portfolio.col.nurse', 'portfolio.col.crossings', 'portfolio.col.infections', 'portfolio.col.benefit',
  'portfolio.col.perCost', 'portfolio.col.status',
] as const satisfies readonly MessageKey[];

/** A status or flag id of a portfolio row in words; an id the catalogue does not know as given. */
function rowWord(prefix: 'portfolio.status.' | 'portfolio.flag.', id: string): string {
  const key = `${prefix}${id}`;
  return key in messagesOf('en') ? t(key as MessageKey) : id;
}

function effectText(e: EffectView | null): string {
  if (e === null) return '–';
  return e.lo === null || e.hi === null ? fmt(e.mean) : t('portfolio.effect', { mean: fmt(e.mean), low: fmt(e.lo), high: fmt(e.hi) });
}

const hhmm = (h: number): string => {
  const m = Math.round(h * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The cells of one row, as text. */
export function portfolioCells(r: PortfolioRowView): string[] {
  return [
    r.rank === null ? '–' : String(r.rank), String(r.line), r.name, fmt(r.deliveries), presetName(r.preset),
    r.cabinets === null ? '–' : String(r.cabinets), r.roundHours.map(hhmm).join(' ') || '–', r.costPerYear === null ? '–' : fmt(r.costPerYear),
    effectText(r.nurseMinutes), effectText(r.crossings), effectText(r.infections), effectText(r.benefit),
    r.benefitPerCost === null ? '–' : fmt(r.benefitPerCost),
    [rowWord('portfolio.status.', r.status), ...r.flags.map((f) => rowWord('portfolio.flag.', f))].join(' '),
  ];
}

/** Draws (or redraws) the ranking and the refused rows under `parent`. */
export function renderPortfolioTable(parent: Selection<HTMLElement, unknown, null, undefined>, view: PortfolioView): void {
  let table = parent.select<HTMLTableElement>('table.wt-portfolio');
  if (table.empty()) {
    table = parent.append('table').attr('class', 'wt-kpi-table wt-portfolio');
    table.append('caption').text(t('portfolio.caption'));
    table.append('thead').append('tr').selectAll('th').data(PORTFOLIO_HEADER_KEYS).join('th').text((d) => t(d));
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
    list.selectAll('li').data(view.refused).join('li').text((d) => t('portfolio.refused', { row: d }));
  }
}
