/**
 * The live twin of a ward: its cabinets, slots, lots, jams, online flags and admitted patients
 * as the real cabinets reported them. The state is the dispensing core's, built from the same
 * configuration as the simulation of the ward scenario and changed only by folding ledger
 * events, so a twin fed a simulation's ledger holds exactly the simulation's state. A batch of
 * events is all or nothing: ordering and duplicates are checked before anything changes, and
 * if an event does not fit the state halfway (stock that is not there, an unknown patient) the
 * state is rebuilt from the stored ledger and the batch is refused with the event's path.
 * Stored rows that no longer replay are quarantined (see `twin-quarantine.ts`) and the twin
 * turns read-only: it answers reads, and refuses event batches with 503 until an operator runs
 * `wardtwin db repair`, because events folded over a state that lacks rows would diverge.
 */
import {
  applyEvent, applyRestock, copyDispensingState, dispense, DispensingInputError,
} from '../../engine/index.js';
import type { DispensingConfig, DispensingState, LedgerEvent } from '../../engine/index.js';
import { ApiError } from '../errors.js';
import type { ErrorDetail } from '../errors.js';
import { replayTwinLedger } from './ledger-replay.js';
import { missingFields } from './twin-events.js';
import { checkGrants, checkRoom, checkSkew } from './event-checks.js';
import type { TwinEvent } from './twin-events.js';
import type { QuarantinedRow, TwinQuarantine } from './twin-quarantine.js';
import type { TwinRow, TwinStore } from './twin-store.js';

/** What an accepted batch did. */
export interface BatchReceipt {
  /** Events accepted (the whole batch). */
  accepted: number;
  /** Ledger events they produced. */
  ledgerEvents: number;
  /** The twin's clock after the batch, minutes since the scenario start. */
  timeMin: number;
}

function fieldPath(index: number, corePath: string): string {
  const field = corePath.replace(/^(event|request|delivery|filter)\.?/, '').split(/[.[\]]+/).filter((p) => p !== '');
  return ['/body/events', String(index), ...field].join('/');
}

/** Limits of a {@link Twin}. */
export interface TwinLimits {
  /** Most patients admitted at once; an admission beyond is a 422. Default 2000. */
  maxPatients: number;
  /** Furthest an event may lie after the twin's clock, minutes; beyond is a 422. Default 10080. */
  maxSkewMin: number;
}

/** Ledger events folded since the checkpoint before a new checkpoint is taken. */
const CHECKPOINT_EVENTS = 5_000;

/**
 * The twin: live state plus its persistent ledger. A refused batch returns the state to a
 * checkpoint (a copy taken every {@link CHECKPOINT_EVENTS} ledger events) and folds the events
 * accepted since, so refusing costs the state's size plus at most that many events, whatever
 * the length of the stored ledger.
 */
export class Twin {
  private current: DispensingState;
  private readonly emitted: LedgerEvent[] = [];
  private quarantined: readonly QuarantinedRow[] = [];
  private checkpoint: DispensingState;
  private sinceCheckpoint: LedgerEvent[] = [];

  /** @param quarantine where rows that do not replay go; without one such a row stops the start. */
  constructor(
    private readonly config: DispensingConfig,
    private readonly store: TwinStore,
    private readonly quarantine: TwinQuarantine | null = null,
    private readonly limits: TwinLimits = { maxPatients: 2000, maxSkewMin: 7 * 1440 },
  ) {
    this.current = this.rebuild();
    this.quarantined = quarantine?.open() ?? [];
    this.checkpoint = copyDispensingState(this.current, null);
  }

  /** Unresolved quarantined rows of this ward; while there are any, the twin is read-only. */
  get quarantinedRows(): readonly QuarantinedRow[] {
    return this.quarantined;
  }

  /** Whether event batches are refused (503) because stored rows could not be replayed. */
  get readOnly(): boolean {
    return this.quarantined.length > 0;
  }

  /** The live state (read it; change it only through {@link applyBatch}). */
  get state(): DispensingState {
    return this.current;
  }

  /** Events accepted since the ledger began. */
  eventCount(): number {
    return this.store.count();
  }

