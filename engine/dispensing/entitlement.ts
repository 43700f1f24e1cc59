/**
 * "One item, one person": whether a patient may receive units of a SKU now. The patient must be
 * admitted (an identified wristband), of a kind the SKU is for, served by themselves or one of
 * their companions, and within the per-day and per-stay limits. A quota day is a postpartum
 * (stay) day: the n-th 24 hours since the patient's admission, `Math.floor((timeMin -
 * admittedAtMin) / 1440)`. Not the calendar day: a family fetching half a day ahead in the evening
 * would otherwise meet the limit at midnight's edge, and a patient admitted at 23:00 would get two
 * full quotas in an hour. The ward model's consumption curves use the same postpartum days.
 */
import type { RefusalReason } from './request-types.js';
import type { DispensingState, PatientState } from './state-types.js';

/** Minutes in a day; the daily quota resets every this many minutes after admission. */
export const MINUTES_PER_DAY = 1440;

/** The patient's quota day at `timeMin`: whole days since admission (0 = the first 24 h). */
export function quotaDay(patient: PatientState, timeMin: number): number {
  return Math.floor((timeMin - patient.admittedAtMin) / MINUTES_PER_DAY);
}

/** Units of `skuIndex` the patient may still receive at `timeMin` under the day and stay limits. */
export function quotaLeft(state: DispensingState, patient: PatientState, skuIndex: number, timeMin: number): number {
  const rule = state.entitlements[skuIndex];
  const today = patient.dayIndex[skuIndex] === quotaDay(patient, timeMin) ? patient.dayUnits[skuIndex] : 0;
  return Math.max(0, Math.min(rule.perDay - today, rule.perStay - patient.stayUnits[skuIndex]));
}

/**
 * The patient-side refusal for a request, or null if the patient may have `quantity` units.
 * `patientId` undefined is allowed only for SKUs that do not need a patient (no quota then).
 */
export function patientRefusal(
  state: DispensingState,
  skuIndex: number,
  patientId: string | undefined,
  actorId: string | undefined,
  quantity: number,
  timeMin: number,
): RefusalReason | null {
  return patientRefusalOf(state, skuIndex, patientId, patientId === undefined ? undefined : state.patients.get(patientId), actorId, quantity, timeMin);
}

/**
 * `patientRefusal` with the patient already looked up (`patient` = `state.patients.get(patientId)`),
 * so a dispense that goes on to charge the patient finds them once, not twice.
 */
export function patientRefusalOf(
  state: DispensingState,
  skuIndex: number,
  patientId: string | undefined,
  patient: PatientState | undefined,
  actorId: string | undefined,
  quantity: number,
  timeMin: number,
): RefusalReason | null {
  if (patientId === undefined) return state.items[skuIndex].needsPatient ? 'unknown-patient' : null;
  if (patient === undefined) return 'unknown-patient';
  const rule = state.entitlements[skuIndex];
  if (!(patient.kind === 'mother' ? rule.mother : rule.newborn)) return 'not-entitled';
  if (actorId !== undefined && actorId !== patientId && !patient.companionIds.includes(actorId)) return 'not-entitled';
  if (patient.stayUnits[skuIndex] + quantity > rule.perStay) return 'quota-exceeded';
  const today = patient.dayIndex[skuIndex] === quotaDay(patient, timeMin) ? patient.dayUnits[skuIndex] : 0;
  if (today + quantity > rule.perDay) return 'quota-exceeded';
  return null;
}

/** Counts `quantity` units against the patient's quota day and stay. */
export function chargePatient(patient: PatientState, skuIndex: number, quantity: number, timeMin: number): void {
  const day = quotaDay(patient, timeMin);
  if (patient.dayIndex[skuIndex] !== day) {
    patient.dayIndex[skuIndex] = day;
    patient.dayUnits[skuIndex] = 0;
  }
  patient.dayUnits[skuIndex] += quantity;
  patient.stayUnits[skuIndex] += quantity;
}
