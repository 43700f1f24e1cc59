/**
 * The ward server's embedded store: one SQLite file (WAL journal) that holds the runs the
 * planners asked for and the live twin's ledger of cabinet events. WAL plus one transaction
 * per logical write means a crash leaves either the old or the new state, never half of one.
 * One process at a time: the store is opened in SQLite's exclusive locking mode, so a second
 * server on the same file is refused at once instead of writing a ledger that diverges.
 */
import Database from 'better-sqlite3';
import { prepareStorePath } from './store-path.js';
import { clearOwner, readOwner, writeOwner } from './store-owner.js';
import { StoreError, isCorruption, isStoreFault } from './store-errors.js';

/** The better-sqlite3 handle type, re-exported so the stores need not import the driver. */
export type Db = Database.Database;

/** The schema this code writes (`PRAGMA user_version`); 2 added `twin_quarantine`, 3 `dispensing_ledger`. */
export const SCHEMA_VERSION = 3;

const migrations = `
CREATE TABLE IF NOT EXISTS runs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  request TEXT NOT NULL,
  status TEXT NOT NULL,
  progress REAL NOT NULL DEFAULT 0,
  result TEXT,
  series TEXT NOT NULL DEFAULT '[]',
  error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_status ON runs(status);
CREATE TABLE IF NOT EXISTS twin_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  ward TEXT NOT NULL,
  event_id TEXT NOT NULL,
  time_min REAL NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (ward, event_id)
);
CREATE TABLE IF NOT EXISTS twin_quarantine (
  seq INTEGER PRIMARY KEY,
  ward TEXT NOT NULL,
  event_id TEXT NOT NULL,
  time_min REAL NOT NULL,
  body TEXT NOT NULL,
  reason TEXT NOT NULL,
  quarantined_by TEXT NOT NULL,
  quarantined_at TEXT NOT NULL,
  resolved_at TEXT
);
CREATE TABLE IF NOT EXISTS dispensing_ledger (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  ward TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dispensing_ledger_ward ON dispensing_ledger(ward, seq);
`;

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** Who takes the store, for the owner file and the message a second process gets; default `a wardtwin server`. */
  command?: string;
  /** Run `PRAGMA quick_check` and refuse a damaged file; default true. */
  verify?: boolean;
  /** Create or upgrade the tables; default true. `false` opens the file as it is (for `db check`). */
  migrate?: boolean;
}

function lockedMessage(path: string): string {
  const owner = readOwner(path);
  const who = owner === null ? 'another process (its pid is unknown)' : `${owner.command} (pid ${owner.pid}, since ${owner.since})`;
  return `store ${path} is in use by ${who}; stop it or pass another --db`;
}

/** Runs `fn` on the open handle, turning SQLite's refusals into one-line {@link StoreError}s. */
function guarded<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isStoreFault(error)) throw error;
    if (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED') throw new StoreError('locked', path, lockedMessage(path));
    if (isCorruption(error)) throw new StoreError('corrupt', path, corruptMessage(path, error.message));
    throw new StoreError('bad-path', path, `store ${path}: ${error.message} (${error.code})`);
  }
}

function corruptMessage(path: string, problem: string): string {
  return `store ${path} is damaged (${problem}); run "wardtwin db check --db ${path}" and restore a backup`;
}

/** The refusal for a store found damaged after opening (e.g. while replaying the twin ledger). */
export function damagedStore(path: string, problem: string): StoreError {
  return new StoreError('corrupt', path, corruptMessage(path, problem));
}

/**
 * Opens (creating if needed) the store at `path` and takes it for this process; `':memory:'`
 * gives a throwaway store. Creates the parent folder, switches on WAL and applies the schema.
 * @throws StoreError `bad-path`, `locked` (another process holds it), `corrupt` or `too-new`, each one line naming the path
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  const memory = path === ':memory:';
  if (!memory) prepareStorePath(path);
  const db = guarded(path, () => new Database(path, { timeout: 0 }));
  try {
    guarded(path, () => {
      // Exclusive before the first read: the lock is held from then until close or death.
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      // A read takes the lock; the owner file is written only once it is ours.
      db.pragma('user_version', { simple: true });
    });
    if (!memory) writeOwner(path, options.command ?? 'a wardtwin server');
    guarded(path, () => {
      // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commit).
      db.pragma('synchronous = NORMAL');
      if (options.verify !== false && !memory) {
        const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
        if (problems.length !== 1 || problems[0] !== 'ok') throw new StoreError('corrupt', path, corruptMessage(path, `quick_check: ${problems[0]}`));
      }
      if (options.migrate !== false) applySchema(db, path);
    });
    return db;
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
}

/**
 * Creates or upgrades the tables of an open store.
 * @throws StoreError `too-new` when a newer wardtwin wrote the store
 */
export function applySchema(db: Db, path: string = db.name): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new StoreError('too-new', path, `store ${path} has schema version ${version}, newer than this wardtwin's ${SCHEMA_VERSION}; use a newer wardtwin`);
  db.exec(migrations);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

/** Closes the store and removes its owner file (the lock goes with the handle). */
export function closeDatabase(db: Db): void {
  const path = db.name;
  if (db.open) db.close();
  if (path !== ':memory:' && path !== '') clearOwner(path);
}
