/**
 * The twin's quarantine: ledger rows that could not be replayed, moved out of `twin_events`
 * (so the twin starts from the rows that fit) into `twin_quarantine` with the reason, who moved
 * them and when. Nothing is deleted: a row leaves `twin_events` only in the transaction that
 * copies it here. While a ward has unresolved rows its twin is read-only; `wardtwin db repair`
 * resolves them, the operator having seen what the twin is missing.
 */
import type { Db } from '../store/database.js';
import type { UnreplayableRow } from './ledger-replay.js';

/** One quarantined row as reported. */
export interface QuarantinedRow {
  seq: number;
  ward: string;
  eventId: string;
  timeMin: number;
  reason: string;
  /** `server start` or `db repair`. */
  quarantinedBy: string;
  /** ISO-8601 wall-clock times. */
  quarantinedAt: string;
  resolvedAt: string | null;
}

interface Row {
  seq: number;
  ward: string;
  event_id: string;
  time_min: number;
  reason: string;
  quarantined_by: string;
  quarantined_at: string;
  resolved_at: string | null;
}

const toRow = (r: Row): QuarantinedRow => ({
  seq: r.seq, ward: r.ward, eventId: r.event_id, timeMin: r.time_min, reason: r.reason, quarantinedBy: r.quarantined_by, quarantinedAt: r.quarantined_at, resolvedAt: r.resolved_at,
});

/** Typed access to `twin_quarantine` for one ward. */
export class TwinQuarantine {
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly ward: string,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.stmts = {
      copy: db.prepare(`INSERT INTO twin_quarantine (seq, ward, event_id, time_min, body, reason, quarantined_by, quarantined_at)
        SELECT seq, ward, event_id, time_min, body, ?, ?, ? FROM twin_events WHERE seq = ? AND ward = ?`),
      remove: db.prepare('DELETE FROM twin_events WHERE seq = ? AND ward = ?'),
      open: db.prepare('SELECT seq, ward, event_id, time_min, reason, quarantined_by, quarantined_at, resolved_at FROM twin_quarantine WHERE ward = ? AND resolved_at IS NULL ORDER BY seq'),
      resolve: db.prepare('UPDATE twin_quarantine SET resolved_at = ? WHERE ward = ? AND resolved_at IS NULL'),
    };
  }

  /** Moves `rows` from the ledger to the quarantine in one transaction; returns how many moved. */
  move(rows: readonly UnreplayableRow[], by: string): number {
    const at = this.now();
    return this.db.transaction(() => {
      let moved = 0;
      for (const row of rows) {
        if (this.stmts.copy.run(row.reason, by, at, row.seq, this.ward).changes === 1) moved += this.stmts.remove.run(row.seq, this.ward).changes;
      }
      return moved;
    })();
  }

  /** Rows not yet resolved, in ledger order. */
  open(): QuarantinedRow[] {
    return (this.stmts.open.all(this.ward) as Row[]).map(toRow);
  }

  /** Marks every open row resolved; returns how many. */
  resolveAll(): number {
    return this.stmts.resolve.run(this.now(), this.ward).changes;
  }
}
