/**
 * What every chart module offers, so pages, the gallery and the export buttons can treat
 * charts alike: a pure layout step, a render step that joins in place, and a table for CSV.
 */
import type { ChartContainer, Margin } from './frame.js';

/** A flat table (header + rows) that a chart's data exports to as CSV. */
export interface Table {
  columns: string[];
  rows: (string | number)[][];
}

/** The uniform face of a chart module (data `D`, options `O`). */
export interface ChartModule<D, O> {
  /** Chart kind, also its file stem and snapshot name (e.g. `births-heatmap`). */
  kind: string;
  /** Draw or update the chart in `container`. */
  render(container: ChartContainer, data: D, options?: Partial<O>): void;
  /** The data as a table for CSV export. */
  table(data: D): Table;
}

/** Throw a `RangeError` naming the chart and the rule broken unless `ok`. */
export function check(ok: boolean, kind: string, rule: string): asserts ok {
  if (!ok) throw new RangeError(`${kind}: ${rule}`);
}

/** Whether every entry is a finite number. */
export function allFinite(xs: readonly number[]): boolean {
  return xs.every((x) => Number.isFinite(x));
}

/** Options every chart has: size (px), margin around the plot (px) and title. */
export interface ChartOptions {
  width: number;
  height: number;
  margin: Margin;
  title: string;
}

/** The plot-area size of a chart's options, px (unchecked; `frame` rejects sizes that leave no plot). */
export function plotSize(o: Pick<ChartOptions, 'width' | 'height' | 'margin'>): { innerWidth: number; innerHeight: number } {
  return { innerWidth: o.width - o.margin.left - o.margin.right, innerHeight: o.height - o.margin.top - o.margin.bottom };
}
