/**
 * `wardtwin db check`: is a store sound? SQLite's `integrity_check`, the schema version, what it
 * holds (runs by status, twin events per ward, quarantined rows), and whether each ward's
 * ledger, the twin's and the dispensing service's, replays over its preset's configuration. It reads only; every finding is one line in
 * `problems`, and an empty list means a server will start on the store read-write.
 */
import type { DispensingConfig } from '../../engine/index.js';
import { replayTwinLedger } from '../twin/ledger-replay.js';
import type { StoredTwinRow, UnreplayableRow } from '../twin/ledger-replay.js';
import type { Db } from './database.js';
import { SCHEMA_VERSION } from './database.js';
import { isStoreFault } from './store-errors.js';
import { checkDispensingLedgers } from './dispensing-check.js';
import type { DispensingLedgerCheck } from './dispensing-check.js';

/** A ward's configuration for replaying its ledger, or null when no preset has that id. */
export type WardConfigLookup = (ward: string) => DispensingConfig | null;

/** One ward's ledger as checked. */
export interface WardLedgerCheck {
  ward: string;
  events: number;
  /** `ok`, `unreplayable` (rows listed), `unknown-ward` (no preset to replay it with) or `unreadable` (the store failed). */
  replay: 'ok' | 'unreplayable' | 'unknown-ward' | 'unreadable';
  unreplayable: UnreplayableRow[];
  /** Quarantined rows not yet resolved by `db repair`. */
  openQuarantine: number;
}

/** What `db check` found. */
export interface StoreCheckReport {
  path: string;
  ok: boolean;
  /** `['ok']`, or the first problems `integrity_check` reported. */
  integrity: string[];
  schemaVersion: number;
  expectedSchemaVersion: number;
  runs: Record<string, number>;
  quarantine: { open: number; resolved: number };
  wards: WardLedgerCheck[];
  /** The dispensing service's ledger per ward (see dispensing-check.ts). */
  dispensing: DispensingLedgerCheck[];
  /** One line per finding; empty when the store is sound. */
  problems: string[];
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** The stored rows of a ward, as the twin replays them. */
export function wardRows(db: Db, ward: string): () => Iterable<StoredTwinRow> {
  const stmt = db.prepare('SELECT seq, event_id AS eventId, time_min AS timeMin, body FROM twin_events WHERE ward = ? ORDER BY seq ASC');
  return () => stmt.iterate(ward) as IterableIterator<StoredTwinRow>;
}

/** Wards with events in the store, and how many each has. */
export function wardCounts(db: Db): { ward: string; n: number }[] {
  return hasTable(db, 'twin_events') ? (db.prepare('SELECT ward, COUNT(*) AS n FROM twin_events GROUP BY ward ORDER BY ward').all() as { ward: string; n: number }[]) : [];
}

function integrity(db: Db): string[] {
  try {
    return (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (error) {
    return [message(error)];
  }
}

function checkWard(db: Db, ward: string, events: number, configOf: WardConfigLookup, problems: string[]): WardLedgerCheck {
  const open = hasTable(db, 'twin_quarantine') ? (db.prepare('SELECT COUNT(*) AS n FROM twin_quarantine WHERE ward = ? AND resolved_at IS NULL').get(ward) as { n: number }).n : 0;
  if (open > 0) problems.push(`ward ${ward}: ${open} quarantined ledger row(s) not resolved; the twin is read-only until "wardtwin db repair"`);
  const base = { ward, events, openQuarantine: open, unreplayable: [] as UnreplayableRow[] };
  const config = configOf(ward);
  if (config === null) {
    problems.push(`ward ${ward}: no preset has this id, so its ${events} ledger row(s) cannot be replayed here`);
    return { ...base, replay: 'unknown-ward' };
  }
  try {
    const { unreplayable } = replayTwinLedger(config, wardRows(db, ward));
    for (const row of unreplayable) problems.push(`ward ${ward}: ledger row ${row.seq} (event "${row.eventId}") does not replay: ${row.reason}`);
    return { ...base, replay: unreplayable.length === 0 ? 'ok' : 'unreplayable', unreplayable: [...unreplayable] };
  } catch (error) {
    if (!isStoreFault(error)) throw error;
    problems.push(`ward ${ward}: the ledger could not be read (${message(error)})`);
    return { ...base, replay: 'unreadable' };
  }
}

/**
 * Checks the open store `db` (at `path`, for the report).
 * @param dispensingConfigOf the dispensing service's configuration of a ward (default `configOf`)
 */
export function checkStore(db: Db, path: string, configOf: WardConfigLookup, dispensingConfigOf: WardConfigLookup = configOf): StoreCheckReport {
  const problems: string[] = [];
  const found = integrity(db);
  if (found.length !== 1 || found[0] !== 'ok') problems.push(...found.map((p) => `integrity: ${p}`));
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  if (schemaVersion !== SCHEMA_VERSION) problems.push(`schema version ${schemaVersion}, this wardtwin writes ${SCHEMA_VERSION}${schemaVersion < SCHEMA_VERSION ? ' (the next start upgrades it)' : ''}`);
  const runs: Record<string, number> = {};
  let quarantine = { open: 0, resolved: 0 };
  let wards: WardLedgerCheck[] = [];
  let dispensing: DispensingLedgerCheck[] = [];
  try {
    if (hasTable(db, 'runs')) for (const r of db.prepare('SELECT status, COUNT(*) AS n FROM runs GROUP BY status ORDER BY status').all() as { status: string; n: number }[]) runs[r.status] = r.n;
    if (hasTable(db, 'twin_quarantine')) quarantine = db.prepare('SELECT COUNT(*) - COUNT(resolved_at) AS open, COUNT(resolved_at) AS resolved FROM twin_quarantine').get() as typeof quarantine;
    wards = wardCounts(db).map(({ ward, n }) => checkWard(db, ward, n, configOf, problems));
    dispensing = checkDispensingLedgers(db, dispensingConfigOf, problems);
  } catch (error) {
    if (!isStoreFault(error)) throw error;
    problems.push(`the store could not be read (${message(error)})`);
  }
  return { path, ok: problems.length === 0, integrity: found, schemaVersion, expectedSchemaVersion: SCHEMA_VERSION, runs, quarantine, wards, dispensing, problems };
}
