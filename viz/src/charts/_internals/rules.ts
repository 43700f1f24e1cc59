/**
 * Vertical rules: the dashed lines that mark a moment or a value across a plot, such as
 * restock rounds, the zero of a difference or the hospital's own delivery volume.
 */
import { tooltip } from './tooltip.js';
import type { One } from './frame.js';

/** One rule: a join key, its x (px) and an optional tooltip. */
export interface Rule {
  key: string;
  x: number;
  tip?: string;
}

/** How rules look: stroke colour, dash pattern (none = solid) and vertical extent (px). */
export interface RuleStyle {
  stroke: string;
  dash?: string;
  y1: number;
  y2: number;
}

/** Draw or update rules of class `cls` in `layer`; rules no longer present are removed. */
export function verticalRules(layer: One<SVGGElement>, cls: string, rules: readonly Rule[], style: RuleStyle): void {
  const lines = layer
    .selectAll<SVGLineElement, Rule>(`line.${cls}`)
    .data(rules, (d) => d.key)
    .join('line')
    .attr('class', cls)
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', style.y1)
    .attr('y2', style.y2)
    .attr('stroke', style.stroke)
    .attr('stroke-dasharray', style.dash ?? null);
  tooltip(
    lines.filter((d) => d.tip !== undefined),
    (d) => d.tip ?? '',
  );
}
