/**
 * Births heat map: births by hour of day (columns) and weekday (rows). It shows the ward's
 * rhythm the model reproduces: spontaneous labour peaking before dawn on every day, scheduled
 * caesareans filling weekday mornings and missing at weekends.
 */
import { max, scaleBand } from 'd3';
import type { ScaleBand, ScaleSequential } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { check, allFinite, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { rampLegend } from './_internals/legend.js';
import { sequential, textOn } from './_internals/palette.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { weekdayName } from './_internals/time-axis.js';
import { t } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'births-heatmap';

/** Weekday labels, Monday first as the simulation clock starts on a Monday. */
export const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Births per cell: `counts[weekday][hour]`, 7 rows (Mon..Sun) of 24 hours; any unit. */
export interface BirthsHeatmapData {
  counts: number[][];
}

/** Options; unset fields take {@link defaults}. */
export interface BirthsHeatmapOptions extends ChartOptions {
  /** Unit of a cell's value, shown in legend and tooltips. */
  unit: string;
}

/** Defaults: 720 x 300 px, unit 'count' (births in the slot over the run). */
export const defaults: BirthsHeatmapOptions = {
  width: 720,
  height: 300,
  margin: { top: 48, right: 16, bottom: 64, left: 52 },
  get title() {
    return t('chart.births.title');
  },
  get unit() {
    return t('chart.unit.count');
  },
};

/** One cell of the map: position, size, colour and value. */
export interface HeatCell {
  weekday: number;
  hour: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Text colour readable on `fill`. */
  ink: string;
}

/** The pure geometry of the map. */
export interface BirthsHeatmapLayout {
  options: BirthsHeatmapOptions;
  innerWidth: number;
  innerHeight: number;
  x: ScaleBand<number>;
  y: ScaleBand<string>;
  color: ScaleSequential<string>;
  cells: HeatCell[];
}

/** Data + options -> scales and cells. Rejects a count grid that is not 7 x 24 finite numbers. */
export function layout(data: BirthsHeatmapData, options: Partial<BirthsHeatmapOptions> = {}): BirthsHeatmapLayout {
  const o = { ...defaults, ...options };
  check(data.counts.length === 7, kind, `counts must have 7 weekday rows (got ${data.counts.length})`);
  data.counts.forEach((row, i) => {
    check(row.length === 24, kind, `counts[${i}] must have 24 hours (got ${row.length})`);
    check(allFinite(row) && row.every((v) => v >= 0), kind, `counts[${i}] must be finite numbers >= 0`);
  });
  const { innerWidth, innerHeight } = plotSize(o);
  const x = scaleBand<number>().domain(Array.from({ length: 24 }, (_, h) => h)).range([0, innerWidth]).padding(0.05);
  const days = weekdays.map((_, i) => weekdayName(i));
  const y = scaleBand<string>().domain(days).range([0, innerHeight]).padding(0.05);
  const color = sequential(0, max(data.counts.flat()) ?? 0, 'viridis');
  const [lo, hi] = color.domain();
  const cells = data.counts.flatMap((row, weekday) =>
    row.map((value, hour) => ({
      weekday,
      hour,
      value,
      x: x(hour) ?? 0,
      y: y(days[weekday]) ?? 0,
      width: x.bandwidth(),
      height: y.bandwidth(),
      fill: color(value),
      ink: textOn((value - lo) / (hi - lo)),
    })),
  );
  return { options: o, innerWidth, innerHeight, x, y, color, cells };
}

/** Draw or update the heat map in `container`. */
export function render(container: ChartContainer, data: BirthsHeatmapData, options: Partial<BirthsHeatmapOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const cells = f
    .layer('wt-marks')
    .selectAll<SVGRectElement, HeatCell>('rect.wt-cell')
    .data(l.cells, (d) => `${d.weekday}-${d.hour}`)
    .join('rect')
    .attr('class', 'wt-cell')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .attr('fill', (d) => d.fill);
  const tip = (d: HeatCell): string => t('chart.births.tip', { day: weekdayName(d.weekday), from: `${String(d.hour).padStart(2, '0')}:00`, to: `${String(d.hour + 1).padStart(2, '0')}:00`, n: num(d.value), unit: o.unit });
  tooltip(cells, tip);
  // A weekday per row, an hour per column: ArrowUp and ArrowDown keep the hour and change the day.
  keyboardPoints(cells, { label: tip, columns: 24 });
  const axes = f.layer('wt-axes');
  drawAxis<number>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('chart.births.hour'), t('chart.unit.h')), ticks: [0, 3, 6, 9, 12, 15, 18, 21] }, l.innerWidth, l.innerHeight);
  drawAxis<string>(axes, { side: 'left', scale: l.y, title: axisTitle(t('chart.births.weekday'), '') }, l.innerWidth, l.innerHeight);
  rampLegend(f.layer('wt-legend'), l.color, axisTitle(t('chart.births.legend'), o.unit), l.innerWidth - 160, l.innerHeight + 36, 160, (v) => num(v));
}

/** The grid as a long table: weekday, hour, value. */
export function table(data: BirthsHeatmapData): Table {
  return {
    columns: ['weekday', 'hour', 'births'],
    rows: data.counts.flatMap((row, w) => row.map((v, h) => [weekdays[w], h, v])),
  };
}
