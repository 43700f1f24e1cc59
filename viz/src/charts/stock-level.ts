/**
 * Stock level over time, one line per SKU in a cabinet: the step line is what the slot
 * holds, shaded spans are stock-outs (a mother's companion found the slot empty), and the
 * ticks along the top are restock rounds. It answers "did the rounds come soon enough?".
 */
import { line, curveStepAfter, max, min, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { allFinite, check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { swatchLegend } from './_internals/legend.js';
import { verticalRules } from './_internals/rules.js';
import { categorical, neutral } from './_internals/palette.js';
import { clockLabel, timeTicks } from './_internals/time-axis.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t, tCount } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'stock-level';

/** One SKU in one cabinet: sampled level (units) at sample times (min), and its stock-outs. */
export interface StockSeries {
  sku: string;
  cabinet: string;
  /** Sample times, minutes from scenario start, ascending. */
  timesMin: number[];
  /** Units in the slot(s) from each sample time until the next. */
  levels: number[];
  /** Stock-out spans, minutes from scenario start. */
  stockouts: { startMin: number; endMin: number }[];
}

/** Input: the series, restock round times (min) and the end of the observed window (min). */
export interface StockLevelData {
  series: StockSeries[];
  restocksMin: number[];
  endMin: number;
}

/** Options; unset fields take {@link defaults}. */
export type StockLevelOptions = ChartOptions;

/** Defaults: 720 x 320 px. */
export const defaults: StockLevelOptions = {
  width: 720,
  height: 320,
  margin: { top: 56, right: 16, bottom: 48, left: 56 },
  get title() {
    return t('chart.stock.title');
  },
};

/** Most level marks per line (samples are thinned evenly beyond this). */
const MAX_LEVEL_MARKS = 24;

/** Data + options -> scales, step paths, stock-out spans, level marks and restock marks. */
export function layout(data: StockLevelData, options: Partial<StockLevelOptions> = {}) {
  const o = { ...defaults, ...options };
  data.series.forEach((s, i) => {
    check(s.timesMin.length === s.levels.length, kind, `series[${i}] timesMin and levels must have equal length`);
    check(allFinite(s.timesMin) && allFinite(s.levels), kind, `series[${i}] times and levels must be finite`);
    check(s.timesMin.every((t, j) => j === 0 || t >= s.timesMin[j - 1]), kind, `series[${i}].timesMin must be ascending`);
  });
  const startMin = min(data.series, (s) => s.timesMin[0]) ?? 0;
  check(data.endMin > startMin, kind, `endMin(=${data.endMin}) must be after the first sample (${startMin})`);
  const { innerWidth, innerHeight } = plotSize(o);
  const x = scaleLinear().domain([startMin, data.endMin]).range([0, innerWidth]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(data.series, (s) => max(s.levels)) ?? 1)])
    .nice()
    .range([innerHeight, 0]);
  const path = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .curve(curveStepAfter);
  const lines = data.series.map((s, i) => {
    const points = s.timesMin.map((t, j): [number, number] => [t, s.levels[j]]);
    if (points.length > 0) points.push([data.endMin, s.levels[s.levels.length - 1]]);
    return { key: `${s.cabinet}/${s.sku}`, label: `${s.cabinet} · ${s.sku}`, color: categorical(i), path: path(points) ?? '' };
  });
  const spans = data.series.flatMap((s, i) =>
    s.stockouts.map((so) => {
      const a = Math.max(so.startMin, startMin);
      const b = Math.min(so.endMin, data.endMin);
      return { key: `${lines[i].key}@${so.startMin}`, label: lines[i].label, color: lines[i].color, startMin: so.startMin, endMin: so.endMin, x: x(a), width: Math.max(0, x(b) - x(a)) };
    }),
  );
  // A keyboard reader steps through each line's level at evenly spaced samples (all of them when few).
  const levels = data.series.flatMap((s, i) => {
    const step = Math.max(1, Math.ceil(s.timesMin.length / MAX_LEVEL_MARKS));
    return s.timesMin.flatMap((time, j) => (j % step === 0 ? [{ key: `${lines[i].key}#${time}`, label: lines[i].label, color: lines[i].color, timeMin: time, units: s.levels[j], cx: x(time), cy: y(s.levels[j]) }] : []));
  });
  const restocks = data.restocksMin.filter((t) => t >= startMin && t <= data.endMin).map((t) => ({ timeMin: t, x: x(t) }));
  return { options: o, innerWidth, innerHeight, x, y, lines, spans, levels, restocks };
}

