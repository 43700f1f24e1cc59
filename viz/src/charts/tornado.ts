/**
 * Tornado chart of a sensitivity analysis (the sensitivity page and the report): one bar per
 * assumption, longest on top, its length the Morris mu* (the mean absolute change of the KPI,
 * or of the paired difference, when the assumption moves over its whole range) with the 95 %
 * bootstrap interval as a whisker. The colour says the direction (mu): raising the assumption
 * raises the KPI (blue) or lowers it (orange).
 */
import { max, scaleBand, scaleLinear } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { swatchLegend } from './_internals/legend.js';
import { categorical } from './_internals/palette.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'tornado';

/** One assumption: label, mu* with its 95 % interval, mu (direction) and sigma, in the KPI's unit. */
export interface TornadoRow {
  label: string;
  muStar: number;
  ci95: [number, number];
  mu: number;
  sigma: number;
}

/** Input: the KPI (or difference) analysed, its unit and the rows in any order. */
export interface TornadoData {
  kpi: string;
  unit: string;
  rows: TornadoRow[];
}

/** Options; unset fields take {@link defaults}. */
export type TornadoOptions = ChartOptions & { maxRows: number };

/** Defaults: 640 x 360 px, the 12 leading assumptions. */
export const defaults: TornadoOptions = {
  width: 640,
  height: 360,
  margin: { top: 56, right: 24, bottom: 48, left: 240 },
  get title() {
    return t('chart.tornado.title');
  },
  maxRows: 12,
};

/** Colour of an assumption whose increase raises the KPI. */
export const raisesColor = categorical(0);
/** Colour of an assumption whose increase lowers the KPI. */
export const lowersColor = categorical(1);

/** Data + options -> x (mu*, from 0), one band per assumption sorted by mu*, bars and whiskers. */
export function layout(data: TornadoData, options: Partial<TornadoOptions> = {}) {
  const o = { ...defaults, ...options };
  data.rows.forEach((r, i) => {
    check([r.muStar, r.mu, r.sigma, ...r.ci95].every(Number.isFinite), kind, `rows[${i}] values must be finite`);
    check(r.muStar >= 0, kind, `rows[${i}].muStar(=${r.muStar}) must be >= 0`);
    check(r.ci95[0] <= r.ci95[1], kind, `rows[${i}].ci95 lo(=${r.ci95[0]}) must be <= hi(=${r.ci95[1]})`);
  });
  const rows = [...data.rows].sort((a, b) => b.muStar - a.muStar || a.label.localeCompare(b.label)).slice(0, o.maxRows);
  const { innerWidth, innerHeight } = plotSize(o);
  const hi = max(rows, (r) => Math.max(r.muStar, r.ci95[1])) ?? 0;
  const x = scaleLinear().domain([0, hi > 0 ? hi : 1]).nice().range([0, innerWidth]);
  const y = scaleBand<string>().domain(rows.map((r) => r.label)).range([0, innerHeight]).padding(0.25);
  const bars = rows.map((r) => ({
    label: r.label,
    muStar: r.muStar,
    mu: r.mu,
    sigma: r.sigma,
    lo: r.ci95[0],
    hi: r.ci95[1],
    y: y(r.label) ?? 0,
    height: y.bandwidth(),
    barWidth: x(r.muStar),
    whiskerX1: x(Math.max(0, r.ci95[0])),
    whiskerX2: x(r.ci95[1]),
    color: r.mu >= 0 ? raisesColor : lowersColor,
  }));
  return { options: o, innerWidth, innerHeight, x, y, bars };
}

/** The pure geometry of the tornado. */
export type TornadoLayout = ReturnType<typeof layout>;

/** Draw or update the chart in `container`. */
export function render(container: ChartContainer, data: TornadoData, options: Partial<TornadoOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const rows = f
    .layer('wt-marks')
    .selectAll<SVGGElement, TornadoLayout['bars'][number]>('g.wt-factor')
    .data(l.bars, (d) => d.label)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'wt-factor');
      g.append('rect').attr('class', 'wt-bar');
      g.append('path').attr('class', 'wt-whisker').attr('fill', 'none').attr('stroke', '#000000').attr('stroke-width', 1.5);
      return g;
    })
    .attr('transform', (d) => `translate(0,${d.y})`);
  rows
    .select('rect')
    .attr('x', 0)
    .attr('width', (d) => d.barWidth)
    .attr('height', (d) => d.height)
    .attr('fill', (d) => d.color);
  rows.select('path').attr('d', (d) => {
    const m = d.height / 2;
    const c = d.height / 3;
    return `M${d.whiskerX1},${m - c}V${m + c}M${d.whiskerX1},${m}H${d.whiskerX2}M${d.whiskerX2},${m - c}V${m + c}`;
  });
  const tip = (d: TornadoLayout['bars'][number]): string =>
    t('chart.tornado.tip', { label: d.label, muStar: num(d.muStar, 2), unit: data.unit, low: num(d.lo, 2), high: num(d.hi, 2), mu: num(d.mu, 2), sigma: num(d.sigma, 2) });
  tooltip(rows, tip);
  keyboardPoints(rows, { label: tip });
  const axes = f.layer('wt-axes');
  drawAxis<number>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('chart.tornado.axis', { kpi: data.kpi }), data.unit) }, l.innerWidth, l.innerHeight);
  drawAxis<string>(axes, { side: 'left', scale: l.y, title: axisTitle(t('chart.tornado.assumption'), ''), titleOffset: 228 }, l.innerWidth, l.innerHeight);
  swatchLegend(
    f.layer('wt-legend'),
    [
      { label: t('chart.tornado.raises'), color: raisesColor },
      { label: t('chart.tornado.lowers'), color: lowersColor },
      { label: t('chart.ci95'), color: '#000000', shape: 'line' },
    ],
    0,
    -20,
  );
}

/** Rows: assumption, mu*, CI low, CI high, mu, sigma (KPI unit). */
export function table(data: TornadoData): Table {
  return { columns: ['assumption', `muStar (${data.unit})`, 'ci95Lo', 'ci95Hi', 'mu', 'sigma'], rows: data.rows.map((r) => [r.label, r.muStar, r.ci95[0], r.ci95[1], r.mu, r.sigma]) };
}
