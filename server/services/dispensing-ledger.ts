/**
 * The dispensing service's durable record: an append-only table of the ledger events it
 * produced, rebuilt into the live state on start. Writes are group-committed: events of all
 * requests handled in one turn of the event loop go to disk in one transaction at the next
 * `setImmediate`, and each of those requests is answered only after that transaction commits,
 * so an answered request is on disk while throughput stays near the in-memory service's.
 * A failed write rejects every waiting request (503 store-unavailable) and calls `onFailure`,
 * whose job is to rebuild the live state from what is stored, so memory never runs ahead of disk.
 */
import type { LedgerEvent } from '../../engine/index.js';
import type { Db } from '../store/database.js';

interface Pending {
  readonly events: LedgerEvent[];
  readonly done: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

/** Typed access to `dispensing_ledger` for one ward, with group commit. */
export class DispensingLedger {
  private readonly stmts;
  private pending: Pending | null = null;

  /**
   * @param ward the ward (preset id) whose ledger this is; wards share the table.
   * @param onFailure called after a write failed, before the waiting requests are refused.
   */
  constructor(
    private readonly db: Db,
    private readonly ward: string,
    private readonly onFailure: (error: unknown) => void,
  ) {
    this.stmts = {
      insert: db.prepare('INSERT INTO dispensing_ledger (ward, body) VALUES (?, ?)'),
      all: db.prepare('SELECT body FROM dispensing_ledger WHERE ward = ? ORDER BY seq ASC'),
      count: db.prepare('SELECT COUNT(*) AS n FROM dispensing_ledger WHERE ward = ?'),
    };
  }

  /** Every stored event, in the order applied. */
  *events(): IterableIterator<LedgerEvent> {
    for (const row of this.stmts.all.iterate(this.ward) as IterableIterator<{ body: string }>) {
      yield* JSON.parse(row.body) as LedgerEvent[];
    }
  }

  /** Stored commit groups (rows) of this ward. */
  groups(): number {
    return (this.stmts.count.get(this.ward) as { n: number }).n;
  }

  /** Queues one event for the next group commit (the service's ledger sink). */
  record(event: LedgerEvent): void {
    if (this.pending === null) {
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const done = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // Marked handled: each waiting request sees the rejection through its own chain.
      done.catch(() => undefined);
      this.pending = { events: [], done, resolve, reject };
      setImmediate(() => this.flush());
    }
    this.pending.events.push(event);
  }

  /** Resolves once everything recorded so far is on disk; null when nothing is waiting. */
  durable(): Promise<void> | null {
    return this.pending === null ? null : this.pending.done;
  }

  /** Writes the waiting events now, in one transaction (also on close). */
  flush(): void {
    const group = this.pending;
    if (group === null) return;
    this.pending = null;
    try {
      this.stmts.insert.run(this.ward, JSON.stringify(group.events));
    } catch (error) {
      this.onFailure(error);
      group.reject(error);
      return;
    }
    group.resolve();
  }
}
