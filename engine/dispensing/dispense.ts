/**
 * A dispense decision: someone at a cabinet scans a wristband and asks for units of an item.
 * The cabinet either hands them out — all of them, from the lots that expire first, never an
 * expired lot — or refuses with one reason and names the nearest cabinets that could serve.
 *
 * Checks, in order: cabinet online, SKU known, patient identified and admitted, patient
 * entitled (kind; actor is the patient or a companion), quota (per stay, per day), then stock:
 * enough unexpired units in working slots → grant; enough only counting jammed slots →
 * `slot-jammed`; nothing unexpired anywhere in the cabinet but expired lots present →
 * `expired-only`; otherwise `out-of-stock`.
 *
 * Cost: O(slots holding the SKU in this cabinet) for a decision; a stock refusal adds a scan of
 * the other cabinets nearest first.
 */
import { chargePatient, patientRefusal, patientRefusalOf } from './entitlement.js';
import { DispensingInputError } from './errors.js';
import { recall, remember } from './idempotency.js';
import { cabinetOf, checkCount, checkString, checkTime } from './input-checks.js';
import { emit, wantsEvents } from './ledger-emit.js';
import type { DispenseOutcome, DispenseRequest, Grant, RefusalReason } from './request-types.js';
import { servingCabinets } from './router.js';
import { hasUsable, takeUnits, unexpiredUnits } from './slot-stock.js';
import type { CabinetState, DispensingState, PatientState } from './state-types.js';

const API = 'dispense';
/** The empty list of alternatives (shared, frozen). */
export const NONE: readonly string[] = Object.freeze([]);

function stockRefusal(cab: CabinetState, skuIndex: number, quantity: number, timeMin: number): RefusalReason | null {
  const slots = cab.slotsBySku[skuIndex];
  let working = 0;
  let jammed = 0;
  let onHand = 0;
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s];
    const units = unexpiredUnits(slot, timeMin);
    if (slot.jammed) jammed += units;
    else working += units;
    onHand += slot.onHandUnits;
  }
  if (working >= quantity) return null;
  if (working + jammed >= quantity) return 'slot-jammed';
  if (working + jammed === 0 && onHand > 0) return 'expired-only';
  return 'out-of-stock';
}

/** The admitted patient a request names, looked up once per request (undefined: none named, or not admitted). */
export function patientOf(state: DispensingState, patientId: string | undefined): PatientState | undefined {
  return patientId === undefined ? undefined : state.patients.get(patientId);
}

/**
 * The decision alone, nothing changed: null when `quantity` units can be granted now, else the
 * first refusal reason in the documented order. Shared by `dispense` and `dispenseUnits`;
 * `patient` is `patientOf(state, patientId)`.
 */
export function decide(
  state: DispensingState,
  cab: CabinetState,
  skuIndex: number | undefined,
  patientId: string | undefined,
  patient: PatientState | undefined,
  actorId: string | undefined,
  quantity: number,
  timeMin: number,
): RefusalReason | null {
  if (!cab.online) return 'cabinet-offline';
  if (skuIndex === undefined) return 'unknown-sku';
  const reason = patientRefusalOf(state, skuIndex, patientId, patient, actorId, quantity, timeMin);
  if (reason !== null) return reason;
  return hasUsable(cab, skuIndex, quantity, timeMin) ? null : stockRefusal(cab, skuIndex, quantity, timeMin);
}

/**
 * The cabinets a refusal names: for a stock refusal, and for an offline cabinet when the patient
 * may have the units, the nearest others that could serve now; otherwise none (a patient-side
 * refusal would be the same at every cabinet).
 */
export function refusalAlternatives(
  state: DispensingState,
  cab: CabinetState,
  skuIndex: number | undefined,
  reason: RefusalReason,
  patientId: string | undefined,
  actorId: string | undefined,
  quantity: number,
  timeMin: number,
): readonly string[] {
  if (skuIndex === undefined) return NONE;
  if (reason === 'cabinet-offline') {
    if (patientRefusal(state, skuIndex, patientId, actorId, quantity, timeMin) !== null) return NONE;
  } else if (reason !== 'out-of-stock' && reason !== 'slot-jammed' && reason !== 'expired-only') {
    return NONE;
  }
  return servingCabinets(state, cab.nearest, skuIndex, quantity, timeMin, state.maxAlternatives);
}

