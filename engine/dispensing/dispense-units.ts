/**
 * The lean dispense, for simulations: the same decision and the same state change as
 * `dispense`, addressed by dense indices (cabinet, SKU) instead of ids, answering with the
 * refusal reason alone (null = granted in full) and allocating nothing on the way when nobody
 * watches the ledger. A simulated year of a provincial ward asks about a million times, and
 * the outcome objects, grant lists and request-id strings of the public call were a third of
 * its run time.
 *
 * Idempotency needs the outcome objects, so with an idempotency window on (`rules.
 * idempotencyWindow` > 0) the call goes through `dispense` itself and stays idempotent; a
 * simulation turns the window off (it never resends) and gets the lean path. Ledger events,
 * when retained or sunk, are the same as `dispense` would write, alternatives included.
 */
import { applyDecision, decide, dispense, NONE, patientOf, refusalAlternatives } from './dispense.js';
import { patientRefusal } from './entitlement.js';
import { DispensingInputError } from './errors.js';
import { checkCount, checkString, checkTime } from './input-checks.js';
import { emit, wantsEvents } from './ledger-emit.js';
import type { Grant, RefusalReason } from './request-types.js';
import { servingCabinets } from './router.js';
import { usableUnits } from './slot-stock.js';
import type { CabinetState, DispensingState, PatientState } from './state-types.js';

const API = 'dispenseUnits';

function cabinetAt(state: DispensingState, api: string, cabinetIndex: number): CabinetState {
  const cab = state.cabinets[cabinetIndex];
  if (cab === undefined) throw new DispensingInputError(api, 'cabinetIndex', `(=${String(cabinetIndex)}) must be an integer in [0, ${state.cabinets.length - 1}]`);
  return cab;
}

function checkSku(state: DispensingState, api: string, skuIndex: number): void {
  if (!Number.isInteger(skuIndex) || skuIndex < 0 || skuIndex >= state.items.length) {
    throw new DispensingInputError(api, 'skuIndex', `(=${String(skuIndex)}) must be an integer in [0, ${state.items.length - 1}]`);
  }
}

function checkOptionalId(api: string, path: string, value: string | undefined): void {
  if (value !== undefined) checkString(api, path, value);
}

/**
 * Decides one request and applies it, like `dispense`: grants all `quantity` units first-expiry
 * first out, or refuses with the first reason in `dispense`'s order and changes nothing but the
 * clock and the counters.
 *
 * @param cabinetIndex index into `state.cabinets` (configuration order).
 * @param skuIndex index into `state.items` (catalog order).
 * @param patientId the patient the units are for; undefined only for items that need none.
 * @param actorId the person at the screen when not the patient (a companion); optional.
 * @param quantity units wanted, integer >= 1.
 * @param timeMin minutes since the scenario start, never before the latest state change.
 * @param requestId recorded in ledger events and used for idempotency when the window is on.
 * @returns null when granted, else the refusal reason. The cabinets a refusal would name come
 *   from {@link alternativeCabinets}.
 * @throws DispensingInputError for an index out of range, a quantity that is not an integer
 *   >= 1, a bad or backwards time, or an empty id; the state is unchanged.
 */
export function dispenseUnits(
  state: DispensingState,
  cabinetIndex: number,
  skuIndex: number,
  patientId: string | undefined,
  actorId: string | undefined,
  quantity: number,
  timeMin: number,
  requestId: string,
): RefusalReason | null {
  return dispenseLean(API, state, cabinetIndex, skuIndex, patientId, patientOf(state, patientId), actorId, quantity, timeMin, requestId);
}

/**
 * The admitted patient `patientId` names, or undefined (none named, or not admitted): what
 * {@link dispenseUnitsOf} takes. Valid until the next admission or discharge.
 */
export function admittedPatient(state: DispensingState, patientId: string | undefined): PatientState | undefined {
  return patientOf(state, patientId);
}

/**
 * {@link dispenseUnits} with the patient already looked up, so that a person dispensing several
 * lines for one patient at one screen is looked up once, not once per line. `patient` must be
 * `admittedPatient(state, patientId)` with no admission or discharge since.
 *
 * @throws DispensingInputError as `dispenseUnits`, and when `patient` is not the patient
 *   `patientId` names.
 */
