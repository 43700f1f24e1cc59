// @vitest-environment jsdom
// Keyboard access to the points of every chart that has them: Tab reaches one point of the
// chart (a roving tab stop), the arrow keys, Home and End move the focus from point to point,
// each point is named by its value with its unit in the page's language, the tab stop follows
// the focus and survives a re-render, and Enter opens a sizing point's run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { twinView } from '../../../viz/src/adapters/index.js';
import { birthsHeatmap, cabinetBoard, contactsMatrix, kpiDiff, nurseSupply, sizingCurve, stockLevel, tornado, tripWait, twinBoard, twinCabinets } from '../../../viz/src/charts/index.js';
import type { ChartContainer, SizingSelectDetail } from '../../../viz/src/charts/index.js';
import { keyTarget } from '../../../viz/src/charts/_internals/keyboard-points.js';
import * as fx from '../../../viz/src/gallery/fixtures.js';
import { setLocale } from '../../../viz/src/i18n/index.js';
import { freshContainer } from '../_support/snapshot.js';
import { forecast, state } from '../_support/twin-fixtures.js';

/** What Tab reaches inside the chart: its elements with a tabindex of 0 or more. Focuses the one stop. */
function tabInto(c: ChartContainer): Element {
  const svg = c.select<SVGSVGElement>('svg.wt-chart').node();
  if (svg === null) throw new Error('no chart drawn');
  const stops = [...svg.querySelectorAll('[tabindex]')].filter((n) => Number(n.getAttribute('tabindex')) >= 0);
  expect(stops, 'one tab stop per chart').toHaveLength(1);
  (stops[0] as SVGElement).focus();
  expect(document.activeElement).toBe(stops[0]);
  return stops[0];
}

