/**
 * The live chart of the Run page: the running mean of one KPI after each finished
 * replication, drawn as the stream's points arrive, so a planner sees the estimate settle.
 * A pure layout step (points to scales and a path) and a render step that joins in place.
 */
import { axisBottom, axisLeft, extent, line, scaleLinear } from 'd3';
import type { ChartContainer } from '../charts/index.js';
import { keyboardPoints, okabeIto, tooltip } from '../charts/index.js';
import { describeKpi } from '../adapters/index.js';
import type { SeriesPoint } from '../api/index.js';
import { formatKpiValue, t, tCount } from '../i18n/index.js';

/** Size of the live chart, px. */
export const defaults = { width: 640, height: 240, margin: { top: 36, right: 16, bottom: 40, left: 64 } };

/** One drawn point: replication number and value. */
export interface LivePoint {
  replication: number;
  value: number;
}

/** The KPI values of a stream point: its `runningMeans` when present, else its own numbers. */
function values(p: SeriesPoint): Record<string, unknown> {
  const means = p.runningMeans;
  return typeof means === 'object' && means !== null && !Array.isArray(means) ? (means as Record<string, unknown>) : p;
}

/** The running means of `key` in stream points; the n-th point is after n replications. */
export function livePoints(points: readonly SeriesPoint[], key: string): LivePoint[] {
  const out: LivePoint[] = [];
  for (const p of points) {
    const v = values(p)[key];
    if (typeof v === 'number' && Number.isFinite(v)) out.push({ replication: out.length + 1, value: v });
  }
  return out;
}

/** The numeric KPI keys found in the points (the live chart's choices). */
export function liveKeys(points: readonly SeriesPoint[]): string[] {
  const keys = new Set<string>();
  const skip = ['replication', 'replications', 'done', 'total'];
  for (const p of points) for (const [k, v] of Object.entries(values(p))) if (typeof v === 'number' && !skip.includes(k)) keys.add(k);
  return [...keys];
}

/** Scales and the path of the live chart. */
export function layout(points: readonly LivePoint[]) {
  const { width, height, margin } = defaults;
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const [x0, x1] = extent(points, (p) => p.replication);
  const [y0, y1] = extent(points, (p) => p.value);
  const x = scaleLinear().domain([1, Math.max(2, x1 ?? 2, x0 ?? 1)]).range([0, innerWidth]);
  const pad = y0 === undefined || y1 === undefined ? 1 : Math.max((y1 - y0) * 0.1, Math.abs(y1) * 0.01, 1e-9);
  const y = scaleLinear().domain([(y0 ?? 0) - pad, (y1 ?? 1) + pad]).nice().range([innerHeight, 0]);
  const path = line<LivePoint>().x((p) => x(p.replication)).y((p) => y(p.value))(points as LivePoint[]) ?? '';
  return { innerWidth, innerHeight, x, y, path, dots: points.map((p) => ({ ...p, cx: x(p.replication), cy: y(p.value) })) };
}

/** Draws or updates the live chart of `key` in `container`. */
export function render(container: ChartContainer, points: readonly LivePoint[], key: string): void {
  const { width, height, margin } = defaults;
  const l = layout(points);
  const info = describeKpi(key);
  const svg = container.selectAll<SVGSVGElement, number>('svg.wt-live').data([0]).join('svg').attr('class', 'wt-live').attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
  const title = t('run.liveTitle', { kpi: info.label });
  svg.attr('aria-label', title);
  svg.selectAll('text.wt-title').data([0]).join('text').attr('class', 'wt-title').attr('x', 8).attr('y', 20).text(title);
  const plot = svg.selectAll<SVGGElement, number>('g.wt-plot').data([0]).join('g').attr('class', 'wt-plot').attr('transform', `translate(${margin.left},${margin.top})`);
  plot.selectAll<SVGGElement, number>('g.wt-x').data([0]).join('g').attr('class', 'wt-x').attr('transform', `translate(0,${l.innerHeight})`).call(axisBottom(l.x).ticks(6).tickFormat((d) => String(d)));
  plot.selectAll<SVGGElement, number>('g.wt-y').data([0]).join('g').attr('class', 'wt-y').call(axisLeft(l.y).ticks(5));
  plot.selectAll('text.wt-xlabel').data([0]).join('text').attr('class', 'wt-xlabel').attr('x', l.innerWidth / 2).attr('y', l.innerHeight + 34).attr('text-anchor', 'middle').text(t('run.axisReplications'));
  plot.selectAll('text.wt-ylabel').data([0]).join('text').attr('class', 'wt-ylabel').attr('transform', `translate(-48,${l.innerHeight / 2}) rotate(-90)`).attr('text-anchor', 'middle').text(info.unit === '' ? info.label : `${info.label} (${info.unit})`);
  plot.selectAll('path.wt-line').data([l.path]).join('path').attr('class', 'wt-line').attr('fill', 'none').attr('stroke', okabeIto[4]).attr('stroke-width', 2).attr('d', (d) => d);
  const dots = plot
    .selectAll<SVGCircleElement, (typeof l.dots)[number]>('circle.wt-dot')
    .data(l.dots, (d) => String(d.replication))
    .join('circle')
    .attr('class', 'wt-dot')
    .attr('r', 3)
    .attr('fill', okabeIto[4])
    .attr('cx', (d) => d.cx)
    .attr('cy', (d) => d.cy);
  // Each point reads its replication count and the running mean with the KPI's unit and format, by mouse and by keyboard.
  const tip = (d: LivePoint): string => {
    const value = formatKpiValue(d.value, info.format);
    return t('run.livePoint', { replications: tCount('replications', d.replication), value: info.unit === '' || info.format === 'share' ? value : `${value} ${info.unit}` });
  };
  tooltip(dots, tip);
  keyboardPoints(dots, { label: tip });
}
