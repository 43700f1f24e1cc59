/**
 * A cabinet transaction log, row by row: what the cabinets of a ward record (a family's
 * session at the screen with its item lines, refusals, a restocker's visit with the lots she
 * put in, jams and outages) together with the admissions and discharges that say whose
 * postpartum day a line falls on. Times are minutes since the scenario start here; the edge
 * (CLI, API) reads them from ISO 8601 timestamps with a zone.
 */

/** What a row records. */
export type LogRowType =
  | 'admit'
  | 'discharge'
  | 'login'
  | 'dispense'
  | 'refuse'
  | 'logout'
  | 'restock-start'
  | 'restock'
  | 'restock-end'
  | 'jam'
  | 'clear'
  | 'offline'
  | 'online';

/** Every row type, in the order the README lists them. */
export const LOG_ROW_TYPES: readonly LogRowType[] = ['admit', 'discharge', 'login', 'dispense', 'refuse', 'logout', 'restock-start', 'restock', 'restock-end', 'jam', 'clear', 'offline', 'online'];

/** The log's columns besides `time`, in file order. */
export type LogField = 'cabinet' | 'session' | 'patient' | 'kind' | 'sku' | 'quantity' | 'slot';

/** The log's columns in file order (a CSV header; the keys of a JSON row). */
export const LOG_COLUMNS: readonly string[] = ['time', 'type', 'cabinet', 'session', 'patient', 'kind', 'sku', 'quantity', 'slot'];

/** The fields each row type must carry (others may be present and are ignored). */
export const REQUIRED_FIELDS: Readonly<Record<LogRowType, readonly LogField[]>> = {
  admit: ['patient', 'kind'],
  discharge: ['patient'],
  login: ['cabinet', 'session'],
  dispense: ['cabinet', 'session', 'patient', 'sku', 'quantity'],
  refuse: ['cabinet', 'session', 'patient', 'sku', 'quantity'],
  logout: ['cabinet', 'session'],
  'restock-start': ['cabinet', 'session'],
  restock: ['cabinet', 'session', 'slot', 'sku', 'quantity'],
  'restock-end': ['cabinet', 'session'],
  jam: ['cabinet', 'slot'],
  clear: ['cabinet', 'slot'],
  offline: ['cabinet'],
  online: ['cabinet'],
};

/** One row of the log, checked at the edge (the fields its type requires are present). */
export interface LogRow {
  /** Minutes since the scenario start. */
  readonly timeMin: number;
  readonly type: LogRowType;
  readonly cabinet?: string;
  /** Ties a login, its lines and its logout (or a restock visit's start, lots and end). */
  readonly session?: string;
  readonly patient?: string;
  readonly kind?: 'mother' | 'newborn';
  readonly sku?: string;
  /** Units (a line's units, a lot's units), integer >= 1. */
  readonly quantity?: number;
  readonly slot?: string;
}
