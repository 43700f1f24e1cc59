/**
 * Reading a cabinet transaction log at the edge (the `calibrate` command and
 * `POST /api/twin/calibrate`): CSV with a header row, or JSON (an array of row objects, or
 * `{ "rows": [...] }`), one row per event with an ISO 8601 time with a zone. Every bad row is
 * reported with where it is (CSV: 1-based line, the header being line 1, and the column;
 * JSON: a JSON pointer) and the rule it broke; the caller refuses the whole log when any row is
 * bad, so a fit never rests on a log read in part. Writing a log (the shipped sample) is here
 * too, so the two cannot drift apart.
 */
import { LOG_COLUMNS, LOG_ROW_TYPES, REQUIRED_FIELDS, parseCsv } from '../../engine/index.js';
import type { LogField, LogRow, LogRowType } from '../../engine/index.js';
import { parseZonedTime } from './wall-clock.js';
import type { WardClock } from './wall-clock.js';

/** A bad row: where (CSV line and column, or JSON pointer), which rule, and a sentence. */
export interface LogRowError {
  /** CSV: physical line, 1-based, the header is line 1. */
  readonly line?: number;
  /** CSV: the column's name (its 1-based position follows in the message). */
  readonly column?: string;
  /** JSON: pointer to the value, e.g. `/rows/12/quantity`. */
  readonly pointer?: string;
  readonly rule: string;
  readonly message: string;
  /**
   * What the message names, for writing it in another language: the `field`, the text `got`,
   * the `allowed` values, a `limit`, the row `type` that needs the field, a CSV `position`
   * (1-based, absent when the column is not in the header), or `missing` header columns.
   */
  readonly params?: Readonly<Record<string, string>>;
}

/** A log read: its rows when every row is good, else the errors. */
export type ParsedLog = { ok: true; rows: LogRow[] } | { ok: false; errors: LogRowError[] };

/** How to read a log. */
export interface ReadLogOptions {
  /** The ward's clock (minute 0 = 00:00 of the scenario's start date in its zone). */
  readonly clock: WardClock;
  /** SKUs of the scenario's catalog; a line naming another is refused (rule `reference`). */
  readonly skus: ReadonlySet<string>;
  /** Most rows accepted (rule `maxRows`). */
  readonly maxRows: number;
}

const MAX_ID = 120;
const ROW_TYPES: ReadonlySet<string> = new Set(LOG_ROW_TYPES);

type Where = (field: string) => { line?: number; column?: string; pointer?: string; at: string; position?: string };

/** Checks one row's raw text fields; pushes its errors and returns the row when good. */
function readRow(raw: Readonly<Record<string, string | undefined>>, where: Where, o: ReadLogOptions, errors: LogRowError[]): LogRow | null {
  const before = errors.length;
  const fail = (field: string, rule: string, message: string, params: Readonly<Record<string, string>> = {}) => {
    const { at, position, ...loc } = where(field);
    errors.push({ ...loc, rule, message: `${at}: ${message}`, params: { field, ...(position === undefined ? {} : { position }), ...params } });
  };
  const type = raw['type']?.trim() ?? '';
  if (!ROW_TYPES.has(type)) fail('type', type === '' ? 'required' : 'enum', type === '' ? 'type is required' : `type "${type}" is not one of ${LOG_ROW_TYPES.join(', ')}`, { got: type, allowed: LOG_ROW_TYPES.join(', ') });
  const timeText = raw['time']?.trim() ?? '';
  let timeMin = 0;
  if (timeText === '') fail('time', 'required', 'time is required (ISO 8601 with a zone, e.g. 2026-01-05T21:15:00+08:00)');
  else {
    const t = parseZonedTime(timeText);
    if (typeof t === 'number') timeMin = o.clock.minutesAt(t);
    else fail('time', t.rule, t.message, { got: timeText });
  }
  const fields: Partial<Record<LogField, string>> = {};
  for (const f of ['cabinet', 'session', 'patient', 'kind', 'sku', 'quantity', 'slot'] as const) {
    const v = raw[f]?.trim();
    if (v !== undefined && v !== '') fields[f] = v;
  }
  if (ROW_TYPES.has(type)) {
    for (const f of REQUIRED_FIELDS[type as LogRowType]) if (fields[f] === undefined) fail(f, 'required', `a ${type} row needs ${f}`, { type });
  }
  for (const f of ['cabinet', 'session', 'patient', 'slot'] as const) {
    const v = fields[f];
    if (v !== undefined && v.length > MAX_ID) fail(f, 'maxLength', `${f} must be at most ${MAX_ID} characters (got ${v.length})`, { limit: String(MAX_ID), got: String(v.length) });
  }
  if (fields.kind !== undefined && fields.kind !== 'mother' && fields.kind !== 'newborn') fail('kind', 'enum', `kind "${fields.kind}" is not one of mother, newborn`, { got: fields.kind, allowed: 'mother, newborn' });
  let quantity: number | undefined;
  if (fields.quantity !== undefined) {
    quantity = /^\d+$/.test(fields.quantity) ? Number(fields.quantity) : Number.NaN;
    if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > 100_000) fail('quantity', 'integer', `quantity "${fields.quantity}" must be a whole number 1..100000`, { got: fields.quantity, limit: '1..100000' });
  }
  if (fields.sku !== undefined && !o.skus.has(fields.sku)) fail('sku', 'reference', `sku "${fields.sku}" is not in the scenario's catalog (${[...o.skus].join(', ')})`, { got: fields.sku, allowed: [...o.skus].join(', ') });
  if (errors.length > before) return null;
  return {
    timeMin, type: type as LogRowType,
    ...(fields.cabinet !== undefined ? { cabinet: fields.cabinet } : {}),
    ...(fields.session !== undefined ? { session: fields.session } : {}),
    ...(fields.patient !== undefined ? { patient: fields.patient } : {}),
    ...(fields.kind !== undefined ? { kind: fields.kind as 'mother' | 'newborn' } : {}),
    ...(fields.sku !== undefined ? { sku: fields.sku } : {}),
    ...(quantity !== undefined ? { quantity } : {}),
    ...(fields.slot !== undefined ? { slot: fields.slot } : {}),
  };
}