/**
 * Applies a decided request: a grant takes the units FEFO (recording the lots in `grants` when
 * given) and charges the patient (`patient`, as passed to `decide`); either way the clock and
 * counters move. Shared by `dispense` and `dispenseUnits`.
 */
export function applyDecision(
  state: DispensingState,
  cab: CabinetState,
  skuIndex: number | undefined,
  reason: RefusalReason | null,
  patient: PatientState | undefined,
  quantity: number,
  timeMin: number,
  grants: Grant[] | null,
): void {
  state.nowMin = timeMin;
  const counters = state.counters;
  counters.events++;
  if (reason === null) {
    const idx = skuIndex!;
    takeUnits(cab, idx, quantity, timeMin, grants);
    // A grant to a named patient means decide found them admitted.
    if (patient !== undefined) chargePatient(patient, idx, quantity, timeMin);
    counters.grants++;
    counters.dispensedUnits[cab.index * state.items.length + idx] += quantity;
  } else {
    counters.refusals++;
    counters.refusalsByReason[reason]++;
  }
}

function optionalId(path: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  checkString(API, path, value);
  return value;
}

/**
 * Decides one request and applies it. A repeated `requestId` (within the idempotency window)
 * returns the first outcome object and changes nothing — not even the clock.
 *
 * @returns a grant (`ok: true`, lots taken FEFO) or a refusal (`ok: false`, reason, alternatives).
 * @throws DispensingInputError for an empty request id, an unknown cabinet, a quantity that is
 *   not an integer >= 1, a bad or backwards time, or non-string ids; the state is unchanged.
 */
export function dispense(state: DispensingState, request: DispenseRequest): DispenseOutcome {
  const requestId = request.requestId;
  checkString(API, 'request.requestId', requestId);
  const prior = recall(state.idempotency, requestId);
  if (prior !== undefined) return prior;
  const cab = cabinetOf(state, API, 'request.cabinetId', request.cabinetId);
  const quantity = request.quantity;
  checkCount(API, 'request.quantity', quantity, 1);
  const timeMin = request.timeMin;
  checkTime(state, API, timeMin);
  const patientId = optionalId('request.patientId', request.patientId);
  const actorId = optionalId('request.actorId', request.actorId);
  const sku = request.sku;
  if (typeof sku !== 'string') throw new DispensingInputError(API, 'request.sku', `(=${JSON.stringify(sku)}) must be a string`);

  const skuIndex = state.skuIndex.get(sku);
  const patient = patientOf(state, patientId);
  const reason = decide(state, cab, skuIndex, patientId, patient, actorId, quantity, timeMin);
  const alternatives = reason === null ? NONE : refusalAlternatives(state, cab, skuIndex, reason, patientId, actorId, quantity, timeMin);
  const grants: Grant[] | null = reason === null ? [] : null;
  applyDecision(state, cab, skuIndex, reason, patient, quantity, timeMin, grants);
  let outcome: DispenseOutcome;
  if (reason === null) {
    outcome = { ok: true, requestId, cabinetId: cab.id, sku, quantity, grants: grants!, timeMin };
    if (wantsEvents(state)) {
      emit(state, {
        type: 'dispensed', timeMin, requestId, patientId: patientId ?? null, actorId: actorId ?? null,
        cabinetId: cab.id, sku, quantity, grants: grants!,
      });
    }
  } else {
    outcome = { ok: false, requestId, cabinetId: cab.id, sku, quantity, reason, alternatives, timeMin };
    if (wantsEvents(state)) {
      emit(state, {
        type: 'refused', timeMin, requestId, patientId: patientId ?? null, actorId: actorId ?? null,
        cabinetId: cab.id, sku, quantity, reason, alternatives,
      });
    }
  }
  remember(state.idempotency, requestId, outcome);
  return outcome;
}