/** The pure geometry: scales, step paths (`lines`), stock-out `spans`, sampled `levels` and `restocks` (px). */
export type StockLevelLayout = ReturnType<typeof layout>;

/** Draw or update the chart in `container`. */
export function render(container: ChartContainer, data: StockLevelData, options: Partial<StockLevelOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const spans = f
    .layer('wt-spans')
    .selectAll<SVGRectElement, StockLevelLayout['spans'][number]>('rect.wt-stockout')
    .data(l.spans, (d) => d.key)
    .join('rect')
    .attr('class', 'wt-stockout')
    .attr('x', (d) => d.x)
    .attr('width', (d) => d.width)
    .attr('y', 0)
    .attr('height', l.innerHeight)
    .attr('fill', (d) => d.color)
    .attr('fill-opacity', 0.2);
  const outTip = (d: StockLevelLayout['spans'][number]): string => t('chart.stock.outTip', { label: d.label, from: clockLabel(d.startMin), to: clockLabel(d.endMin), hours: num((d.endMin - d.startMin) / 60) });
  tooltip(spans, outTip);
  const levels = f
    .layer('wt-spans')
    .selectAll<SVGCircleElement, StockLevelLayout['levels'][number]>('circle.wt-level')
    .data(l.levels, (d) => d.key)
    .join('circle')
    .attr('class', 'wt-level')
    .attr('cx', (d) => d.cx)
    .attr('cy', (d) => d.cy)
    .attr('r', 2.5)
    .attr('fill', (d) => d.color);
  const levelTip = (d: StockLevelLayout['levels'][number]): string => t('chart.stock.levelTip', { label: d.label, time: clockLabel(d.timeMin), units: tCount('units', d.units) });
  tooltip(levels, levelTip);
  // One tab stop for the chart: the stock-outs first (what a planner looks for), then each line's
  // levels. A re-render appends new marks at the end, so put both back in that order first.
  spans.order();
  levels.raise();
  type Mark = StockLevelLayout['spans'][number] | StockLevelLayout['levels'][number];
  const marks = f.layer('wt-spans').selectAll<SVGElement, Mark>('rect.wt-stockout, circle.wt-level');
  keyboardPoints(marks, { label: (d) => ('startMin' in d ? outTip(d) : levelTip(d)) });
  const restocks = l.restocks.map((r) => ({ key: String(r.timeMin), x: r.x, tip: t('chart.stock.restockTip', { time: clockLabel(r.timeMin) }) }));
  verticalRules(f.layer('wt-restocks'), 'wt-restock', restocks, { stroke: neutral, dash: '2,3', y1: -8, y2: l.innerHeight });
  const lines = f
    .layer('wt-lines')
    .selectAll<SVGPathElement, StockLevelLayout['lines'][number]>('path.wt-line')
    .data(l.lines, (d) => d.key)
    .join('path')
    .attr('class', 'wt-line')
    .attr('d', (d) => d.path)
    .attr('fill', 'none')
    .attr('stroke', (d) => d.color)
    .attr('stroke-width', 1.5);
  tooltip(lines, (d) => d.label);
  const ticks = timeTicks(l.x.domain()[0], l.x.domain()[1]);
  const axes = f.layer('wt-axes');
  const labelOf = new Map(ticks.valuesMin.map((v, i) => [v, ticks.labels[i]]));
  drawAxis<number>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('chart.stock.time'), t(ticks.unit === 'h' ? 'chart.unit.h' : 'chart.unit.days')), ticks: ticks.valuesMin, format: (v) => labelOf.get(v) ?? '' }, l.innerWidth, l.innerHeight);
  drawAxis<number>(axes, { side: 'left', scale: l.y, title: axisTitle(t('chart.stock.level'), t('chart.unit.units')) }, l.innerWidth, l.innerHeight);
  swatchLegend(
    f.layer('wt-legend'),
    [...l.lines.map((d) => ({ label: d.label, color: d.color, shape: 'line' as const })), { label: t('chart.stock.out'), color: '#cccccc' }, { label: t('chart.stock.restock'), color: neutral, shape: 'line' as const }],
    0,
    -20,
  );
}

/** Every sample as a row: cabinet, sku, time (min), level (units). */
export function table(data: StockLevelData): Table {
  return {
    columns: ['cabinet', 'sku', 'timeMin', 'levelUnits'],
    rows: data.series.flatMap((s) => s.timesMin.map((t, j) => [s.cabinet, s.sku, t, s.levels[j]])),
  };
}
