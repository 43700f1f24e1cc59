/**
 * The ward's live dispensing service: one dispensing state (the same core the simulation uses)
 * answering the cabinets' requests as they come. Time is the service's own clock in minutes
 * since it started (monotone, never from the client), so requests can never move it backwards.
 * The state lives in memory; given its stored ledger (see `dispensing-ledger.ts`) it starts
 * from the configured ward with every stored event folded in, so stock, patients, quotas and
 * the idempotency window survive a restart, and its clock goes on from the last stored event.
 */
import {
  admitPatient, applyEvent, applyRestock, cabinetSummaries, copyDispensingState, cabinetView, createDispensingState, deliveryFromPlan, dischargePatient, dispense, hasCabinet, planRestock,
  DispensingInputError,
} from '../../engine/index.js';
import type {
  AdmitRequest, CabinetSummary, CabinetView, DispensingConfig, LedgerEvent, DispensingState, DispenseOutcome, DispenseRequest, RestockDelivery, RestockPolicy,
  RestockReceipt,
} from '../../engine/index.js';
import { ApiError } from '../errors.js';

/** Turns a core argument path (`request.quantity`, `delivery.lines[2].slotId`) into a JSON Pointer under `/body`. */
export function bodyPointer(corePath: string): string {
  const rest = corePath.replace(/^(request|delivery|policy|filter)\.?/, '');
  const parts = rest.split(/[.[\]]+/).filter((p) => p !== '');
  return ['/body', ...parts].join('/');
}

/** A core error as the client should see it: a malformed call becomes a 400 with the field's path; anything else is left as it is. */
export function asApiError(err: unknown): unknown {
  return err instanceof DispensingInputError ? new ApiError(400, 'invalid-request', err.message, [{ path: bodyPointer(err.path), rule: err.rule, message: err.message }]) : err;
}

/** Runs a core call, turning a malformed call into a 400 with the field's path. */
export function coreCall<T>(api: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw asApiError(err);
  }
}

/** The dispensing service over one live state. */
export class DispensingService {
  private current!: DispensingState;
  private startedAtMs = 0;

  /**
   * @param config the ward (see `wardDispensingConfig`)
   * @param clockMin minutes since the service started; default the process's monotonic clock.
   * @param onEvent called with every ledger event; the service keeps counters only, never a
   *   growing in-memory ledger (the durable record is the stored ledger, kept by the caller).
   * @param stored the events stored so far, folded in at start and by {@link reload}
   */
  constructor(
    private readonly config: DispensingConfig,
    private readonly clockMin?: () => number,
    private readonly onEvent?: (event: LedgerEvent) => void,
    private readonly stored?: () => Iterable<LedgerEvent>,
  ) {
    this.reload();
  }

  /** The live state (mutated in place by the core). */
  get state(): DispensingState {
    return this.current;
  }

  /**
   * Rebuilds the state from the config and the stored events (at start, and after a write
   * failed so that memory holds only what is on disk).
   * @throws DispensingInputError when a stored event does not fit (the ledger is not this ward's)
   */
  reload(): void {
    if (this.stored === undefined) {
      this.current = createDispensingState(this.config, { ledger: 'counters', ...(this.onEvent ? { onEvent: this.onEvent } : {}) });
    } else {
      const replayed = createDispensingState(this.config, { ledger: 'counters' });
      for (const event of this.stored()) applyEvent(replayed, event);
      this.current = copyDispensingState(replayed, this.onEvent ?? null);
    }
    // The clock goes on from the last stored event rather than from zero.
    this.startedAtMs = performance.now() - this.current.nowMin * 60_000;
  }

  /** Service time, minutes; never earlier than the last state change. */
  now(): number {
    // performance.now(): the same monotonic clock as hrtime, as a double, so no BigInt per request.
    const t = this.clockMin ? this.clockMin() : (performance.now() - this.startedAtMs) / 60_000;
    return Math.max(t, this.state.nowMin);
  }

  /** One request at a cabinet. */
  dispense(request: Omit<DispenseRequest, 'timeMin'>): DispenseOutcome {
    if (!hasCabinet(this.state, request.cabinetId)) {
      throw new ApiError(404, 'not-found', `cabinet "${request.cabinetId}" does not exist on this ward`, [{ path: '/body/cabinetId', rule: 'exists', message: 'no such cabinet' }]);
    }
    // Fields copied one by one rather than spread: one object of a fixed shape per request.
    const call: DispenseRequest = {
      requestId: request.requestId, patientId: request.patientId, actorId: request.actorId,
      sku: request.sku, quantity: request.quantity, cabinetId: request.cabinetId, timeMin: this.now(),
    };
    // Called inline rather than through coreCall: no closure per request on the hot route.
    try {
      return dispense(this.state, call);
    } catch (err) {
      throw asApiError(err);
    }
  }

  /** Admits a patient (their wristband becomes valid). */
  admit(request: Omit<AdmitRequest, 'timeMin'>): void {
    if (this.state.patients.has(request.patientId)) throw new ApiError(409, 'conflict', `patient "${request.patientId}" is already admitted`, [{ path: '/body/patientId', rule: 'unique', message: 'already admitted' }]);
    coreCall('admitPatient', () => admitPatient(this.state, { ...request, timeMin: this.now() }));
  }

  /** Discharges a patient. */
  discharge(patientId: string): void {
    if (!this.state.patients.has(patientId)) throw new ApiError(404, 'not-found', `patient "${patientId}" is not admitted`, [{ path: '/params/id', rule: 'exists', message: 'not admitted' }]);
    coreCall('dischargePatient', () => dischargePatient(this.state, patientId, this.now()));
  }

  /** A restock round planned by `policy`, or an explicit delivery. */
  restock(input: { policy?: RestockPolicy; delivery?: RestockDelivery }): RestockReceipt {
    const timeMin = this.now();
    if (input.delivery) {
      const delivery = input.delivery;
      return coreCall('applyRestock', () => applyRestock(this.state, delivery, timeMin));
    }
    const policy = input.policy ?? { mode: 'round' };
    return coreCall('planRestock', () => {
      const plan = planRestock(this.state, policy, timeMin);
      return applyRestock(this.state, deliveryFromPlan(this.state, plan), timeMin);
    });
  }

  /** Every cabinet with its stock. */
  cabinets(): CabinetSummary[] {
    return cabinetSummaries(this.state, this.now());
  }

  /** One cabinet's slots and lots, or undefined. */
  cabinet(id: string): CabinetView | undefined {
    return cabinetView(this.state, id, this.now());
  }
}
