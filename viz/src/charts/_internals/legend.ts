/**
 * Legends: swatches for categories (series, significance) and a stepped ramp for sequential
 * colour (births per hour, fill level). The ramp is drawn as small rects rather than a
 * gradient so no document-wide ids are needed and exported SVGs stay self-contained.
 */
import type { ScaleSequential } from 'd3';
import type { One } from './frame.js';

/** One swatch: a label and its colour; `shape` 'line' draws a stroke instead of a square. */
export interface Swatch {
  label: string;
  color: string;
  shape?: 'square' | 'line';
}

/** Draw swatches in a row starting at (`x`, `y`) of `layer`; spacing grows with label length. */
export function swatchLegend(layer: One<SVGGElement>, swatches: readonly Swatch[], x: number, y: number): void {
  let offset = 0;
  const placed = swatches.map((s) => {
    const at = offset;
    offset += 22 + s.label.length * 6.2;
    return { ...s, at };
  });
  const g = layer
    .selectAll<SVGGElement, (typeof placed)[number]>('g.wt-swatch')
    .data(placed, (d) => d.label)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'wt-swatch');
      e.append('rect').attr('width', 12).attr('height', 12).attr('y', -10);
      e.append('text').attr('x', 16);
      return e;
    })
    .attr('transform', (d) => `translate(${x + d.at},${y})`);
  // A line swatch is a 3 px bar: a zero-height rect with a stroke does not render everywhere.
  g.select('rect')
    .attr('fill', (d) => d.color)
    .attr('height', (d) => (d.shape === 'line' ? 3 : 12))
    .attr('y', (d) => (d.shape === 'line' ? -5 : -10));
  g.select('text').text((d) => d.label);
}

/** Number of steps in a sequential legend ramp. */
export const rampSteps = 24;

/**
 * Draw a sequential colour legend `width` pixels wide at (`x`, `y`) with a title (with unit)
 * and the end values as labels.
 */
export function rampLegend(
  layer: One<SVGGElement>,
  color: ScaleSequential<string>,
  title: string,
  x: number,
  y: number,
  width = 160,
  format: (v: number) => string = String,
): void {
  const [lo, hi] = color.domain();
  const steps = Array.from({ length: rampSteps }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / rampSteps);
  const g = layer.selectAll<SVGGElement, number>('g.wt-ramp').data([0]).join('g').attr('class', 'wt-ramp').attr('transform', `translate(${x},${y})`);
  g.selectAll<SVGRectElement, number>('rect')
    .data(steps)
    .join('rect')
    .attr('x', (_, i) => (i * width) / rampSteps)
    .attr('width', width / rampSteps + 0.5)
    .attr('height', 10)
    .attr('fill', (d) => color(d));
  const labels = [
    { text: title, x: 0, y: -4, anchor: 'start' },
    { text: format(lo), x: 0, y: 22, anchor: 'start' },
    { text: format(hi), x: width, y: 22, anchor: 'end' },
  ];
  g.selectAll<SVGTextElement, (typeof labels)[number]>('text')
    .data(labels)
    .join('text')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => d.text);
}
