/**
 * Trip wait distribution: how long companions and mothers queue at a cabinet (or counter)
 * before being served. Bars are the histogram, the line its cumulative share (right axis),
 * and the median and 95th percentile are marked, the two figures the KPIs report.
 */
import { max, scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { allFinite, check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { swatchLegend } from './_internals/legend.js';
import { categorical } from './_internals/palette.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'trip-wait';

/** Input: histogram bin edges (min, n+1 ascending), counts per bin (n) and the p50/p95 (min). */
export interface TripWaitData {
  binEdgesMin: number[];
  counts: number[];
  p50Min: number;
  p95Min: number;
}

/** Options; unset fields take {@link defaults}. */
export type TripWaitOptions = ChartOptions;

/** Defaults: 720 x 300 px. */
export const defaults: TripWaitOptions = {
  width: 720,
  height: 300,
  margin: { top: 56, right: 56, bottom: 48, left: 56 },
  get title() {
    return t('chart.wait.title');
  },
};

/** The pure geometry: bars, CDF points, and the p50/p95 marker positions. */
export interface TripWaitLayout {
  options: TripWaitOptions;
  innerWidth: number;
  innerHeight: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  yCdf: ScaleLinear<number, number>;
  bars: { loMin: number; hiMin: number; count: number; x: number; width: number; y: number; height: number }[];
  /** CDF vertices (px), from (first edge, 0) through each bin's right edge. */
  cdf: { x: number; y: number; share: number }[];
  markers: { label: 'p50' | 'p95'; valueMin: number; x: number }[];
}

/** Data + options -> scales and shapes. Rejects edges that do not bracket the counts. */
export function layout(data: TripWaitData, options: Partial<TripWaitOptions> = {}): TripWaitLayout {
  const o = { ...defaults, ...options };
  const e = data.binEdgesMin;
  check(e.length === data.counts.length + 1 && data.counts.length > 0, kind, `binEdgesMin must have counts.length + 1 (=${data.counts.length + 1}) entries (got ${e.length})`);
  check(allFinite(e) && e.every((v, i) => i === 0 || v > e[i - 1]), kind, 'binEdgesMin must be finite and strictly ascending');
  check(data.counts.every((c) => c >= 0), kind, 'counts must be >= 0');
  const { innerWidth, innerHeight } = plotSize(o);
  const x = scaleLinear().domain([e[0], Math.max(e[e.length - 1], data.p95Min)]).range([0, innerWidth]);
  const y = scaleLinear().domain([0, Math.max(1, max(data.counts) ?? 1)]).nice().range([innerHeight, 0]);
  const yCdf = scaleLinear().domain([0, 1]).range([innerHeight, 0]);
  const bars = data.counts.map((count, i) => ({ loMin: e[i], hiMin: e[i + 1], count, x: x(e[i]), width: Math.max(0, x(e[i + 1]) - x(e[i]) - 1), y: y(count), height: innerHeight - y(count) }));
  const total = data.counts.reduce((a, b) => a + b, 0);
  let cum = 0;
  const cdf = [{ x: x(e[0]), y: yCdf(0), share: 0 }];
  data.counts.forEach((c, i) => {
    cum += c;
    const share = total > 0 ? cum / total : 0;
    cdf.push({ x: x(e[i + 1]), y: yCdf(share), share });
  });
  const markers = [
    { label: 'p50' as const, valueMin: data.p50Min, x: x(data.p50Min) },
    { label: 'p95' as const, valueMin: data.p95Min, x: x(data.p95Min) },
  ];
  return { options: o, innerWidth, innerHeight, x, y, yCdf, bars, cdf, markers };
}

/** Draw or update the chart in `container`. */
export function render(container: ChartContainer, data: TripWaitData, options: Partial<TripWaitOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const barColor = categorical(4);
  const cdfColor = categorical(0);
  const markColor = categorical(3);
  const bars = f
    .layer('wt-marks')
    .selectAll<SVGRectElement, TripWaitLayout['bars'][number]>('rect.wt-bar')
    .data(l.bars, (d) => String(d.loMin))
    .join('rect')
    .attr('class', 'wt-bar')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .attr('fill', barColor);
  const tip = (d: TripWaitLayout['bars'][number]): string => t('chart.wait.binTip', { from: num(d.loMin), to: num(d.hiMin), count: num(d.count) });
  tooltip(bars, tip);
  keyboardPoints(bars, { label: tip });
  f.layer('wt-cdf')
    .selectAll<SVGPolylineElement, TripWaitLayout['cdf']>('polyline.wt-cdf-line')
    .data([l.cdf])
    .join('polyline')
    .attr('class', 'wt-cdf-line')
    .attr('points', (d) => d.map((p) => `${p.x},${p.y}`).join(' '))
    .attr('fill', 'none')
    .attr('stroke', cdfColor)
    .attr('stroke-width', 2);
  const marks = f
    .layer('wt-markers')
    .selectAll<SVGGElement, TripWaitLayout['markers'][number]>('g.wt-marker')
    .data(l.markers, (d) => d.label)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'wt-marker');
      g.append('line').attr('stroke', markColor).attr('stroke-width', 1.5);
      g.append('text').attr('fill', markColor);
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},0)`);
  marks.select('line').attr('y1', 0).attr('y2', l.innerHeight).attr('stroke-dasharray', (d) => (d.label === 'p95' ? '5,3' : null));
  // p50 labelled to the left of its rule and p95 to the right, so close values do not collide.
  marks
    .select('text')
    .attr('y', -4)
    .attr('x', (d) => (d.label === 'p50' ? -3 : 3))
    .attr('text-anchor', (d) => (d.label === 'p50' ? 'end' : 'start'))
    .text((d) => t('chart.wait.mark', { label: d.label, value: num(d.valueMin) }));
  tooltip(marks, (d) => t(d.label === 'p50' ? 'chart.wait.medianTip' : 'chart.wait.p95Tip', { value: num(d.valueMin, 2) }));
  const axes = f.layer('wt-axes');
  drawAxis<number>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('chart.wait.axis'), t('chart.unit.min')) }, l.innerWidth, l.innerHeight);
  drawAxis<number>(axes, { side: 'left', scale: l.y, title: axisTitle(t('chart.wait.trips'), t('chart.unit.count')) }, l.innerWidth, l.innerHeight);
  drawAxis<number>(axes, { side: 'right', scale: l.yCdf, title: axisTitle(t('chart.wait.share'), '%'), format: (v) => String(Math.round(v * 100)) }, l.innerWidth, l.innerHeight);
  swatchLegend(
    f.layer('wt-legend'),
    [
      { label: t('chart.wait.perBin'), color: barColor },
      { label: t('chart.wait.cumulative'), color: cdfColor, shape: 'line' },
      { label: 'p50 / p95', color: markColor, shape: 'line' },
    ],
    0,
    -24,
  );
}

/** Bins as rows: lower edge, upper edge (min), count. */
export function table(data: TripWaitData): Table {
  return { columns: ['waitFromMin', 'waitToMin', 'trips'], rows: data.counts.map((c, i) => [data.binEdgesMin[i], data.binEdgesMin[i + 1], c]) };
}
