/**
 * The twin's persistent ledger: one row per accepted cabinet log event, holding the dispensing
 * ledger events it produced (none when it changed nothing, e.g. a jam of a slot already
 * jammed), in the order they were applied. Folding the rows over a fresh state from the ward's
 * configuration rebuilds the twin after a restart. A batch is written in one transaction.
 */
import type { LedgerEvent } from '../../engine/index.js';
import type { Db } from '../store/database.js';
import type { StoredTwinRow } from './ledger-replay.js';

/** One stored cabinet log event and the ledger events it produced. */
export interface TwinRow {
  readonly eventId: string;
  readonly timeMin: number;
  readonly ledger: readonly LedgerEvent[];
}

/** Typed access to the `twin_events` table for one ward. */
export class TwinStore {
  private readonly stmts;

  /** @param ward the ward (scenario id) whose ledger this is; wards share the table. */
  constructor(
    private readonly db: Db,
    private readonly ward: string,
  ) {
    this.stmts = {
      insert: db.prepare('INSERT INTO twin_events (ward, event_id, time_min, body) VALUES (?, ?, ?, ?)'),
      has: db.prepare('SELECT 1 FROM twin_events WHERE ward = ? AND event_id = ?'),
      all: db.prepare('SELECT event_id, time_min, body FROM twin_events WHERE ward = ? ORDER BY seq ASC'),
      stored: db.prepare('SELECT seq, event_id AS eventId, time_min AS timeMin, body FROM twin_events WHERE ward = ? ORDER BY seq ASC'),
      count: db.prepare('SELECT COUNT(*) AS n FROM twin_events WHERE ward = ?'),
    };
  }

  /** Whether an event id was accepted before. */
  has(eventId: string): boolean {
    return this.stmts.has.get(this.ward, eventId) !== undefined;
  }

  /** Every accepted event, in the order applied. */
  *rows(): IterableIterator<TwinRow> {
    for (const row of this.stmts.all.iterate(this.ward) as IterableIterator<{ event_id: string; time_min: number; body: string }>) {
      yield { eventId: row.event_id, timeMin: row.time_min, ledger: JSON.parse(row.body) as LedgerEvent[] };
    }
  }

  /** Every accepted event as stored (body unparsed, with its row id), in the order applied. */
  storedRows(): IterableIterator<StoredTwinRow> {
    return this.stmts.stored.iterate(this.ward) as IterableIterator<StoredTwinRow>;
  }

  /** Events accepted so far. */
  count(): number {
    return (this.stmts.count.get(this.ward) as { n: number }).n;
  }

  /** Appends a batch in one transaction (all rows or none). */
  append(rows: readonly TwinRow[]): void {
    this.db.transaction(() => {
      for (const row of rows) this.stmts.insert.run(this.ward, row.eventId, row.timeMin, JSON.stringify(row.ledger));
    })();
  }
}
