/**
 * KPI differences, cabinets minus baseline, as bars with 95 % confidence-interval whiskers
 * (the compare page). A bar whose whisker crosses zero is a difference the replications
 * cannot tell from noise, so it is drawn grey; the others in Okabe–Ito blue.
 */
import { max, min, scaleBand, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { swatchLegend } from './_internals/legend.js';
import { verticalRules } from './_internals/rules.js';
import { categorical, neutral } from './_internals/palette.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'kpi-diff';

/** One KPI: label, mean difference and its 95 % CI `[lo, hi]`, all in the chart's unit. */
export interface KpiDiffRow {
  label: string;
  diff: number;
  ci95: [number, number];
}

/** Input: the KPI rows and their common unit (e.g. '% vs baseline'). */
export interface KpiDiffData {
  rows: KpiDiffRow[];
  unit: string;
}

/** Options; unset fields take {@link defaults}. */
export type KpiDiffOptions = ChartOptions;

/** Defaults: 640 x 340 px. */
export const defaults: KpiDiffOptions = {
  width: 640,
  height: 340,
  margin: { top: 56, right: 24, bottom: 48, left: 180 },
  get title() {
    return t('chart.diff.title');
  },
};

/** Colour of a bar whose CI excludes zero. */
export const significantColor = categorical(0);

/** Data + options -> x (difference, always spanning zero), one band per KPI, bars and whiskers. */
export function layout(data: KpiDiffData, options: Partial<KpiDiffOptions> = {}) {
  const o = { ...defaults, ...options };
  data.rows.forEach((r, i) => {
    check([r.diff, ...r.ci95].every(Number.isFinite), kind, `rows[${i}] diff and ci95 must be finite`);
    check(r.ci95[0] <= r.ci95[1], kind, `rows[${i}].ci95 lo(=${r.ci95[0]}) must be <= hi(=${r.ci95[1]})`);
  });
  const { innerWidth, innerHeight } = plotSize(o);
  const lo = Math.min(0, min(data.rows, (r) => Math.min(r.diff, r.ci95[0])) ?? 0);
  const hi = Math.max(0, max(data.rows, (r) => Math.max(r.diff, r.ci95[1])) ?? 0);
  const x = scaleLinear().domain(lo === hi ? [-1, 1] : [lo, hi]).nice().range([0, innerWidth]);
  const y = scaleBand<string>().domain(data.rows.map((r) => r.label)).range([0, innerHeight]).padding(0.3);
  const zeroX = x(0);
  const bars = data.rows.map((r) => {
    const significant = r.ci95[0] > 0 || r.ci95[1] < 0;
    return {
      label: r.label,
      diff: r.diff,
      lo: r.ci95[0],
      hi: r.ci95[1],
      significant,
      y: y(r.label) ?? 0,
      height: y.bandwidth(),
      barX: Math.min(zeroX, x(r.diff)),
      barWidth: Math.abs(x(r.diff) - zeroX),
      whiskerX1: x(r.ci95[0]),
      whiskerX2: x(r.ci95[1]),
      color: significant ? significantColor : neutral,
    };
  });
  return { options: o, innerWidth, innerHeight, x, y, zeroX, bars };
}

/** The pure geometry: x (difference), one band per KPI, and per KPI its bar and whisker ends (px). */
export type KpiDiffLayout = ReturnType<typeof layout>;

/** Draw or update the chart in `container`. */
export function render(container: ChartContainer, data: KpiDiffData, options: Partial<KpiDiffOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const rows = f
    .layer('wt-marks')
    .selectAll<SVGGElement, KpiDiffLayout['bars'][number]>('g.wt-kpi')
    .data(l.bars, (d) => d.label)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'wt-kpi');
      g.append('rect').attr('class', 'wt-bar');
      g.append('path').attr('class', 'wt-whisker').attr('fill', 'none').attr('stroke', '#000000').attr('stroke-width', 1.5);
      return g;
    })
    .attr('transform', (d) => `translate(0,${d.y})`);
  rows
    .select('rect')
    .attr('x', (d) => d.barX)
    .attr('width', (d) => d.barWidth)
    .attr('height', (d) => d.height)
    .attr('fill', (d) => d.color);
  // Whisker: the CI line at mid-band with caps a third of the band high at both ends.
  rows.select('path').attr('d', (d) => {
    const m = d.height / 2;
    const c = d.height / 3;
    return `M${d.whiskerX1},${m - c}V${m + c}M${d.whiskerX1},${m}H${d.whiskerX2}M${d.whiskerX2},${m - c}V${m + c}`;
  });
  const tip = (d: KpiDiffLayout['bars'][number]): string => t('chart.diff.tip', { label: d.label, diff: num(d.diff, 2), unit: data.unit, low: num(d.lo, 2), high: num(d.hi, 2) });
  tooltip(rows, tip);
  keyboardPoints(rows, { label: tip });
  verticalRules(f.layer('wt-zero'), 'wt-zero-line', [{ key: 'zero', x: l.zeroX }], { stroke: '#000000', y1: 0, y2: l.innerHeight });
  const axes = f.layer('wt-axes');
  drawAxis<number>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('chart.diff.axis'), data.unit) }, l.innerWidth, l.innerHeight);
  drawAxis<string>(axes, { side: 'left', scale: l.y, title: axisTitle(t('chart.diff.kpi'), ''), titleOffset: 168 }, l.innerWidth, l.innerHeight);
  swatchLegend(
    f.layer('wt-legend'),
    [
      { label: t('chart.diff.excludes'), color: significantColor },
      { label: t('chart.diff.includes'), color: neutral },
      { label: t('chart.ci95'), color: '#000000', shape: 'line' },
    ],
    0,
    -20,
  );
}

/** Rows: KPI, difference, CI low, CI high (chart unit). */
export function table(data: KpiDiffData): Table {
  return { columns: ['kpi', `diff (${data.unit})`, 'ci95Lo', 'ci95Hi'], rows: data.rows.map((r) => [r.label, r.diff, r.ci95[0], r.ci95[1]]) };
}
