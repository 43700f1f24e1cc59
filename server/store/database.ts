/**
 * The ward server's embedded store: one SQLite file (WAL journal) that holds the runs the
 * planners asked for and the live twin's ledger of cabinet events. WAL plus one transaction
 * per logical write means a crash leaves either the old or the new state, never half of one.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** The better-sqlite3 handle type, re-exported so the stores need not import the driver. */
export type Db = Database.Database;

const schemaVersion = 1;

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
`;

/**
 * Opens (creating if needed) the store at `path`; `':memory:'` gives a throwaway store.
 * Creates the parent folder, switches on WAL and applies the schema.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commit).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(migrations);
  db.pragma(`user_version = ${schemaVersion}`);
  return db;
}
