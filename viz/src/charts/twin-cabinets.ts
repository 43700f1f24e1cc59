/**
 * The live twin's cabinets: per slot, how full it is now (left) and how many hours until the
 * forecast says it runs out (right), against the next restock round. A bar that ends before
 * the restock line is a slot that will be empty before anyone refills it.
 */
import { scaleBand, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { swatchLegend } from './_internals/legend.js';
import { verticalRules } from './_internals/rules.js';
import { categorical, neutral } from './_internals/palette.js';
import { clockLabel } from './_internals/time-axis.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'twin-cabinets';

/** One slot now: level and capacity (units), forecast hours to stock-out (null: none within the forecast). */
export interface TwinSlot {
  cabinet: string;
  slot: string;
  sku: string;
  level: number;
  capacity: number;
  hoursToStockout: number | null;
}

/** Input: the twin's clock (min from start), hours to the next restock round (null: none planned), slots. */
export interface TwinCabinetsData {
  nowMin: number;
  nextRestockHours: number | null;
  slots: TwinSlot[];
}

/** Options; unset fields take {@link defaults}. */
export interface TwinCabinetsOptions extends ChartOptions {
  /** Forecast horizon shown, hours (default 48). */
  horizonHours: number;
}

/** Defaults: 720 x 360 px, 48 h horizon. */
export const defaults: TwinCabinetsOptions = {
  width: 720,
  height: 360,
  margin: { top: 56, right: 24, bottom: 48, left: 150 },
  get title() {
    return t('twinCabinets.title');
  },
  horizonHours: 48,
};

/** Colours: runs out before the restock round, holds until it, no stock-out forecast. */
export const riskColors = { before: categorical(3), after: categorical(0), none: neutral } as const;

/** Data + options -> rows, the fill scale (0–100 %) and the forecast scale (0–horizon h). */
export function layout(data: TwinCabinetsData, options: Partial<TwinCabinetsOptions> = {}) {
  const o = { ...defaults, ...options };
  check(o.horizonHours > 0, kind, `horizonHours(=${o.horizonHours}) must be > 0`);
  data.slots.forEach((s, i) => {
    check(s.capacity > 0 && s.level >= 0, kind, `slots[${i}] capacity must be > 0 and level >= 0`);
    check(s.hoursToStockout === null || s.hoursToStockout >= 0, kind, `slots[${i}].hoursToStockout must be >= 0 or null`);
  });
  const { innerWidth, innerHeight } = plotSize(o);
  const fillPanel = Math.round(innerWidth * 0.3);
  const forecastLeft = fillPanel + 24;
  const forecastWidth = innerWidth - forecastLeft;
  const fillX = scaleLinear().domain([0, 1]).range([0, fillPanel]);
  const hoursX = scaleLinear().domain([0, o.horizonHours]).range([forecastLeft, innerWidth]);
  const y = scaleBand<string>()
    .domain(data.slots.map((s) => `${s.cabinet}/${s.slot}`))
    .range([0, innerHeight])
    .padding(0.2);
  const rows = data.slots.map((s) => {
    const key = `${s.cabinet}/${s.slot}`;
    const h = s.hoursToStockout;
    const risk: keyof typeof riskColors = h === null ? 'none' : data.nextRestockHours === null || h < data.nextRestockHours ? 'before' : 'after';
    return {
      ...s,
      key,
      y: y(key) ?? 0,
      height: y.bandwidth(),
      fillWidth: fillX(Math.min(1, s.level / s.capacity)) - fillX(0),
      forecastWidth: hoursX(Math.min(h ?? o.horizonHours, o.horizonHours)) - forecastLeft,
      risk,
    };
  });
  const r = data.nextRestockHours;
  const restockX = r === null || r > o.horizonHours ? null : hoursX(r);
  return { options: o, innerHeight, fillX, hoursX, forecastLeft, forecastWidth, y, rows, restockX };
}

/** The pure geometry: fill scale, forecast scale from `forecastLeft` px, one row per slot. */
export type TwinCabinetsLayout = ReturnType<typeof layout>;

/** Draw or update the chart in `container`. */
export function render(container: ChartContainer, data: TwinCabinetsData, options: Partial<TwinCabinetsOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title, subtitle: t('twinCabinets.now', { time: clockLabel(data.nowMin) }) });
  const rows = f
    .layer('wt-marks')
    .selectAll<SVGGElement, TwinCabinetsLayout['rows'][number]>('g.wt-slot')
    .data(l.rows, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'wt-slot');
      g.append('text').attr('class', 'wt-slot-label').attr('text-anchor', 'end').attr('x', -6);
      g.append('rect').attr('class', 'wt-fill-bg').attr('fill', '#eeeeee');
      g.append('rect').attr('class', 'wt-fill').attr('fill', categorical(2));
      g.append('rect').attr('class', 'wt-forecast');
      return g;
    })
    .attr('transform', (d) => `translate(0,${d.y})`);
  rows.select('.wt-slot-label').attr('y', (d) => d.height / 2 + 4).text((d) => `${d.cabinet} · ${d.sku}`);
  rows.select('.wt-fill-bg').attr('width', l.fillX(1)).attr('height', (d) => d.height);
  rows.select('.wt-fill').attr('width', (d) => d.fillWidth).attr('height', (d) => d.height);
  rows
    .select('.wt-forecast')
    .attr('x', l.forecastLeft)
    .attr('width', (d) => d.forecastWidth)
    .attr('height', (d) => d.height)
    .attr('fill', (d) => riskColors[d.risk]);
  const tip = (d: TwinCabinetsLayout['rows'][number]): string =>
    t('twinCabinets.tip', { cabinet: d.cabinet, slot: d.slot, sku: d.sku, level: num(d.level), capacity: num(d.capacity), forecast: d.hoursToStockout === null ? t('twinCabinets.noOut', { hours: o.horizonHours }) : t('twinCabinets.outIn', { hours: num(d.hoursToStockout) }) });
  tooltip(rows, tip);
  keyboardPoints(rows, { label: tip });
  const restock = l.restockX === null ? [] : [{ key: 'restock', x: l.restockX }];
  verticalRules(f.layer('wt-restock'), 'wt-restock', restock, { stroke: '#000000', dash: '4,3', y1: -6, y2: l.innerHeight });
  const axes = f.layer('wt-axes');
  drawAxis<number>(axes, { side: 'bottom', scale: l.fillX, title: axisTitle(t('twinCabinets.fill'), '%'), ticks: [0, 0.5, 1], format: (v) => String(v * 100) }, l.fillX(1), l.innerHeight);
  const forecastAxis = f.layer('wt-axes-forecast');
  // drawAxis centres the title on [0, width]; this width centres it over the forecast panel.
  drawAxis<number>(forecastAxis, { side: 'bottom', scale: l.hoursX, title: axisTitle(t('twinCabinets.forecast'), t('chart.unit.h')) }, l.forecastLeft * 2 + l.forecastWidth, l.innerHeight);
  swatchLegend(
    f.layer('wt-legend'),
    [
      { label: t('twinCabinets.before'), color: riskColors.before },
      { label: t('twinCabinets.after'), color: riskColors.after },
      { label: t('twinCabinets.none'), color: riskColors.none },
      { label: t('twinCabinets.next'), color: '#000000', shape: 'line' },
    ],
    0,
    -20,
  );
}

/** Rows: cabinet, slot, sku, level, capacity, hours to stock-out (empty when none). */
export function table(data: TwinCabinetsData): Table {
  return {
    columns: ['cabinet', 'slot', 'sku', 'levelUnits', 'capacityUnits', 'hoursToStockout'],
    rows: data.slots.map((s) => [s.cabinet, s.slot, s.sku, s.level, s.capacity, s.hoursToStockout ?? '']),
  };
}
