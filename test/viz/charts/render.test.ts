// @vitest-environment jsdom
// The render step joins data to elements: re-rendering updates in place (same nodes),
// new data enters, vanished data exits, and every chart carries a title, axis titles with
// units and tooltips.
import { describe, expect, it } from 'vitest';
import { birthsHeatmap, cabinetBoard, kpiDiff, sizingCurve, stockLevel, tripWait } from '../../../viz/src/charts/index.js';
import type { SizingSelectDetail } from '../../../viz/src/charts/index.js';
import * as fx from '../../../viz/src/gallery/fixtures.js';
import { freshContainer } from '../_support/snapshot.js';

describe('render() joins in place', () => {
  it('cabinet board: a new timeIndex updates the same slot nodes and the subtitle', () => {
    const c = freshContainer();
    const data = fx.boardFixture();
    cabinetBoard.render(c, data, { timeIndex: 0 });
    const before = c.selectAll('g.wt-slot').nodes();
    const firstText = c.select('g.wt-slot text').text();
    cabinetBoard.render(c, data, { timeIndex: 20 });
    const after = c.selectAll('g.wt-slot').nodes();
    expect(c.selectAll('svg').size()).toBe(1);
    expect(after).toHaveLength(24);
    after.forEach((n, i) => expect(n).toBe(before[i]));
    expect(c.select('g.wt-slot text').text()).not.toBe(firstText);
    expect(c.select('.wt-subtitle').text()).toContain('frame 21 of 24');
  });

  it('stock level: streamed samples extend the same path; dropped series exit', () => {
    const c = freshContainer();
    const full = fx.stockFixture();
    const early = { ...full, endMin: 1440, series: full.series.map((s) => ({ ...s, timesMin: s.timesMin.slice(0, 24), levels: s.levels.slice(0, 24), stockouts: [] })) };
    stockLevel.render(c, early);
    const path = c.select('path.wt-line').node();
    const d0 = c.select('path.wt-line').attr('d');
    stockLevel.render(c, full);
    expect(c.select('path.wt-line').node()).toBe(path);
    expect(c.select('path.wt-line').attr('d')).not.toBe(d0);
    expect(c.selectAll('rect.wt-stockout').size()).toBeGreaterThan(0);
    stockLevel.render(c, { ...full, series: full.series.slice(0, 1) });
    expect(c.selectAll('path.wt-line').size()).toBe(1);
  });

  it('trip wait: markers sit at x(p50) and x(p95) in the DOM', () => {
    const c = freshContainer();
    const data = fx.tripWaitFixture();
    tripWait.render(c, data);
    const l = tripWait.layout(data);
    const xs = c.selectAll<SVGGElement, unknown>('g.wt-marker').nodes().map((n) => n.getAttribute('transform'));
    expect(xs).toEqual([`translate(${l.x(data.p50Min)},0)`, `translate(${l.x(data.p95Min)},0)`]);
  });

  it('kpi diff: one whisker per KPI, fewer KPIs remove rows', () => {
    const c = freshContainer();
    const data = fx.kpiDiffFixture();
    kpiDiff.render(c, data);
    expect(c.selectAll('path.wt-whisker').size()).toBe(6);
    kpiDiff.render(c, { ...data, rows: data.rows.slice(0, 2) });
    expect(c.selectAll('path.wt-whisker').size()).toBe(2);
  });

  it('sizing curve: clicking a point emits wt-sizing-select with its run', () => {
    const c = freshContainer();
    sizingCurve.render(c, fx.sizingFixture());
    const got: SizingSelectDetail[] = [];
    c.node()!.addEventListener(sizingCurve.sizingSelectEvent, (e) => got.push((e as CustomEvent<SizingSelectDetail>).detail));
    const points = c.selectAll<SVGCircleElement, unknown>('circle.wt-point').nodes();
    points[8 + 4].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    points[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(got).toEqual([
      { target: 'p95 wait ≤ 2 min, fill ≥ 99 %', deliveries: 9000, cabinets: 4, runId: 'run-9000' },
      { target: 'p95 wait ≤ 5 min', deliveries: 1500, cabinets: 1 },
    ]);
  });

  it('sizing curve: the points are one tab stop; Enter or Space on a point emits wt-sizing-select, other keys do not', () => {
    const c = freshContainer();
    sizingCurve.render(c, fx.sizingFixture());
    const got: SizingSelectDetail[] = [];
    c.node()!.addEventListener(sizingCurve.sizingSelectEvent, (e) => got.push((e as CustomEvent<SizingSelectDetail>).detail));
    const points = c.selectAll<SVGCircleElement, unknown>('circle.wt-point').nodes();
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['0', ...Array<string>(15).fill('-1')]);
    expect(points[8 + 4].getAttribute('role')).toBe('button');
    expect(points[0].getAttribute('role')).toBe('img');
    points[8 + 4].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    points[8 + 4].dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    points[8 + 5].dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(got.map((d) => d.runId)).toEqual(['run-9000', fx.sizingFixture().curves[1].runIds?.[5]]);
  });

  it('births heat map: title, unit-labelled axes, legend and a tooltip per cell', () => {
    const c = freshContainer();
    birthsHeatmap.render(c, fx.birthsFixture());
    expect(c.select('.wt-title').text()).toBe('Births by hour of day and weekday');
    expect(c.selectAll<SVGTextElement, unknown>('.wt-axis-title').nodes().map((n) => n.textContent)).toEqual(['Hour of day (h)', 'Weekday']);
    expect(c.selectAll('g.wt-ramp rect').size()).toBe(24);
    expect(c.selectAll('rect.wt-cell title').size()).toBe(168);
    birthsHeatmap.render(c, fx.birthsFixture());
    expect(c.selectAll('rect.wt-cell title').size()).toBe(168);
  });
});
