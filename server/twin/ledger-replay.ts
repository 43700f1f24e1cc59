/**
 * Replaying the twin's stored ledger at start-up without trusting it: every row is folded over
 * a fresh state from the ward's configuration, and a row that does not fit (stock that is not
 * there, an unknown patient, a body that is not JSON, a ward whose preset changed under it) is
 * set aside with the reason instead of stopping the server. A failed fold may have changed the
 * state in part (a multi-lot grant), so after each bad row the fold restarts from scratch
 * without it; after `maxRestarts` bad rows the replay stops there and every later row is set
 * aside too, which bounds the work at (maxRestarts + 1) folds of the ledger.
 */
import { applyEvent, createDispensingState } from '../../engine/index.js';
import type { DispensingConfig, DispensingState, LedgerEvent } from '../../engine/index.js';

/** One stored ledger row as written: `seq` is its row id in `twin_events`. */
export interface StoredTwinRow {
  readonly seq: number;
  readonly eventId: string;
  readonly timeMin: number;
  /** JSON text: the ledger events the cabinet log event produced. */
  readonly body: string;
}

/** A row the replay set aside, and why. */
export interface UnreplayableRow {
  readonly seq: number;
  readonly eventId: string;
  readonly timeMin: number;
  readonly reason: string;
}

/** The state of the rows that fit, and the rows that did not, in ledger order. */
export interface ReplayOutcome {
  readonly state: DispensingState;
  readonly unreplayable: readonly UnreplayableRow[];
}

/** Options of {@link replayTwinLedger}. */
export interface ReplayOptions {
  /** Receives every ledger event of the rows that fit (the twin's own collector). */
  onEvent?: (event: LedgerEvent) => void;
  /** Bad rows after which the replay stops and sets the rest aside; default 20. */
  maxRestarts?: number;
}

function parseLedger(body: string): LedgerEvent[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new Error(`the row's body is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed) || !parsed.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e))) throw new Error("the row's body is not a list of ledger events");
  return parsed as LedgerEvent[];
}

/**
 * Folds `rows()` (called once per pass, rows in ledger order) over a fresh state from `config`.
 * Errors reading the rows (a damaged store) are not the rows' fault and propagate.
 */
export function replayTwinLedger(config: DispensingConfig, rows: () => Iterable<StoredTwinRow>, options: ReplayOptions = {}): ReplayOutcome {
  const maxRestarts = options.maxRestarts ?? 20;
  const bad = new Map<number, UnreplayableRow>();
  let stopAt = Number.POSITIVE_INFINITY;
  for (;;) {
    const state = createDispensingState(config, { ledger: 'counters', ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
    let failed: UnreplayableRow | null = null;
    for (const row of rows()) {
      if (bad.has(row.seq)) continue;
      if (row.seq >= stopAt) {
        bad.set(row.seq, { seq: row.seq, eventId: row.eventId, timeMin: row.timeMin, reason: `not replayed: more than ${maxRestarts} rows before it did not fit, so the replay stopped at row ${stopAt}` });
        continue;
      }
      try {
        for (const event of parseLedger(row.body)) applyEvent(state, event);
      } catch (error) {
        failed = { seq: row.seq, eventId: row.eventId, timeMin: row.timeMin, reason: error instanceof Error ? error.message : String(error) };
        break;
      }
    }
    if (failed === null) return { state, unreplayable: [...bad.values()].sort((a, b) => a.seq - b.seq) };
    if (bad.size >= maxRestarts) stopAt = failed.seq;
    else bad.set(failed.seq, failed);
  }
}
