/**
 * Nurse supply minutes per shift: the nurse time spent handing over or fetching supplies in
 * each shift (A 08–16, P 16–24, N 00–08 by default). Grouped bars put scenarios side by
 * side, e.g. the no-cabinet baseline against cabinets, since cutting this time is the
 * programme's first stated aim.
 */
import { max, scaleBand, scaleLinear } from 'd3';
import type { ScaleBand, ScaleLinear } from 'd3';
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
export const kind = 'nurse-supply';

/** Input: shift labels and, per scenario (series), minutes per shift in the same order. */
export interface NurseSupplyData {
  shifts: string[];
  series: { name: string; minutes: number[] }[];
}

/** Options; unset fields take {@link defaults}. */
export type NurseSupplyOptions = ChartOptions;

/** Defaults: 560 x 300 px. */
export const defaults: NurseSupplyOptions = {
  width: 560,
  height: 300,
  margin: { top: 56, right: 16, bottom: 48, left: 56 },
  get title() {
    return t('chart.nurse.title');
  },
};

/** One bar: shift, series, minutes and its rectangle (px). */
export interface SupplyBar {
  shift: string;
  series: string;
  minutes: number;
  color: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pure geometry of the chart. */
export interface NurseSupplyLayout {
  options: NurseSupplyOptions;
  innerWidth: number;
  innerHeight: number;
  x: ScaleBand<string>;
  inner: ScaleBand<string>;
  y: ScaleLinear<number, number>;
  bars: SupplyBar[];
}

/** Data + options -> band scales (shift, then series within shift), y in minutes, bars. */
export function layout(data: NurseSupplyData, options: Partial<NurseSupplyOptions> = {}): NurseSupplyLayout {
  const o = { ...defaults, ...options };
  check(data.series.length > 0, kind, 'series must not be empty');
  data.series.forEach((s, i) => {
    check(s.minutes.length === data.shifts.length, kind, `series[${i}].minutes must have one value per shift (${data.shifts.length})`);
    check(allFinite(s.minutes) && s.minutes.every((m) => m >= 0), kind, `series[${i}].minutes must be finite and >= 0`);
  });
  const { innerWidth, innerHeight } = plotSize(o);
  const x = scaleBand<string>().domain(data.shifts).range([0, innerWidth]).padding(0.2);
  const inner = scaleBand<string>().domain(data.series.map((s) => s.name)).range([0, x.bandwidth()]).padding(0.08);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(data.series, (s) => max(s.minutes)) ?? 1)])
    .nice()
    .range([innerHeight, 0]);
  const bars = data.series.flatMap((s, si) =>
    s.minutes.map((minutes, i) => ({
      shift: data.shifts[i],
      series: s.name,
      minutes,
      color: categorical(si),
      x: (x(data.shifts[i]) ?? 0) + (inner(s.name) ?? 0),
      y: y(minutes),
      width: inner.bandwidth(),
      height: innerHeight - y(minutes),
    })),
  );
  return { options: o, innerWidth, innerHeight, x, inner, y, bars };
}

/** Draw or update the chart in `container`. */
export function render(container: ChartContainer, data: NurseSupplyData, options: Partial<NurseSupplyOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const bars = f
    .layer('wt-marks')
    .selectAll<SVGRectElement, SupplyBar>('rect.wt-bar')
    .data(l.bars, (d) => `${d.series}/${d.shift}`)
    .join('rect')
    .attr('class', 'wt-bar')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .attr('fill', (d) => d.color);
  const tip = (d: SupplyBar): string => t('chart.nurse.tip', { series: d.series, shift: d.shift, minutes: num(d.minutes) });
  tooltip(bars, tip);
  keyboardPoints(bars, { label: tip });
  const axes = f.layer('wt-axes');
  drawAxis<string>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('chart.nurse.shift'), '') }, l.innerWidth, l.innerHeight);
  drawAxis<number>(axes, { side: 'left', scale: l.y, title: axisTitle(t('chart.nurse.axis'), t('chart.nurse.unit')) }, l.innerWidth, l.innerHeight);
  // A single series needs no legend: the title already names what the bars are.
  swatchLegend(
    f.layer('wt-legend'),
    data.series.length > 1 ? data.series.map((s, i) => ({ label: s.name, color: categorical(i) })) : [],
    0,
    -20,
  );
}

/** Rows: series, shift, minutes. */
export function table(data: NurseSupplyData): Table {
  return { columns: ['series', 'shift', 'nurseSupplyMin'], rows: data.series.flatMap((s) => s.minutes.map((m, i) => [s.name, data.shifts[i], m])) };
}
