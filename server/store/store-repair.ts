/**
 * `wardtwin db repair`: makes a store whose twin ledger no longer replays start healthy again,
 * without deleting anything. Rows that do not replay are moved to `twin_quarantine` (with the
 * reason) and every open quarantined row is marked resolved, so the next start is read-write
 * with the rows that fit. A store whose pages are damaged is not touched: rewriting it would
 * hide what was lost, so repair says so and leaves it for a backup or `sqlite3 .recover`.
 */
import { TwinQuarantine } from '../twin/twin-quarantine.js';
import type { UnreplayableRow } from '../twin/ledger-replay.js';
import { replayTwinLedger } from '../twin/ledger-replay.js';
import { applySchema } from './database.js';
import type { Db } from './database.js';
import { isStoreFault } from './store-errors.js';
import type { WardConfigLookup } from './store-check.js';
import { wardCounts, wardRows } from './store-check.js';

/** What repair did to one ward. */
export interface WardRepair {
  ward: string;
  /** Rows moved from `twin_events` to `twin_quarantine` now. */
  moved: UnreplayableRow[];
  /** Quarantined rows marked resolved (including those just moved). */
  resolved: number;
  /** Set when the ward could not be repaired (no preset to replay it with). */
  skipped: string | null;
}

/** What `db repair` did. */
export interface StoreRepairReport {
  path: string;
  /** True when the next start will be read-write (nothing was left that repair could not handle). */
  ok: boolean;
  /** Set when the store's pages are damaged: nothing was changed. */
  damaged: string[] | null;
  wards: WardRepair[];
}

/** Repairs the open store `db` (at `path`, for the report). */
export function repairStore(db: Db, path: string, configOf: WardConfigLookup): StoreRepairReport {
  let found: string[];
  try {
    found = (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (error) {
    // A page too damaged to check at all.
    if (!isStoreFault(error)) throw error;
    found = [error.message];
  }
  if (found.length !== 1 || found[0] !== 'ok') return { path, ok: false, damaged: found, wards: [] };
  applySchema(db, path);
  const wards = new Set(wardCounts(db).map((w) => w.ward));
  for (const r of db.prepare('SELECT DISTINCT ward FROM twin_quarantine WHERE resolved_at IS NULL').all() as { ward: string }[]) wards.add(r.ward);
  const repairs = [...wards].sort().map((ward): WardRepair => {
    const config = configOf(ward);
    if (config === null) return { ward, moved: [], resolved: 0, skipped: 'no preset has this id, so its ledger cannot be replayed' };
    const quarantine = new TwinQuarantine(db, ward);
    const { unreplayable } = replayTwinLedger(config, wardRows(db, ward));
    quarantine.move(unreplayable, 'db repair');
    return { ward, moved: [...unreplayable], resolved: quarantine.resolveAll(), skipped: null };
  });
  return { path, ok: repairs.every((r) => r.skipped === null), damaged: null, wards: repairs };
}