export function dispenseUnitsOf(
  state: DispensingState,
  cabinetIndex: number,
  skuIndex: number,
  patientId: string | undefined,
  patient: PatientState | undefined,
  actorId: string | undefined,
  quantity: number,
  timeMin: number,
  requestId: string,
): RefusalReason | null {
  return dispenseLean('dispenseUnitsOf', state, cabinetIndex, skuIndex, patientId, patient, actorId, quantity, timeMin, requestId);
}

/** The lean dispense of `dispenseUnits` and `dispenseUnitsOf`; `api` names the caller in errors. */
function dispenseLean(
  api: string,
  state: DispensingState,
  cabinetIndex: number,
  skuIndex: number,
  patientId: string | undefined,
  patient: PatientState | undefined,
  actorId: string | undefined,
  quantity: number,
  timeMin: number,
  requestId: string,
): RefusalReason | null {
  const cab = cabinetAt(state, api, cabinetIndex);
  checkSku(state, api, skuIndex);
  checkString(api, 'requestId', requestId);
  if (state.idempotency.size > 0) {
    const out = dispense(state, { requestId, patientId, actorId, sku: state.items[skuIndex].sku, quantity, cabinetId: cab.id, timeMin });
    return out.ok ? null : out.reason;
  }
  checkCount(api, 'quantity', quantity, 1);
  checkTime(state, api, timeMin);
  checkOptionalId(api, 'patientId', patientId);
  checkOptionalId(api, 'actorId', actorId);
  if (patient !== undefined && patient.id !== patientId) {
    throw new DispensingInputError(api, 'patient.id', `(=${JSON.stringify(patient.id)}) must equal patientId(=${JSON.stringify(patientId)}): pass admittedPatient(state, patientId)`);
  }
  const reason = decide(state, cab, skuIndex, patientId, patient, actorId, quantity, timeMin);
  if (!wantsEvents(state)) {
    applyDecision(state, cab, skuIndex, reason, patient, quantity, timeMin, null);
    return reason;
  }
  const sku = state.items[skuIndex].sku;
  const head = { timeMin, requestId, patientId: patientId ?? null, actorId: actorId ?? null, cabinetId: cab.id, sku, quantity };
  if (reason === null) {
    const grants: Grant[] = [];
    applyDecision(state, cab, skuIndex, reason, patient, quantity, timeMin, grants);
    emit(state, { type: 'dispensed', ...head, grants });
  } else {
    const alternatives = refusalAlternatives(state, cab, skuIndex, reason, patientId, actorId, quantity, timeMin);
    applyDecision(state, cab, skuIndex, reason, patient, quantity, timeMin, null);
    emit(state, { type: 'refused', ...head, reason, alternatives });
  }
  return reason;
}

/**
 * The cabinets a refusal at `cabinetIndex` names: the other cabinets, nearest first (at most
 * `rules.maxAlternatives`), that could hand out `quantity` units of the SKU now, provided the
 * patient may have them at all (an item that needs a patient needs `patientId`) — the same list
 * `dispense` puts in its refusal, whatever the reason. Reads only.
 *
 * @throws DispensingInputError for an index out of range or a quantity that is not an integer >= 1.
 */
export function alternativeCabinets(
  state: DispensingState,
  cabinetIndex: number,
  skuIndex: number,
  quantity: number,
  timeMin: number,
  patientId?: string,
  actorId?: string,
): readonly string[] {
  const api = 'alternativeCabinets';
  const cab = cabinetAt(state, api, cabinetIndex);
  checkSku(state, api, skuIndex);
  checkCount(api, 'quantity', quantity, 1);
  if (patientRefusal(state, skuIndex, patientId, actorId, quantity, timeMin) !== null) return NONE;
  return servingCabinets(state, cab.nearest, skuIndex, quantity, timeMin, state.maxAlternatives);
}

/**
 * Units of the SKU a cabinet could hand out now: unexpired, in working slots, 0 when the cabinet
 * is offline. Reads only; allocates nothing.
 *
 * @throws DispensingInputError for an index out of range.
 */
export function usableUnitsAt(state: DispensingState, cabinetIndex: number, skuIndex: number, timeMin: number): number {
  const api = 'usableUnitsAt';
  const cab = cabinetAt(state, api, cabinetIndex);
  checkSku(state, api, skuIndex);
  return cab.online ? usableUnits(cab, skuIndex, timeMin) : 0;
}
