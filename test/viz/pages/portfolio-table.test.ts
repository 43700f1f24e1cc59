// @vitest-environment jsdom
// The Portfolio page's ranking: the adapter reads a portfolio result (or refuses another
// document), the table keeps the result's rank order with each effect's interval, and the
// refused rows of the form are listed.
import { select } from 'd3';
import { describe, expect, it } from 'vitest';
import { portfolioView } from '../../../viz/src/adapters/index.js';
import { PORTFOLIO_HEADER_KEYS, renderPortfolioTable } from '../../../viz/src/pages/portfolio-table.js';
import { t } from '../../../viz/src/i18n/index.js';

const s = (mean: number, lo: number, hi: number) => ({ mean, sd: 1, ci95: [lo, hi], n: 2 });
const effects = (k: number) => ({ method: 'paired-crn', nurseSupplyMinutesFreedPerYear: s(1000 * k, 900 * k, 1100 * k), boundaryCrossingsAvoidedPerYear: s(50 * k, 40 * k, 60 * k), expectedInfectionsAvoidedPerYear: s(k, 0.5 * k, 1.5 * k), benefitCnyPerYear: s(20_000 * k, 10_000 * k, 30_000 * k) });
const RESULT = {
  kind: 'portfolio',
  hospitals: [
    { rank: 1, line: 3, name: '市妇幼保健院', annualDeliveries: 7000, preset: 'city-mch', status: 'planned', flags: [], plan: { cabinets: 3, roundHours: [7, 12.5], costPerYear: 100_000 }, effects: effects(3), benefitPerCost: 0.6, reason: null },
    { rank: 2, line: 2, name: '县医院, 北院', annualDeliveries: 1200, preset: 'county-mch', status: 'planned', flags: ['no-separate-obstetrics'], plan: { cabinets: 1, roundHours: [18.5], costPerYear: 35_000 }, effects: effects(1), benefitPerCost: 0.57, reason: null },
    { rank: null, line: 5, name: '无场地医院', annualDeliveries: 3000, preset: 'county-mch', status: 'not-eligible', flags: ['no-floor-space'], plan: null, effects: null, benefitPerCost: null, reason: 'no floor space for a cabinet' },
  ],
  rowErrors: [{ line: 4, column: 2, columnName: '年分娩量', rule: 'integer', message: 'annualDeliveries(="abc") must be a whole number' }],
};

describe('the Portfolio page ranking', () => {
  it('portfolioView() reads a portfolio result and refuses other documents', () => {
    const v = portfolioView(RESULT)!;
    expect(v.rows.map((r) => [r.rank, r.line, r.name])).toEqual([[1, 3, '市妇幼保健院'], [2, 2, '县医院, 北院'], [null, 5, '无场地医院']]);
    expect(v.rows[0].nurseMinutes).toEqual({ mean: 3000, lo: 2700, hi: 3300 });
    expect(v.rows[2]).toMatchObject({ cabinets: null, costPerYear: null, benefit: null, status: 'not-eligible', flags: ['no-floor-space'] });
    expect(v.refused).toEqual(['line 4, column 2 (年分娩量): integer: annualDeliveries(="abc") must be a whole number']);
    expect(portfolioView({ kind: 'sizing', curve: [] })).toBeNull();
    expect(portfolioView('nonsense')).toBeNull();
  });

  it('renderPortfolioTable() draws one row per hospital in rank order with the intervals, and the refused rows; a redraw replaces rows in place', () => {
    document.body.innerHTML = '<main></main>';
    const main = select<HTMLElement, unknown>(document.querySelector('main') as HTMLElement);
    renderPortfolioTable(main, portfolioView(RESULT)!);
    expect(main.selectAll<HTMLElement, unknown>('th').nodes().map((n) => n.textContent)).toEqual(PORTFOLIO_HEADER_KEYS.map((k) => t(k)));
    expect(main.select('th').text()).toBe('rank');
    const rows = main.selectAll<HTMLTableRowElement, unknown>('tbody tr').nodes();
    expect(rows.map((r) => r.dataset.line)).toEqual(['3', '2', '5']);
    const cells = (r: HTMLTableRowElement) => [...r.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells(rows[0]).slice(0, 8)).toEqual(['1', '3', '市妇幼保健院', '7,000', 'city-mch', '3', '07:00 12:30', '100,000']);
    expect(cells(rows[0])[8]).toBe('3,000 (2,700 to 3,300)');
    expect(cells(rows[2])[13]).toBe('not-eligible no-floor-space');
    expect(main.selectAll<HTMLElement, unknown>('ul.wt-refused li').nodes().map((n) => n.textContent)).toEqual(['refused: line 4, column 2 (年分娩量): integer: annualDeliveries(="abc") must be a whole number']);
    // The next draw (e.g. the finished job) swaps the order: rows follow the ranking, none duplicated.
    renderPortfolioTable(main, portfolioView({ ...RESULT, hospitals: [RESULT.hospitals[1], RESULT.hospitals[0]], rowErrors: [] })!);
    expect(main.selectAll<HTMLTableRowElement, unknown>('tbody tr').nodes().map((r) => r.dataset.line)).toEqual(['2', '3']);
    expect(main.selectAll('table').size()).toBe(1);
    expect(main.selectAll('ul.wt-refused').size()).toBe(0);
  });
});
