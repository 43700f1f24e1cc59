/**
 * Tooltips. Each mark carries an SVG `<title>` child: the browser shows it on hover, screen
 * readers read it, and it survives SVG export, with no script and no floating element to keep
 * in sync while data streams in.
 */
import type { BaseType, Selection } from 'd3';
import { getLocale } from '../../i18n/index.js';

/**
 * Give every element of `marks` a `<title>` with `text(datum)`, updating the existing one in
 * place on re-render.
 */
export function tooltip<E extends Element, D>(marks: Selection<E, D, BaseType, unknown>, text: (d: D) => string): void {
  marks.each(function (d) {
    const node = this as Element;
    let title = Array.from(node.children).find((c) => c.tagName.toLowerCase() === 'title');
    if (title === undefined) {
      title = node.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
      node.prepend(title);
    }
    title.textContent = text(d);
  });
}

/**
 * Format a number for a tooltip (and the point's spoken label) in the page's language, grouped
 * ("20,000"): integers without decimals, others with `digits` decimals (default 1).
 */
export function num(x: number, digits = 1): string {
  const d = Number.isInteger(x) ? 0 : digits;
  return new Intl.NumberFormat(getLocale(), { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
}
