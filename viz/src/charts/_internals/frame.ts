/**
 * The chart frame: one `<svg>` per chart inside its container, with the title, subtitle and a
 * translated plot area. Charts re-render into the same frame when new data streams in, so
 * the frame is joined (created once, updated after) rather than appended each time.
 */
import { select } from 'd3';
import type { BaseType, Selection } from 'd3';
import { plotSize } from './chart.js';

/** Space around the plot area for title, axes and legend, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Any d3 selection of the HTML element a chart draws into. */
export type ChartContainer = Selection<HTMLElement, unknown, BaseType, unknown>;
// d3's Selection is invariant in its element type: pass `select<HTMLElement, unknown>(div)` or
// `parent.append<HTMLElement>('div')` rather than a selection typed HTMLDivElement.

/** What the frame needs: the chart kind (CSS class), size in pixels, margin and titles. */
export interface FrameSpec {
  /** Chart kind, used as the class `wt-<kind>` on the `<svg>`. */
  kind: string;
  width: number;
  height: number;
  margin: Margin;
  title: string;
  /** Smaller line under the title (default none). */
  subtitle?: string;
}

/** The frame's parts: the root `<svg>` and the plot area `<g>` (origin at its top-left). */
export interface Frame {
  svg: One<SVGSVGElement>;
  plot: One<SVGGElement>;
  /** Plot area width, pixels. */
  innerWidth: number;
  /** Plot area height, pixels. */
  innerHeight: number;
  /** A named layer `<g>` in the plot area, created on first use, in first-use order. */
  layer(name: string): One<SVGGElement>;
}

/** Plot-area size of a frame spec, rejecting sizes too small to draw anything. */
export function innerSize(spec: Pick<FrameSpec, 'kind' | 'width' | 'height' | 'margin'>): { innerWidth: number; innerHeight: number } {
  const { innerWidth, innerHeight } = plotSize(spec);
  if (!(innerWidth > 0) || !(innerHeight > 0)) {
    throw new RangeError(`${spec.kind}: width(=${spec.width}) and height(=${spec.height}) must exceed the margins`);
  }
  return { innerWidth, innerHeight };
}

/** Any single element selection as d3.select returns it. */
export type One<E extends Element> = Selection<E, unknown, null, undefined>;

/**
 * Join exactly one child `<tag class="cls">` under `parent` (created on first call, reused
 * after) and return it as a plain selection.
 */
export function child<K extends keyof SVGElementTagNameMap, GE extends BaseType, PE extends BaseType, PD>(
  parent: Selection<GE, unknown, PE, PD>,
  tag: K,
  cls: string,
): One<SVGElementTagNameMap[K]> {
  const node = parent
    .selectChildren<SVGElementTagNameMap[K], string>(`${tag}.${cls}`)
    .data([cls])
    .join((enter) => enter.append(tag))
    .attr('class', cls)
    .node() as SVGElementTagNameMap[K] | null;
  if (node === null) throw new Error(`chart frame: could not create <${tag} class="${cls}">`);
  return select(node);
}

/** Create or update the frame of a chart inside `container`. */
export function frame(container: ChartContainer, spec: FrameSpec): Frame {
  const { innerWidth, innerHeight } = innerSize(spec);
  const svg = child(container, 'svg', 'wt-chart')
    .attr('class', `wt-chart wt-${spec.kind}`)
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', spec.width)
    .attr('height', spec.height)
    .attr('viewBox', `0 0 ${spec.width} ${spec.height}`)
    .attr('role', 'img')
    .attr('aria-label', spec.title)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 11);
  const titles = [
    { cls: 'wt-title', text: spec.title, y: 18, size: 14, weight: 'bold' },
    ...(spec.subtitle ? [{ cls: 'wt-subtitle', text: spec.subtitle, y: 34, size: 11, weight: 'normal' }] : []),
  ];
  svg
    .selectAll<SVGTextElement, (typeof titles)[number]>('text.wt-heading')
    .data(titles, (d) => d.cls)
    .join('text')
    .attr('class', (d) => `wt-heading ${d.cls}`)
    .attr('x', 8)
    .attr('y', (d) => d.y)
    .attr('font-size', (d) => d.size)
    .attr('font-weight', (d) => d.weight)
    .text((d) => d.text);
  const plot = child(svg, 'g', 'wt-plot').attr('transform', `translate(${spec.margin.left},${spec.margin.top})`);
  return { svg, plot, innerWidth, innerHeight, layer: (name) => child(plot, 'g', name) };
}
