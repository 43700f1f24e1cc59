/**
 * Keyboard access to a chart's points (dots, bars, cells, slots): the whole set is one stop in
 * the tab order (a roving tabindex), the arrow keys move from point to point (up and down by a
 * row when the points form a grid), Home and End go to the first and last point, and Enter or
 * Space opens a point that opens something. Each point is named by an `aria-label` (its value
 * with its unit, in the page's language) so a screen reader says what the tooltip shows. The
 * focus ring is its own black-and-white frame drawn after the points, so the neighbouring cells
 * of a heat map or a board (painted later than the focused one) cannot cover it. A planner
 * without a mouse reads the chart point by point instead of only its title.
 */
import type { BaseType, Selection } from 'd3';
import { t } from '../../i18n/index.js';

/** The class every keyboard point carries. */
export const focusableClass = 'wt-focusable';

/** The class of the focus ring: a `<g>` of two frames (styles.css colours them). */
export const ringClass = 'wt-focus-ring';

const svgNs = 'http://www.w3.org/2000/svg';

/** Space between a point's box and the ring's outer frame, px. */
const RING_PAD = 4;

/** How a chart's points are read and what they do. */
export interface KeyboardPointsSpec<D> {
  /** The point's accessible name: its value with its unit, in the page's language. */
  label: (d: D) => string;
  /** Points per row when the points form a row-major grid: ArrowUp and ArrowDown move a row. Default: a list. */
  columns?: number;
  /** Whether Enter or Space opens the point (it is then a button; otherwise an image). Default: none does. */
  opens?: (d: D) => boolean;
  /** What opening a point does; called for points that `opens`. */
  activate?: (node: Element, d: D) => void;
}

/** The keyboard points that are siblings of `node`, in document (= data) order. */
function siblingsOf(node: Element): Element[] {
  const parent = node.parentElement;
  return parent === null ? [node] : Array.from(parent.children).filter((c) => c.classList.contains(focusableClass));
}

/**
 * Draws the ring around `node` as the last child of its layer (above every point) when the
 * browser shows focus for it (keyboard focus, not a click). Without layout (jsdom) there is no
 * box to frame and nothing is drawn.
 */
function showRing(node: Element): void {
  const parent = node.parentElement;
  if (parent === null || !(node instanceof SVGGraphicsElement)) return;
  let box: DOMRect;
  try {
    if (!node.matches(':focus-visible')) return;
    box = node.getBBox();
  } catch {
    return;
  }
  // The points are placed by attributes or a translate, never scaled: the box moves by the translate.
  const m = node.transform.baseVal.consolidate()?.matrix;
  const x = box.x + (m?.e ?? 0);
  const y = box.y + (m?.f ?? 0);
  let ring = Array.from(parent.children).find((c) => c.classList.contains(ringClass));
  if (ring === undefined) {
    ring = parent.ownerDocument.createElementNS(svgNs, 'g');
    ring.setAttribute('class', ringClass);
    ring.setAttribute('aria-hidden', 'true');
    for (const part of ['wt-ring-outer', 'wt-ring-inner']) {
      const frame = parent.ownerDocument.createElementNS(svgNs, 'rect');
      frame.setAttribute('class', part);
      ring.append(frame);
    }
  }
  parent.append(ring);
  Array.from(ring.children).forEach((frame, i) => {
    const pad = i === 0 ? RING_PAD : RING_PAD - 2.5;
    frame.setAttribute('x', String(x - pad));
    frame.setAttribute('y', String(y - pad));
    frame.setAttribute('width', String(box.width + 2 * pad));
    frame.setAttribute('height', String(box.height + 2 * pad));
  });
}

/** Removes the ring from `node`'s layer. */
function hideRing(node: Element): void {
  const parent = node.parentElement;
  if (parent === null) return;
  for (const c of Array.from(parent.children)) if (c.classList.contains(ringClass)) c.remove();
}

/** Makes `node` the set's one tab stop. */
function rove(node: Element): void {
  for (const other of siblingsOf(node)) other.setAttribute('tabindex', other === node ? '0' : '-1');
}

/** Index of the point a key moves to from `i` of `n` (`columns` per row), or null for other keys. */
export function keyTarget(key: string, i: number, n: number, columns: number): number | null {
  const clamp = (j: number): number => Math.min(n - 1, Math.max(0, j));
  switch (key) {
    case 'ArrowRight':
      return clamp(i + 1);
    case 'ArrowLeft':
      return clamp(i - 1);
    case 'ArrowDown':
      return i + columns < n ? i + columns : i;
    case 'ArrowUp':
      return i - columns >= 0 ? i - columns : i;
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return null;
  }
}

/**
 * Makes `points` (one chart's marks, all children of one layer, joined in data order)
 * reachable by keyboard as described above. Call after each render: the point that held the
 * tab stop keeps it when it is still drawn (a replayed frame or streamed data does not throw
 * the reader back to the first point). The chart's `<svg>` becomes a named group, since an
 * image's children are presentational and could not be focused by assistive technology, and
 * gets a `<desc>` telling how to move.
 */
export function keyboardPoints<E extends SVGElement, D>(points: Selection<E, D, BaseType, unknown>, spec: KeyboardPointsSpec<D>): void {
  const nodes = points.nodes();
  if (nodes.length === 0) return;
  const stop = nodes.find((n) => n.getAttribute('tabindex') === '0') ?? nodes[0];
  const columns = spec.columns ?? 1;
  points
    .classed(focusableClass, true)
    .attr('tabindex', (_d, i, group) => (group[i] === stop ? 0 : -1))
    .attr('role', (d) => (spec.opens?.(d) === true ? 'button' : 'img'))
    .attr('aria-label', (d) => spec.label(d))
    .on('focus.wt-keys', function () {
      rove(this);
      showRing(this);
    })
    .on('blur.wt-keys', function () {
      hideRing(this);
    })
    .on('keydown.wt-keys', function (event: Event, d) {
      if (!(event instanceof KeyboardEvent) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Enter' || event.key === ' ') {
        if (spec.opens?.(d) !== true) return;
        event.preventDefault();
        spec.activate?.(this, d);
        return;
      }
      const set = siblingsOf(this);
      const to = keyTarget(event.key, set.indexOf(this), set.length, columns);
      if (to === null) return;
      // The arrows would otherwise scroll the page under the reader.
      event.preventDefault();
      const next = set[to];
      rove(next);
      if (next instanceof SVGElement) next.focus();
    });
  // A re-render may have moved the focused point or drawn new points over the ring.
  const focused = nodes.find((n) => n === n.ownerDocument.activeElement);
  if (focused !== undefined) showRing(focused);
  const svg = nodes[0].ownerSVGElement;
  if (svg === null) return;
  svg.setAttribute('role', 'group');
  let desc = Array.from(svg.children).find((c) => c.tagName.toLowerCase() === 'desc');
  if (desc === undefined) {
    desc = svg.ownerDocument.createElementNS(svgNs, 'desc');
    svg.prepend(desc);
  }
  desc.textContent = t(spec.opens === undefined ? 'chart.keys' : 'chart.keysOpen');
}
