/**
 * Cabinets needed against annual deliveries (the sizing page): for each service target
 * (e.g. "p95 wait ≤ 5 min, fill rate ≥ 99 %") the smallest number of cabinets that met it at
 * each delivery volume tried. A planner finds the hospital's volume on the x axis; clicking a
 * point (or pressing Enter on it: the points are one tab stop, walked with the arrow keys)
 * emits {@link sizingSelectEvent} so the page can open that point's run.
 */
import { max, min, scaleLinear, line, curveStepAfter } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { allFinite, check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { swatchLegend } from './_internals/legend.js';
import { verticalRules } from './_internals/rules.js';
import { categorical, neutral } from './_internals/palette.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t, tCount } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'sizing-curve';

/** Name of the bubbling DOM CustomEvent fired when a point is clicked. */
export const sizingSelectEvent = 'wt-sizing-select';

/** `detail` of {@link sizingSelectEvent}. `runId` is absent when the point has no run. */
export interface SizingSelectDetail {
  target: string;
  deliveries: number;
  cabinets: number;
  runId?: string;
}

/** One target's curve: annual deliveries tried, cabinets needed at each, and optional run ids. */
export interface SizingCurve {
  target: string;
  deliveries: number[];
  cabinets: number[];
  runIds?: string[];
}

/** Input: the curves and optionally the hospital's own annual deliveries (vertical rule). */
export interface SizingCurveData {
  curves: SizingCurve[];
  hospitalDeliveries?: number;
}

/** Options; unset fields take {@link defaults}. */
export type SizingCurveOptions = ChartOptions;

/** Defaults: 640 x 340 px. */
export const defaults: SizingCurveOptions = {
  width: 640,
  height: 340,
  margin: { top: 56, right: 24, bottom: 48, left: 56 },
  get title() {
    return t('sizingCurve.title');
  },
};

/** Data + options -> scales (y from 0 in whole cabinets), step paths and points. */
export function layout(data: SizingCurveData, options: Partial<SizingCurveOptions> = {}) {
  const o = { ...defaults, ...options };
  check(data.curves.length > 0, kind, 'curves must not be empty');
  data.curves.forEach((c, i) => {
    check(c.deliveries.length === c.cabinets.length && c.deliveries.length > 0, kind, `curves[${i}] deliveries and cabinets must be non-empty and of equal length`);
    check(allFinite(c.deliveries) && allFinite(c.cabinets), kind, `curves[${i}] values must be finite`);
    check(c.runIds === undefined || c.runIds.length === c.deliveries.length, kind, `curves[${i}].runIds must have one id per point`);
  });
  const { innerWidth, innerHeight } = plotSize(o);
  const all = data.curves.flatMap((c) => c.deliveries).concat(data.hospitalDeliveries ?? []);
  const x = scaleLinear()
    .domain([min(all) ?? 0, max(all) ?? 1])
    .nice()
    .range([0, innerWidth]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(data.curves, (c) => max(c.cabinets)) ?? 1)])
    .nice()
    .range([innerHeight, 0]);
  const step = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .curve(curveStepAfter);
  const curves = data.curves.map((c, i) => {
    const pts = c.deliveries.map((d, j): [number, number] => [d, c.cabinets[j]]).sort((a, b) => a[0] - b[0]);
    return { target: c.target, color: categorical(i), path: step(pts) ?? '' };
  });
  const points = data.curves.flatMap((c, i) =>
    c.deliveries.map((d, j) => {
      const detail: SizingSelectDetail = { target: c.target, deliveries: d, cabinets: c.cabinets[j], ...(c.runIds ? { runId: c.runIds[j] } : {}) };
      return { key: `${c.target}@${d}`, detail, x: x(d), y: y(c.cabinets[j]), color: categorical(i) };
    }),
  );
  const hospitalX = data.hospitalDeliveries === undefined ? null : x(data.hospitalDeliveries);
  return { options: o, innerWidth, innerHeight, x, y, curves, points, hospitalX };
}

/** The pure geometry: scales, step paths, clickable `points` and the hospital's rule (px). */
export type SizingCurveLayout = ReturnType<typeof layout>;

/** Draw or update the chart; point clicks dispatch {@link sizingSelectEvent} from the point. */
export function render(container: ChartContainer, data: SizingCurveData, options: Partial<SizingCurveOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const hospital = l.hospitalX === null ? [] : [{ key: 'hospital', x: l.hospitalX }];
  verticalRules(f.layer('wt-hospital'), 'wt-hospital-line', hospital, { stroke: neutral, dash: '4,3', y1: 0, y2: l.innerHeight });
  f.layer('wt-lines')
    .selectAll<SVGPathElement, SizingCurveLayout['curves'][number]>('path.wt-line')
    .data(l.curves, (d) => d.target)
    .join('path')
    .attr('class', 'wt-line')
    .attr('d', (d) => d.path)
    .attr('fill', 'none')
    .attr('stroke', (d) => d.color)
    .attr('stroke-width', 2);
  const open = (node: Element, d: SizingCurveLayout['points'][number]): void => {
    node.dispatchEvent(new CustomEvent<SizingSelectDetail>(sizingSelectEvent, { detail: d.detail, bubbles: true }));
  };
  const points = f
    .layer('wt-points')
    .selectAll<SVGCircleElement, SizingCurveLayout['points'][number]>('circle.wt-point')
    .data(l.points, (d) => d.key)
    .join('circle')
    .attr('class', 'wt-point')
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y)
    .attr('r', 5)
    .attr('fill', (d) => d.color)
    .attr('stroke', '#ffffff')
    .attr('cursor', 'pointer')
    .on('click', function (_event, d) {
      open(this, d);
    });
  const tip = ({ detail: d }: SizingCurveLayout['points'][number]): string =>
    t(d.runId === undefined ? 'sizingCurve.tip' : 'sizingCurve.tipOpen', { target: d.target, cabinets: tCount('cabinets', d.cabinets), deliveries: num(d.deliveries) });
  tooltip(points, tip);
  // Points with a run are buttons: Enter or Space opens the run, as a click does.
  keyboardPoints(points, {
    label: tip,
    opens: (d) => d.detail.runId !== undefined,
    activate: open,
  });
  const axes = f.layer('wt-axes');
  drawAxis<number>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('sizingCurve.axisX'), t('sizingCurve.unitX')) }, l.innerWidth, l.innerHeight);
  drawAxis<number>(axes, { side: 'left', scale: l.y, title: axisTitle(t('sizingCurve.axisY'), t('sizingCurve.unitY')), format: (v) => (Number.isInteger(v) ? String(v) : '') }, l.innerWidth, l.innerHeight);
  swatchLegend(
    f.layer('wt-legend'),
    [...l.curves.map((c) => ({ label: c.target, color: c.color, shape: 'line' as const })), ...(l.hospitalX === null ? [] : [{ label: t('sizingCurve.hospital'), color: neutral, shape: 'line' as const }])],
    0,
    -20,
  );
}

/** Rows: target, deliveries per year, cabinets needed, run id (empty when none). */
export function table(data: SizingCurveData): Table {
  const rows = data.curves.flatMap((c) => c.deliveries.map((d, j) => [c.target, d, c.cabinets[j], c.runIds?.[j] ?? '']));
  return { columns: ['target', 'deliveriesPerYear', 'cabinetsNeeded', 'runId'], rows };
}