/** Presses `key` on the focused element; answers whether the chart took the key (no page scroll). */
function press(key: string): boolean {
  const target = document.activeElement;
  if (target === null) throw new Error('nothing focused');
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The focused element's accessible name, after checking it is the chart's only tab stop. */
function focusedLabel(c: ChartContainer): string | null {
  const focused = document.activeElement;
  const stops = c.selectAll<Element, unknown>('[tabindex="0"]').nodes();
  expect(stops).toEqual([focused]);
  expect(focused?.classList.contains('wt-focusable')).toBe(true);
  return focused?.getAttribute('aria-label') ?? null;
}

interface Case {
  name: string;
  draw: (c: ChartContainer) => void;
  points: number;
  first: string;
  second: string;
  last: string;
  /** A grid's row length, and the label one row below the first point. */
  down?: [number, string];
}

const cases: Case[] = [
  {
    name: 'births-heatmap', draw: (c) => birthsHeatmap.render(c, fx.birthsFixture()), points: 168,
    first: 'Mon 00:00–01:00: 27 births (count)', second: 'Mon 01:00–02:00: 29 births (count)', last: 'Sun 23:00–24:00: 25 births (count)',
    down: [24, 'Tue 00:00–01:00: 27 births (count)'],
  },
  {
    // The 5 stock-outs, then 24 evenly spaced levels of each of the 3 lines.
    name: 'stock-level (stock-outs, then levels)', draw: (c) => stockLevel.render(c, fx.stockFixture()), points: 5 + 3 * 24,
    first: 'C1 · nappies out of stock Mon d0 15:00 – Mon d0 17:00 (2 h)', second: 'C1 · nappies out of stock Tue d1 03:00 – Tue d1 05:00 (2 h)', last: 'C2 · nappies: 48 units at Wed d2 21:00',
  },
  {
    name: 'cabinet-board', draw: (c) => cabinetBoard.render(c, fx.boardFixture(), { timeIndex: 12 }), points: 24,
    first: 'C1 · nappies: 29 of 60 units (48 %)', second: 'C1 · nappies: 28 of 60 units (47 %)', last: 'C2 · mat. pads: 18 of 40 units (45 %)',
  },
  {
    name: 'trip-wait', draw: (c) => tripWait.render(c, fx.tripWaitFixture()), points: 43,
    first: '0–0.5 min: 1,027 trips', second: '0.5–1 min: 306 trips', last: '21–21.5 min: 1 trips',
  },
  {
    name: 'nurse-supply', draw: (c) => nurseSupply.render(c, fx.nurseSupplyFixture()), points: 6,
    first: 'baseline (nurse station), shift A 08–16: 74 min', second: 'baseline (nurse station), shift P 16–24: 61 min', last: 'cabinets, shift N 00–08: 9 min',
  },
  {
    name: 'contacts-matrix', draw: (c) => contactsMatrix.render(c, fx.contactsFixture()), points: 36,
    first: 'mother with mother: 2.10 contacts per day', second: 'mother with newborn: 11.50 contacts per day', last: 'public with public: 0.50 contacts per day',
    down: [6, 'newborn with mother: 11.50 contacts per day'],
  },
  {
    name: 'kpi-diff', draw: (c) => kpiDiff.render(c, fx.kpiDiffFixture()), points: 6,
    first: 'nurse supply min/shift: -58.20 % vs baseline (95 % CI -63.10 to -53.30)', second: 'trip duration mean: -41.70 % vs baseline (95 % CI -46 to -37.40)',
    last: 'restock labour hours: 34.50 % vs baseline (95 % CI 28.90 to 40.10)',
  },
  {
    name: 'sizing-curve', draw: (c) => sizingCurve.render(c, fx.sizingFixture()), points: 16,
    first: 'p95 wait ≤ 5 min: 1 cabinet at 1,500 deliveries/yr', second: 'p95 wait ≤ 5 min: 1 cabinet at 3,000 deliveries/yr',
    last: 'p95 wait ≤ 2 min, fill ≥ 99 %: 8 cabinets at 20,000 deliveries/yr (click or press Enter to open the run)',
  },
  {
    name: 'twin-cabinets', draw: (c) => twinCabinets.render(c, fx.twinFixture()), points: 8,
    first: 'C1 slot s1 (nappies): 12 of 60 units; out in 2.5 h', second: 'C1 slot s2 (nappies): 40 of 60 units; out in 9.1 h', last: 'C2 slot s4 (milk bags): 38 of 40 units; no stock-out within 48 h',
  },
  {
    name: 'tornado', draw: (c) => tornado.render(c, fx.tornadoFixture()), points: 8,
    first: '/catalog/targetHours: mu* 32.90 min (95 % CI 9.60 to 70), mu 32.90, sigma 32.50', second: '/channels/nurseStationStockShare: mu* 17.70 min (95 % CI 3.90 to 44.90), mu 17.70, sigma 23.60',
    last: '/births/inducedLabourShare: mu* 0.70 min (95 % CI 0.50 to 0.80), mu -0.70, sigma 0.20',
  },
  {
    name: 'twin-board', draw: (c) => twinBoard.render(c, { view: twinView(state, forecast), clockText: '' }), points: 7,
    first: 'cab-2 slot s0 (nappy): cabinet offline, nothing can be taken', second: 'cab-2 slot s1 (pad): cabinet offline, nothing can be taken',
    last: 'cab-3 slot s0 (pad): 4 of 10 units; 53 % chance of running out before the next restock',
  },
];

describe('keyboard access to chart points', () => {
  afterEach(() => {
    setLocale('en', false);
    document.body.replaceChildren();
  });

  it.each(cases)('$name: Tab reaches one point; arrows, Home and End move the focus and it reads value and unit', (k) => {
    const c = freshContainer();
    k.draw(c);
    expect(c.selectAll('.wt-focusable').size()).toBe(k.points);
    expect(c.select('svg').attr('role')).toBe('group');
    tabInto(c);
    expect(focusedLabel(c)).toBe(k.first);
    expect(press('ArrowRight')).toBe(true);
    expect(focusedLabel(c)).toBe(k.second);
    press('ArrowLeft');
    expect(focusedLabel(c)).toBe(k.first);
    // At the first point, moving back stays there.
    press('ArrowLeft');
    expect(focusedLabel(c)).toBe(k.first);
    expect(press('End')).toBe(true);
    expect(focusedLabel(c)).toBe(k.last);
    press('ArrowRight');
    expect(focusedLabel(c)).toBe(k.last);
    press('Home');
    expect(focusedLabel(c)).toBe(k.first);
    if (k.down === undefined) {
      // A list: down is the next point, up the one before.
      press('ArrowDown');
      expect(focusedLabel(c)).toBe(k.second);
      press('ArrowUp');
      expect(focusedLabel(c)).toBe(k.first);
    } else {
      press('ArrowDown');
      expect(focusedLabel(c)).toBe(k.down[1]);
      press('ArrowUp');
      expect(focusedLabel(c)).toBe(k.first);
    }
    // Other keys are left to the page.
    expect(press('Tab')).toBe(false);
    expect(press('a')).toBe(false);
    // The name is what the tooltip shows.
    const focused = document.activeElement as Element;
    expect(focused.querySelector('title')?.textContent).toBe(focused.getAttribute('aria-label'));
  });

  it('the tab stop stays on the point last visited when the chart re-renders (a replayed board frame)', () => {
    const c = freshContainer();
    const data = fx.boardFixture();
    cabinetBoard.render(c, data, { timeIndex: 0 });
    tabInto(c);
    press('ArrowRight');
    press('ArrowRight');
    const third = document.activeElement;
    cabinetBoard.render(c, data, { timeIndex: 20 });
    expect(tabInto(c)).toBe(third);
    expect(c.selectAll('g.wt-slot').nodes().indexOf(third as SVGGElement)).toBe(2);
  });

  it('stock chart: stock-outs that appear on a re-render still come before the levels', () => {
    const c = freshContainer();
    const full = fx.stockFixture();
    stockLevel.render(c, { ...full, series: full.series.map((s) => ({ ...s, stockouts: [] })) });
    stockLevel.render(c, full);
    tabInto(c);
    press('Home');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('C1 · nappies out of stock Mon d0 15:00 – Mon d0 17:00 (2 h)');
    press('End');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('C2 · nappies: 48 units at Wed d2 21:00');
  });

  it('a clicked point becomes the tab stop', () => {
    const c = freshContainer();
    kpiDiff.render(c, fx.kpiDiffFixture());
    const bars = c.selectAll<SVGGElement, unknown>('g.wt-kpi').nodes();
    bars[3].focus();
    expect(bars.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0', '-1', '-1']);
  });

  it('sizing curve: Enter or Space on a point with a run opens it; a point without a run is an image and does nothing', () => {
    const c = freshContainer();
    sizingCurve.render(c, fx.sizingFixture());
    const got: SizingSelectDetail[] = [];
    c.node()?.addEventListener(sizingCurve.sizingSelectEvent, (e) => got.push((e as CustomEvent<SizingSelectDetail>).detail));
    tabInto(c);
    expect(document.activeElement?.getAttribute('role')).toBe('img');
    expect(press('Enter')).toBe(false);
    expect(got).toEqual([]);
    press('End');
    expect(document.activeElement?.getAttribute('role')).toBe('button');
    expect(press('Enter')).toBe(true);
    press('ArrowLeft');
    press(' ');
    expect(got.map((d) => d.runId)).toEqual(['run-20000', fx.sizingFixture().curves[1].runIds?.[6]]);
    expect(c.select('svg desc').text()).toContain('Enter opens one');
  });

  it('in Chinese the points are named in Chinese with Chinese units, and the chart says how to move', () => {
    setLocale('zh-CN', false);
    const c = freshContainer();
    nurseSupply.render(c, fx.nurseSupplyFixture());
    tabInto(c);
    expect(focusedLabel(c)).toMatch(/^.+，A 08–16 班：74 分钟$/);
    const d = freshContainer();
    birthsHeatmap.render(d, fx.birthsFixture());
    tabInto(d);
    press('ArrowDown');
    expect(focusedLabel(d)).toMatch(/^周二 00:00–01:00：27 例分娩/);
    expect(d.select('svg desc').text()).toBe('按 Tab 键进入数据点；方向键在数据点之间移动，Home 和 End 键跳到第一个和最后一个。');
  });

  it('keyTarget(): arrows move by one or by a row and stop at the edges; Home and End; other keys none', () => {
    const cases: [string, number, number | null][] = [
      ['ArrowRight', 5, 6], ['ArrowLeft', 5, 4], ['ArrowDown', 5, 9], ['ArrowUp', 5, 1],
      ['ArrowDown', 9, 9], ['ArrowUp', 2, 2], ['ArrowRight', 11, 11], ['ArrowLeft', 0, 0],
      ['Home', 7, 0], ['End', 2, 11], ['PageDown', 3, null], ['Enter', 3, null],
    ];
    for (const [key, from, to] of cases) expect([key, from, keyTarget(key, from, 12, 4)]).toEqual([key, from, to]);
    expect(keyTarget('ArrowDown', 3, 12, 1)).toBe(4);
  });

  it('styles.css colours the focus ring black outside white', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../viz/src/styles.css'), 'utf8');
    expect(css).toMatch(/\.wt-ring-outer\s*\{[^}]*stroke:\s*#000;\s*stroke-width:\s*3px/);
    expect(css).toMatch(/\.wt-ring-inner\s*\{[^}]*stroke:\s*#fff;\s*stroke-width:\s*2px/);
  });
});
