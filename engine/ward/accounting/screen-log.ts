/**
 * The screen log: what a cabinet's own transaction log records about time at its screen and
 * the ledger does not — when a user took the screen, how many item lines she worked through
 * and when she left, and the same for a restocker's visit (start, slots on the pick list,
 * end). Kept only when asked for (a calibration's known-parameter log); the ledger holds the
 * rest (admissions, dispensed and refused lines, lots restocked, jams).
 */

/** One visit at a cabinet screen: a family's session or a restocker's visit. */
export interface ScreenVisit {
  /** Cabinet id. */
  readonly cabinetId: string;
  /** When the screen was taken, min since the scenario start. */
  readonly startMin: number;
  /** When it was left, min since the scenario start. */
  readonly endMin: number;
  /** Item lines worked (a session) or slots on the pick list (a restock visit). */
  readonly lines: number;
}

/** Every screen visit of one replication, in the order the visits started. */
export interface ScreenLogRecord {
  readonly sessions: readonly ScreenVisit[];
  readonly restockVisits: readonly ScreenVisit[];
}

/** Collects the screen visits of one replication (see the module header). */
export class ScreenLog {
  private readonly sessions: ScreenVisit[] = [];
  private readonly restockVisits: ScreenVisit[] = [];

  /** A family's session at `cabinetId` from `startMin` to `endMin` over `lines` item lines. */
  session(cabinetId: string, startMin: number, endMin: number, lines: number): void {
    this.sessions.push({ cabinetId, startMin, endMin, lines });
  }

  /** A restocker's visit at `cabinetId` from `startMin` to `endMin` with `slots` slots on the pick list. */
  restockVisit(cabinetId: string, startMin: number, endMin: number, slots: number): void {
    this.restockVisits.push({ cabinetId, startMin, endMin, lines: slots });
  }

  /** What was recorded. */
  finish(): ScreenLogRecord {
    return { sessions: this.sessions, restockVisits: this.restockVisits };
  }
}
