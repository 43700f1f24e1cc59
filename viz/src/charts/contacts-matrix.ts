/**
 * Contacts by role pair: a role x role matrix heat map (mother, newborn, companion, nurse,
 * restocker, public), the form contact studies report. Cell (row, column) is contacts that
 * people of the row role had with people of the column role.
 */
import { max, scaleBand } from 'd3';
import type { ScaleBand, ScaleSequential } from 'd3';
import { axisTitle, drawAxis } from './_internals/axes.js';
import { allFinite, check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { rampLegend } from './_internals/legend.js';
import { sequential, textOn } from './_internals/palette.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'contacts-matrix';

/** Input: role names and `values[row][column]`, a square matrix of contacts. */
export interface ContactsMatrixData {
  roles: string[];
  values: number[][];
}

/** Options; unset fields take {@link defaults}. */
export interface ContactsMatrixOptions extends ChartOptions {
  /** Unit of a cell (default 'contacts per day'). */
  unit: string;
}

/** Defaults: 520 x 480 px, unit 'contacts per day'. */
export const defaults: ContactsMatrixOptions = {
  width: 520,
  height: 480,
  margin: { top: 48, right: 16, bottom: 96, left: 96 },
  get title() {
    return t('chart.contacts.title');
  },
  get unit() {
    return t('chart.contacts.unit');
  },
};

/** One matrix cell as drawn. */
export interface MatrixCell {
  row: string;
  column: string;
  value: number;
  x: number;
  y: number;
  size: number;
  fill: string;
  ink: string;
}

/** The pure geometry of the matrix. */
export interface ContactsMatrixLayout {
  options: ContactsMatrixOptions;
  side: number;
  x: ScaleBand<string>;
  y: ScaleBand<string>;
  color: ScaleSequential<string>;
  cells: MatrixCell[];
}

/** Data + options -> square cells on a plot `side` px wide. Rejects a non-square matrix. */
export function layout(data: ContactsMatrixData, options: Partial<ContactsMatrixOptions> = {}): ContactsMatrixLayout {
  const o = { ...defaults, ...options };
  const n = data.roles.length;
  check(n > 0, kind, 'roles must not be empty');
  check(data.values.length === n && data.values.every((r) => r.length === n), kind, `values must be ${n} x ${n} (one row and column per role)`);
  check(data.values.every((r) => allFinite(r) && r.every((v) => v >= 0)), kind, 'values must be finite and >= 0');
  const { innerWidth, innerHeight } = plotSize(o);
  const side = Math.min(innerWidth, innerHeight);
  const x = scaleBand<string>().domain(data.roles).range([0, side]).padding(0.04);
  const y = scaleBand<string>().domain(data.roles).range([0, side]).padding(0.04);
  const color = sequential(0, max(data.values.flat()) ?? 0, 'viridis');
  const [lo, hi] = color.domain();
  const cells = data.values.flatMap((row, r) =>
    row.map((value, c) => ({
      row: data.roles[r],
      column: data.roles[c],
      value,
      x: x(data.roles[c]) ?? 0,
      y: y(data.roles[r]) ?? 0,
      size: x.bandwidth(),
      fill: color(value),
      ink: textOn((value - lo) / (hi - lo)),
    })),
  );
  return { options: o, side, x, y, color, cells };
}

/** Draw or update the matrix in `container`. */
export function render(container: ChartContainer, data: ContactsMatrixData, options: Partial<ContactsMatrixOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title });
  const cells = f
    .layer('wt-marks')
    .selectAll<SVGGElement, MatrixCell>('g.wt-cell')
    .data(l.cells, (d) => `${d.row}/${d.column}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'wt-cell');
      g.append('rect');
      g.append('text').attr('text-anchor', 'middle');
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  cells.select('rect').attr('width', (d) => d.size).attr('height', (d) => d.size).attr('fill', (d) => d.fill);
  cells
    .select('text')
    .attr('x', (d) => d.size / 2)
    .attr('y', (d) => d.size / 2 + 4)
    .attr('fill', (d) => d.ink)
    .text((d) => num(d.value));
  const tip = (d: MatrixCell): string => t('chart.contacts.tip', { row: d.row, column: d.column, value: num(d.value, 2), unit: o.unit });
  tooltip(cells, tip);
  keyboardPoints(cells, { label: tip, columns: data.roles.length });
  const axes = f.layer('wt-axes');
  drawAxis<string>(axes, { side: 'bottom', scale: l.x, title: axisTitle(t('chart.contacts.column'), '') }, l.side, l.side);
  drawAxis<string>(axes, { side: 'left', scale: l.y, title: axisTitle(t('chart.contacts.row'), ''), titleOffset: 80 }, l.side, l.side);
  rampLegend(f.layer('wt-legend'), l.color, axisTitle(t('chart.contacts.legend'), o.unit), 0, l.side + 60, 160, (v) => num(v));
}

/** Rows: role, other role, value. */
export function table(data: ContactsMatrixData): Table {
  return { columns: ['role', 'contactRole', 'contacts'], rows: data.values.flatMap((row, r) => row.map((v, c) => [data.roles[r], data.roles[c], v])) };
}