  /** Checks a batch without touching the state: fields per type, order, duplicates. Throws 400/409. */
  check(events: readonly TwinEvent[]): void {
    const missing = events.flatMap((e, i) => missingFields(e, i));
    if (missing.length > 0) throw new ApiError(400, 'validation-failed', `POST /api/twin/events: ${missing.length} event field(s) missing`, missing);
    const problems: ErrorDetail[] = [];
    const seen = new Set<string>();
    let last = this.current.nowMin;
    events.forEach((e, i) => {
      if (seen.has(e.eventId) || this.store.has(e.eventId)) {
        problems.push({ path: `/body/events/${i}/eventId`, rule: 'duplicate', message: `event "${e.eventId}" was already received`, params: { name: JSON.stringify(e.eventId) } });
      }
      seen.add(e.eventId);
      if (e.timeMin < last) {
        const field = e.time === undefined ? 'timeMin' : 'time';
        problems.push({ path: `/body/events/${i}/${field}`, rule: 'out-of-order', message: `${field === 'time' ? `time "${e.time}" (minute ${e.timeMin})` : `timeMin(=${e.timeMin})`} is earlier than ${last}, the twin's clock or the event before it` });
      } else last = e.timeMin;
    });
    if (problems.length > 0) {
      throw new ApiError(409, 'events-rejected', `POST /api/twin/events: batch refused, nothing applied (${problems.length} event(s) out of order or duplicate)`, problems);
    }
    // Each event is measured against the one before it (in order, checked above), starting at the clock.
    let clock = this.current.nowMin;
    events.forEach((e, i) => {
      checkSkew(e, i, clock, this.limits.maxSkewMin);
      clock = e.timeMin;
    });
  }

  /**
   * Applies a batch atomically and persists it.
   * @throws ApiError 400 (missing fields), 409 (out of order, duplicate), 422 (does not fit the state), 503 (the twin is read-only); the state is then unchanged
   */
  applyBatch(events: readonly TwinEvent[]): BatchReceipt {
    if (this.readOnly) {
      throw new ApiError(503, 'twin-read-only', `POST /api/twin/events: the twin is read-only: ${this.quarantined.length} stored ledger row(s) could not be replayed and are quarantined (first: row ${this.quarantined[0].seq}, event "${this.quarantined[0].eventId}": ${this.quarantined[0].reason}); stop the server, run "wardtwin db check" and "wardtwin db repair", then restart`);
    }
    this.check(events);
    const rows: TwinRow[] = [];
    const eventsBefore = this.current.counters.events;
    let index = 0;
    try {
      for (; index < events.length; index++) {
        this.emitted.length = 0;
        this.applyOne(events[index], index);
        rows.push({ eventId: events[index].eventId, timeMin: events[index].timeMin, ledger: [...this.emitted] });
      }
      this.store.append(rows);
    } catch (err) {
      if (index > 0 || this.current.counters.events !== eventsBefore || !(err instanceof ApiError || err instanceof DispensingInputError)) this.current = this.rollback();
      if (err instanceof ApiError) throw err;
      if (err instanceof DispensingInputError) {
        throw new ApiError(422, 'event-does-not-fit', `POST /api/twin/events: event ${index} does not fit the twin state, batch refused: ${err.message}`, [
          { path: fieldPath(index, err.path), rule: err.rule, message: err.message },
        ]);
      }
      throw err;
    }
    for (const row of rows) this.sinceCheckpoint.push(...row.ledger);
    if (this.sinceCheckpoint.length >= CHECKPOINT_EVENTS) {
      this.checkpoint = copyDispensingState(this.current, null);
      this.sinceCheckpoint = [];
    }
    return { accepted: rows.length, ledgerEvents: rows.reduce((a, r) => a + r.ledger.length, 0), timeMin: this.current.nowMin };
  }

  /** The state as of the last accepted batch: the checkpoint with the events accepted since folded in. */
  private rollback(): DispensingState {
    const state = copyDispensingState(this.checkpoint, (ev) => this.emitted.push(ev));
    for (const ev of this.sinceCheckpoint) applyEvent(state, ev);
    this.emitted.length = 0;
    return state;
  }

