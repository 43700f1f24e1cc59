/**
 * Axes with unit labels. Every axis in wardtwin says what it measures and in which unit
 * ("Wait (min)", "Time (days)"), because a number without a unit misleads a planner.
 */
import { axisBottom, axisLeft, axisRight } from 'd3';
import type { AxisDomain, AxisScale } from 'd3';
import type { One } from './frame.js';

/** An axis title: `name (unit)`, or just the name when the unit is empty. */
export function axisTitle(name: string, unit: string): string {
  return unit === '' ? name : `${name} (${unit})`;
}

/** Where an axis sits on the plot area. */
export type AxisSide = 'bottom' | 'left' | 'right';

/** What to draw for one axis: the scale, its ticks and the title with unit. */
export interface AxisSpec<D extends AxisDomain> {
  side: AxisSide;
  scale: AxisScale<D>;
  /** Title with unit, from {@link axisTitle}. */
  title: string;
  /** Explicit tick values (default: the scale's own). */
  ticks?: D[];
  /** Tick label formatter (default: the scale's own). */
  format?: (d: D) => string;
  /** Distance of the title from the axis line, px (default 36 bottom, 40 left and right). */
  titleOffset?: number;
}

/**
 * Draw (or redraw in place) an axis and its title into `layer`, a `<g>` of the plot area
 * sized `width` x `height` pixels.
 */
export function drawAxis<D extends AxisDomain>(
  layer: One<SVGGElement>,
  spec: AxisSpec<D>,
  width: number,
  height: number,
): void {
  const make = spec.side === 'bottom' ? axisBottom : spec.side === 'left' ? axisLeft : axisRight;
  const axis = make(spec.scale);
  if (spec.ticks) axis.tickValues(spec.ticks);
  if (spec.format) axis.tickFormat(spec.format);
  const g = layer
    .selectAll<SVGGElement, AxisSide>(`g.wt-axis-${spec.side}`)
    .data([spec.side])
    .join('g')
    .attr('class', `wt-axis wt-axis-${spec.side}`)
    .attr('transform', spec.side === 'bottom' ? `translate(0,${height})` : spec.side === 'right' ? `translate(${width},0)` : null);
  g.call(axis);
  const pos =
    spec.side === 'bottom'
      ? { x: width / 2, y: spec.titleOffset ?? 36, rotate: 0 }
      : spec.side === 'left'
        ? { x: -height / 2, y: -(spec.titleOffset ?? 40), rotate: -90 }
        : { x: height / 2, y: -(spec.titleOffset ?? 40), rotate: 90 };
  g.selectAll<SVGTextElement, string>('text.wt-axis-title')
    .data([spec.title])
    .join('text')
    .attr('class', 'wt-axis-title')
    .attr('fill', 'currentColor')
    .attr('text-anchor', 'middle')
    .attr('transform', pos.rotate === 0 ? null : `rotate(${pos.rotate})`)
    .attr('x', pos.x)
    .attr('y', pos.y)
    .text((d) => d);
}
