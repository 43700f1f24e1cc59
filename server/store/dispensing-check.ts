/**
 * `wardtwin db check` on the dispensing service's ledger (`dispensing_ledger`): per ward, how
 * many commit groups and events it holds, and whether they fold over the ward's configuration
 * the way the service does at start. A ledger that does not fold stops `serve --ward W`, so it
 * is a problem; unlike the twin's ledger it is not quarantined row by row (a dispensing event
 * left out would change every later grant's lots), and `db repair` leaves it alone.
 */
import { applyEvent, createDispensingState } from '../../engine/index.js';
import type { LedgerEvent } from '../../engine/index.js';
import type { Db } from './database.js';
import { isStoreFault } from './store-errors.js';
import type { WardConfigLookup } from './store-check.js';

/** One ward's dispensing ledger as checked. */
export interface DispensingLedgerCheck {
  ward: string;
  /** Commit groups (table rows). */
  rows: number;
  events: number;
  /** `ok`, `unreplayable` (see `reason`), `unknown-ward` (no preset) or `unreadable` (the store failed). */
  replay: 'ok' | 'unreplayable' | 'unknown-ward' | 'unreadable';
  /** Why it does not replay: the row (`seq`) and event, and the core's message. */
  reason: string | null;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function checkWard(db: Db, ward: string, rows: number, configOf: WardConfigLookup, problems: string[]): DispensingLedgerCheck {
  const config = configOf(ward);
  const base = { ward, rows, events: 0, reason: null };
  if (config === null) {
    problems.push(`ward ${ward}: no preset has this id, so its dispensing ledger (${rows} row(s)) cannot be replayed here`);
    return { ...base, replay: 'unknown-ward' };
  }
  const state = createDispensingState(config, { ledger: 'counters' });
  let events = 0;
  try {
    for (const row of db.prepare('SELECT seq, body FROM dispensing_ledger WHERE ward = ? ORDER BY seq ASC').iterate(ward) as IterableIterator<{ seq: number; body: string }>) {
      let list: LedgerEvent[];
      try {
        list = JSON.parse(row.body) as LedgerEvent[];
      } catch (error) {
        const reason = `row ${row.seq} is not JSON (${message(error)})`;
        problems.push(`ward ${ward}: the dispensing ledger does not replay: ${reason}; "serve --ward ${ward}" will not start on this store`);
        return { ...base, events, replay: 'unreplayable', reason };
      }
      for (const [i, event] of list.entries()) {
        try {
          applyEvent(state, event);
        } catch (error) {
          const reason = `row ${row.seq}, event ${i} (${event.type} at minute ${event.timeMin}): ${message(error)}`;
          problems.push(`ward ${ward}: the dispensing ledger does not replay: ${reason}; "serve --ward ${ward}" will not start on this store`);
          return { ...base, events: events + i, replay: 'unreplayable', reason };
        }
      }
      events += list.length;
    }
  } catch (error) {
    if (!isStoreFault(error)) throw error;
    problems.push(`ward ${ward}: the dispensing ledger could not be read (${message(error)})`);
    return { ...base, events, replay: 'unreadable' };
  }
  return { ...base, events, replay: 'ok' };
}

/** Checks every ward's dispensing ledger in `db` (none when the table is absent: an older store). */
export function checkDispensingLedgers(db: Db, configOf: WardConfigLookup, problems: string[]): DispensingLedgerCheck[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dispensing_ledger'").get();
  if (table === undefined) return [];
  const wards = db.prepare('SELECT ward, COUNT(*) AS n FROM dispensing_ledger GROUP BY ward ORDER BY ward').all() as { ward: string; n: number }[];
  return wards.map(({ ward, n }) => checkWard(db, ward, n, configOf, problems));
}
