// Plain-text tables for the terminal: a header, a rule and rows, columns padded to their widest
// cell. Text columns align left, number columns right, so digits line up.

/** One column of a table. */
export interface Column {
  /** Header text. */
  header: string;
  /** `left` for names, `right` for numbers (default `right`). */
  align?: 'left' | 'right';
}

/** Display width of a string (code points; the tables hold no wide characters). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Renders rows as an aligned text table with two spaces between columns.
 * @param columns - headers and alignment
 * @param rows - cell texts, one array per row, as many cells as columns
 * @returns the table, lines joined with `\n`, no trailing newline
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const sizes = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    columns.map((c, i) => pad(cells[i] ?? '', sizes[i], c.align ?? 'right')).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), sizes.map((s) => '-'.repeat(s)).join('  '), ...rows.map(line)].join('\n');
}
