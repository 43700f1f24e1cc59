/**
 * CSV export: the numbers behind a chart as RFC 4180 CSV, so a researcher can re-plot or
 * check them in a spreadsheet or R without scraping the picture.
 */
import type { Table } from '../charts/_internals/chart.js';

/** Quote a field when it holds a comma, quote, CR or LF (RFC 4180); double inner quotes. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(value);
  }
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A table as CSV text with CRLF line ends and a header row. Rejects rows whose width differs
 * from the header, since a ragged CSV silently shifts columns in spreadsheets.
 */
export function toCsv(table: Table): string {
  table.rows.forEach((row, i) => {
    if (row.length !== table.columns.length) {
      throw new RangeError(`toCsv: rows[${i}] has ${row.length} fields, the header has ${table.columns.length}`);
    }
  });
  return [table.columns, ...table.rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The CSV of a table as a Blob of type `text/csv`. */
export function csvBlob(table: Table): Blob {
  return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
}