function tooMany(n: number, o: ReadLogOptions, where: { line?: number; pointer?: string }): ParsedLog {
  return { ok: false, errors: [{ ...where, rule: 'maxRows', message: `the log has ${n} rows; at most ${o.maxRows} are read at once (split the log by month)`, params: { got: String(n), limit: String(o.maxRows) } }] };
}

/** Reads a CSV log (UTF-8, optional BOM, RFC 4180 quoting; header names matched ignoring case). */
export function readCabinetLogCsv(text: string, o: ReadLogOptions): ParsedLog {
  const records = parseCsv(text);
  if (records.length === 0) return { ok: false, errors: [{ line: 1, rule: 'columns', message: 'line 1: the log is empty (a header row is needed)', params: {} }] };
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const missing = ['time', 'type'].filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, errors: [{ line: records[0].line, rule: 'columns', message: `line ${records[0].line}: the header lacks ${missing.join(' and ')} (columns: ${LOG_COLUMNS.join(',')})`, params: { missing: missing.join(', '), allowed: LOG_COLUMNS.join(',') } }] };
  if (records.length - 1 > o.maxRows) return tooMany(records.length - 1, o, { line: records[o.maxRows + 1].line });
  const errors: LogRowError[] = [];
  const rows: LogRow[] = [];
  for (const rec of records.slice(1)) {
    if (rec.error !== undefined) {
      errors.push({ line: rec.error.line, column: header[rec.error.column - 1] ?? String(rec.error.column), rule: rec.error.rule, message: `line ${rec.error.line}: ${rec.error.message}` });
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((h, i) => {
      if (rec.fields[i] !== undefined) raw[h] = rec.fields[i];
    });
    const where: Where = (field) => {
      const i = header.indexOf(field);
      return { line: rec.line, column: field, at: `line ${rec.line}, column ${field}${i >= 0 ? ` (${i + 1})` : ' (not in the header)'}`, ...(i >= 0 ? { position: String(i + 1) } : {}) };
    };
    const row = readRow(raw, where, o, errors);
    if (row !== null) rows.push(row);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** Reads a JSON log: an array of row objects or `{ rows: [...] }`; values are strings (quantity may be a number). */
export function readCabinetLogJson(value: unknown, o: ReadLogOptions, base = ''): ParsedLog {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value['rows']) ? value['rows'] : null;
  const prefix = Array.isArray(value) ? base : `${base}/rows`;
  if (list === null) return { ok: false, errors: [{ pointer: base === '' ? '/' : base, rule: 'type', message: `${base === '' ? '/' : base}: a log is an array of rows or { "rows": [...] }`, params: { what: 'log' } }] };
  if (list.length > o.maxRows) return tooMany(list.length, o, { pointer: `${prefix}/${o.maxRows}` });
  const errors: LogRowError[] = [];
  const rows: LogRow[] = [];
  list.forEach((item: unknown, i) => {
    if (!isObject(item)) {
      errors.push({ pointer: `${prefix}/${i}`, rule: 'type', message: `${prefix}/${i}: a row is an object`, params: { what: 'row' } });
      return;
    }
    const raw: Record<string, string> = {};
    for (const [k, v] of Object.entries(item)) {
      if (typeof v === 'string') raw[k] = v;
      else if (typeof v === 'number' && Number.isFinite(v)) raw[k] = String(v);
      else if (v !== null) errors.push({ pointer: `${prefix}/${i}/${k}`, rule: 'type', message: `${prefix}/${i}/${k}: must be a string`, params: { what: 'value' } });
    }
    const row = readRow(raw, (field) => ({ pointer: `${prefix}/${i}/${field}`, at: `${prefix}/${i}/${field}` }), o, errors);
    if (row !== null) rows.push(row);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes rows as a CSV log (LF line ends, times in the ward's zone to the millisecond). */
export function writeCabinetLogCsv(rows: readonly LogRow[], clock: WardClock): string {
  const lines = [LOG_COLUMNS.join(',')];
  for (const r of rows) {
    const cells = [clock.isoAt(r.timeMin, true), r.type, r.cabinet ?? '', r.session ?? '', r.patient ?? '', r.kind ?? '', r.sku ?? '', r.quantity === undefined ? '' : String(r.quantity), r.slot ?? ''];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
