// @vitest-environment jsdom
// The charts speak the page's language: drawn in Chinese, a chart's title (its aria label),
// axis titles, legends and tooltips come from the zh-CN catalogue and none of the English chart
// texts is left; drawn in English they are the texts of the SVG snapshots (checked there).
import { afterEach, describe, expect, it } from 'vitest';
import { twinView } from '../../../viz/src/adapters/index.js';
import { birthsHeatmap, cabinetBoard, contactsMatrix, kpiDiff, nurseSupply, sizingCurve, stockLevel, tornado, tripWait, twinBoard, twinCabinets } from '../../../viz/src/charts/index.js';
import type { ChartContainer } from '../../../viz/src/charts/index.js';
import * as fx from '../../../viz/src/gallery/fixtures.js';
import { messagesOf, setLocale, t } from '../../../viz/src/i18n/index.js';
import type { MessageKey } from '../../../viz/src/i18n/index.js';
import { freshContainer } from '../_support/snapshot.js';
import { forecast, state } from '../_support/twin-fixtures.js';

const cases: [string, MessageKey, (c: ChartContainer) => void][] = [
  ['births-heatmap', 'chart.births.title', (c) => birthsHeatmap.render(c, fx.birthsFixture())],
  ['stock-level', 'chart.stock.title', (c) => stockLevel.render(c, fx.stockFixture())],
  ['cabinet-board', 'chart.board.title', (c) => cabinetBoard.render(c, fx.boardFixture(), { timeIndex: 12 })],
  ['trip-wait', 'chart.wait.title', (c) => tripWait.render(c, fx.tripWaitFixture())],
  ['nurse-supply', 'chart.nurse.title', (c) => nurseSupply.render(c, fx.nurseSupplyFixture())],
  ['contacts-matrix', 'chart.contacts.title', (c) => contactsMatrix.render(c, fx.contactsFixture())],
  ['kpi-diff', 'chart.diff.title', (c) => kpiDiff.render(c, fx.kpiDiffFixture())],
  ['twin-cabinets', 'twinCabinets.title', (c) => twinCabinets.render(c, fx.twinFixture())],
  ['tornado', 'chart.tornado.title', (c) => tornado.render(c, fx.tornadoFixture())],
  ['twin-board', 'twinChart.title', (c) => twinBoard.render(c, { view: twinView(state, forecast), clockText: '' })],
  ['sizing-curve', 'sizingCurve.title', (c) => sizingCurve.render(c, fx.sizingFixture())],
];

/** Every text a person can read in the chart: text nodes, tooltips and aria labels. */
function readable(c: ChartContainer): string {
  const svg = c.select('svg').node() as SVGSVGElement;
  const labels = [...svg.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label') ?? '');
  return [svg.textContent ?? '', ...labels].join('\n');
}

/** The English chart texts a Chinese chart must not show (words, without parameters). */
function englishChartTexts(): string[] {
  const en = messagesOf('en');
  const zh = messagesOf('zh-CN');
  return (Object.keys(en) as MessageKey[])
    .filter((k) => /^(chart|twinChart|twinCabinets|sizingCurve)\./.test(k))
    .flatMap((k) => en[k].split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => part.length > 4 && /[a-z]{3}/.test(part) && !Object.values(zh).some((z) => z.includes(part)));
}

describe('charts in zh-CN', () => {
  afterEach(() => setLocale('en', false));

  it.each(cases)('%s draws its title, axes, legend and tooltips in Chinese', (_name, title, draw) => {
    setLocale('zh-CN', false);
    const c = freshContainer();
    draw(c);
    expect(c.select('svg').attr('aria-label')).toBe(t(title));
    const text = readable(c);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(englishChartTexts().filter((m) => text.includes(m))).toEqual([]);
  });
});