  private applyOne(e: TwinEvent, index: number): void {
    const s = this.current;
    const t = e.timeMin;
    const who = { patientId: e.patientId ?? null, actorId: e.actorId ?? null };
    switch (e.type) {
      case 'dispense': {
        if (e.grants === undefined) {
          const out = dispense(s, { requestId: e.requestId ?? e.eventId, sku: e.sku!, quantity: e.quantity!, cabinetId: e.cabinetId!, timeMin: t, ...(e.patientId ? { patientId: e.patientId } : {}), ...(e.actorId ? { actorId: e.actorId } : {}) });
          if (!out.ok) throw new ApiError(422, 'event-does-not-fit', `POST /api/twin/events: event ${index} is a dispense the twin would refuse (${out.reason}); send its grants or the events before it`, [{ path: `/body/events/${index}`, rule: out.reason, message: `the twin refuses: ${out.reason}` }]);
          return;
        }
        const granted = e.grants.reduce((a, g) => a + g.quantity, 0);
        if (granted !== e.quantity) throw new ApiError(422, 'event-does-not-fit', `POST /api/twin/events: event ${index}: grants hold ${granted} units, quantity is ${e.quantity}`, [{ path: `/body/events/${index}/grants`, rule: 'sum', message: 'grant quantities must add up to quantity' }]);
        checkGrants(s, e, index);
        applyEvent(s, { type: 'dispensed', timeMin: t, requestId: e.requestId ?? e.eventId, ...who, cabinetId: e.cabinetId!, sku: e.sku!, quantity: e.quantity, grants: e.grants });
        return;
      }
      case 'refusal':
        applyEvent(s, { type: 'refused', timeMin: t, requestId: e.requestId ?? e.eventId, ...who, cabinetId: e.cabinetId!, sku: e.sku!, quantity: e.quantity!, reason: e.reason!, alternatives: e.alternatives ?? [] });
        return;
      case 'restock':
        if (e.lotId !== undefined) {
          applyEvent(s, { type: 'restocked', timeMin: t, cabinetId: e.cabinetId!, slotId: e.slotId!, lotId: e.lotId, quantity: e.quantity!, expiresAtMin: e.expiresAtMin! });
        } else {
          const receipt = applyRestock(s, { lines: [{ cabinetId: e.cabinetId!, slotId: e.slotId!, lots: [{ quantity: e.quantity!, expiresAtMin: e.expiresAtMin! }] }] }, t);
          if (receipt.overflowUnits > 0) throw new DispensingInputError('twin', 'event.quantity', `(=${e.quantity}) does not fit slot ${e.cabinetId}/${e.slotId}`);
        }
        return;
      case 'removal':
        applyEvent(s, { type: 'expired-removed', timeMin: t, cabinetId: e.cabinetId!, slotId: e.slotId!, lotId: e.lotId!, quantity: e.quantity! });
        return;
      case 'jam':
      case 'clear':
        applyEvent(s, { type: e.type === 'jam' ? 'jammed' : 'cleared', timeMin: t, cabinetId: e.cabinetId!, slotId: e.slotId! });
        return;
      case 'offline':
      case 'online':
        applyEvent(s, { type: e.type, timeMin: t, cabinetId: e.cabinetId! });
        return;
      case 'slot-assignment':
        applyEvent(s, { type: 'slot-assigned', timeMin: t, cabinetId: e.cabinetId!, slotId: e.slotId!, sku: e.sku ?? null });
        return;
      case 'admission':
        if (s.patients.has(e.patientId!)) throw new DispensingInputError('twin', 'event.patientId', `(="${e.patientId}") is already admitted`);
        checkRoom(s, index, this.limits.maxPatients);
        applyEvent(s, { type: 'admitted', timeMin: t, patientId: e.patientId!, kind: e.kind!, room: e.room!, companionIds: e.companionIds ?? [] });
        return;
      case 'discharge':
        if (!s.patients.has(e.patientId!)) throw new DispensingInputError('twin', 'event.patientId', `(="${e.patientId}") is not admitted`);
        applyEvent(s, { type: 'discharged', timeMin: t, patientId: e.patientId! });
        return;
    }
  }

  /** A fresh state from the config with every stored ledger row that fits folded in; the rest are quarantined. */
  private rebuild(): DispensingState {
    const { state, unreplayable } = replayTwinLedger(this.config, () => this.store.storedRows(), { onEvent: (ev) => this.emitted.push(ev) });
    this.emitted.length = 0;
    if (unreplayable.length > 0) {
      const first = unreplayable[0];
      if (this.quarantine === null) throw new Error(`Twin: stored ledger row ${first.seq} (event "${first.eventId}") does not replay: ${first.reason}`);
      this.quarantine.move(unreplayable, 'server start');
      this.quarantined = this.quarantine.open();
    }
    return state;
  }
}
