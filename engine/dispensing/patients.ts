/**
 * Patients on the ward. Admission makes a wristband (mother or newborn) valid for dispensing
 * and names who may act for the patient (a companion; the mother for her newborn). Discharge
 * forgets the patient and their counters, so memory follows the ward census, not the year.
 */
import { DispensingInputError } from './errors.js';
import { checkString, checkTime, isArray } from './input-checks.js';
import { emit, wantsEvents } from './ledger-emit.js';
import type { AdmitRequest } from './request-types.js';
import type { DispensingState, PatientState } from './state-types.js';

/**
 * Per state, discharged patients whose quota counters a later admission takes over (refilled).
 * A ward admits tens of thousands of patients a year, and three fresh typed arrays per patient
 * were about a seventh of what a simulated year allocated. A discharged patient's state is
 * nobody's once it leaves `state.patients` (copies and views copy the counters), so its arrays
 * are free to reuse; the pool holds at most as many as were ever discharged before the next
 * admission, i.e. about the ward's census.
 */
const discharged = new WeakMap<DispensingState, PatientState[]>();

/**
 * Admits a patient at `request.timeMin`.
 *
 * @throws DispensingInputError if the id is already admitted, the kind is not mother/newborn,
 *   the room is unknown (when rooms are configured) or time goes back. The state is unchanged.
 */
export function admitPatient(state: DispensingState, request: AdmitRequest): void {
  const api = 'admitPatient';
  checkString(api, 'request.patientId', request.patientId);
  if (request.kind !== 'mother' && request.kind !== 'newborn') {
    throw new DispensingInputError(api, 'request.kind', `(=${JSON.stringify(request.kind)}) must be 'mother' or 'newborn'`);
  }
  checkString(api, 'request.room', request.room);
  if (state.rooms.size > 0 && !state.rooms.has(request.room)) {
    throw new DispensingInputError(api, 'request.room', `(="${request.room}") must name a configured room`);
  }
  const companions = request.companionIds ?? [];
  if (!isArray(companions)) {
    throw new DispensingInputError(api, 'request.companionIds', `(=${JSON.stringify(companions)}) must be an array of ids`);
  }
  // The path is only spelled out for a bad id (a ward admits tens of thousands of patients).
  for (let i = 0; i < companions.length; i++) {
    const c: unknown = companions[i];
    if (typeof c !== 'string' || c.length === 0) checkString(api, `request.companionIds[${i}]`, c);
  }
  checkTime(state, api, request.timeMin);
  if (state.patients.has(request.patientId)) {
    throw new DispensingInputError(api, 'request.patientId', `(="${request.patientId}") is already admitted`);
  }
  // A discharged patient's counters, reset, when there are any (see `discharged`).
  const old = discharged.get(state)?.pop();
  const n = state.items.length;
  state.patients.set(request.patientId, {
    id: request.patientId,
    kind: request.kind,
    room: request.room,
    companionIds: [...companions],
    admittedAtMin: request.timeMin,
    dayIndex: old === undefined ? new Int32Array(n).fill(-1) : old.dayIndex.fill(-1),
    dayUnits: old === undefined ? new Int32Array(n) : old.dayUnits.fill(0),
    stayUnits: old === undefined ? new Int32Array(n) : old.stayUnits.fill(0),
  });
  state.nowMin = request.timeMin;
  state.counters.events++;
  if (wantsEvents(state)) {
    emit(state, {
      type: 'admitted',
      timeMin: request.timeMin,
      patientId: request.patientId,
      kind: request.kind,
      room: request.room,
      companionIds: [...companions],
    });
  }
}

/**
 * Discharges a patient: their wristband is refused from now on and their counters are dropped.
 *
 * @throws DispensingInputError if the patient is not admitted or time goes back.
 */
export function dischargePatient(state: DispensingState, patientId: string, timeMin: number): void {
  const api = 'dischargePatient';
  checkString(api, 'patientId', patientId);
  checkTime(state, api, timeMin);
  const patient = state.patients.get(patientId);
  if (patient === undefined) {
    throw new DispensingInputError(api, 'patientId', `(="${patientId}") is not admitted`);
  }
  state.patients.delete(patientId);
  const pool = discharged.get(state);
  if (pool === undefined) discharged.set(state, [patient]);
  else pool.push(patient);
  state.nowMin = timeMin;
  state.counters.events++;
  if (wantsEvents(state)) emit(state, { type: 'discharged', timeMin, patientId });
}
