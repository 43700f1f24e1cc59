// Plain-text tables for the terminal: a header, a rule and rows, columns padded to their widest
// cell. Text columns align left, number columns right, so digits line up. Widths are terminal
// columns (a Chinese character takes two). A table wider than the terminal first wraps its long
// headers over several lines, then stacks: the columns are split into parts, each printed under
// the other with the first (name) column repeated, so no line is wider than the terminal.
import { TERMINAL_COLUMNS, displayWidth } from './display-width.js';

/** One column of a table. */
export interface Column {
  /** Header text. A column with an empty header (a marker such as `*`) stays with the column before it. */
  header: string;
  /** Columns with the same group (e.g. a difference, its interval and its marker) are never split apart when a table is stacked. */
  group?: string;
  /** `left` for names, `right` for numbers (default `right`). */
  align?: 'left' | 'right';
}

/** Options of {@link formatTable}. */
export interface TableOptions {
  /** Widest line allowed, in terminal columns (default {@link TERMINAL_COLUMNS}). */
  maxWidth?: number;
}

const GAP = '  ';

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Breaks a header at spaces into lines of at most `width` columns (a longer word stays whole). */
function wrapHeader(header: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of header.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && displayWidth(`${lines[last]} ${word}`) <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function tableWidth(sizes: readonly number[]): number {
  return sizes.reduce((a, b) => a + b, 0) + GAP.length * Math.max(0, sizes.length - 1);
}

/** Renders the columns `picked` (indices) with their header lines and sizes. */
function render(picked: readonly number[], columns: readonly Column[], headers: readonly string[][], sizes: readonly number[], rows: readonly (readonly string[])[]): string {
  const line = (cell: (i: number) => string): string =>
    picked.map((i) => pad(cell(i), sizes[i], columns[i].align ?? 'right')).join(GAP).trimEnd();
  const depth = Math.max(...picked.map((i) => headers[i].length));
  // Headers sit on the rule: a short header takes the last of the header lines.
  const headerLines = Array.from({ length: depth }, (_, k) => line((i) => headers[i][k - (depth - headers[i].length)] ?? ''));
  const rule = picked.map((i) => '-'.repeat(sizes[i])).join(GAP).trimEnd();
  return [...headerLines, rule, ...rows.map((r) => line((i) => r[i] ?? ''))].join('\n');
}

/** Splits columns 1.. into parts that fit `maxWidth` beside column 0; a marker column stays with its neighbour, a group together. */
function parts(columns: readonly Column[], sizes: readonly number[], maxWidth: number): number[][] {
  const units: number[][] = [];
  for (let i = 1; i < columns.length; i++) {
    const group = columns[i].group;
    const sameGroup = group !== undefined && group === columns[i - 1].group;
    if ((columns[i].header === '' || sameGroup) && units.length > 0) units[units.length - 1].push(i);
    else units.push([i]);
  }
  const out: number[][] = [];
  let current: number[] = [0];
  for (const unit of units) {
    const candidate = [...current, ...unit];
    if (current.length > 1 && tableWidth(candidate.map((i) => sizes[i])) > maxWidth) {
      out.push(current);
      current = [0, ...unit];
    } else current = candidate;
  }
  return [...out, current];
}

/**
 * Renders rows as an aligned text table with two spaces between columns, within
 * `options.maxWidth` terminal columns when the first column and any one other fit.
 * @param columns - headers and alignment
 * @param rows - cell texts, one array per row, as many cells as columns
 * @returns the table (or its stacked parts, separated by a blank line), lines joined with `\n`,
 *   no trailing newline
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const maxWidth = options.maxWidth ?? TERMINAL_COLUMNS;
  const cellSizes = columns.map((_, i) => Math.max(0, ...rows.map((r) => displayWidth(r[i] ?? ''))));
  let headers = columns.map((c) => [c.header]);
  let sizes = columns.map((c, i) => Math.max(displayWidth(c.header), cellSizes[i]));
  if (tableWidth(sizes) > maxWidth) {
    const longestWord = (h: string): number => Math.max(0, ...h.split(' ').map(displayWidth));
    headers = columns.map((c, i) => wrapHeader(c.header, Math.max(cellSizes[i], longestWord(c.header))));
    sizes = headers.map((lines, i) => Math.max(cellSizes[i], ...lines.map(displayWidth)));
  }
  const all = columns.map((_, i) => i);
  if (tableWidth(sizes) <= maxWidth || columns.length <= 2) return render(all, columns, headers, sizes, rows);
  return parts(columns, sizes, maxWidth).map((picked) => render(picked, columns, headers, sizes, rows)).join('\n\n');
}
