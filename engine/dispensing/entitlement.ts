/**
 * "One item, one person": whether a patient may receive units of a SKU now. The patient must be
 * admitted (an identified wristband), of a kind the SKU is for, served by themselves or one of
 * their companions, and within the per-day and per-stay limits. Days are calendar days of the
 * simulation clock: `Math.floor(timeMin / 1440)`.
 */
import type { RefusalReason } from './request-types.js';
import type { DispensingState, PatientState } from './state-types.js';

/** Minutes in a day; the daily quota resets at each multiple. */
export const MINUTES_PER_DAY = 1440;

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
  if (patientId === undefined) return state.items[skuIndex].needsPatient ? 'unknown-patient' : null;
  const patient = state.patients.get(patientId);
  if (patient === undefined) return 'unknown-patient';
  const rule = state.entitlements[skuIndex];
  if (!(patient.kind === 'mother' ? rule.mother : rule.newborn)) return 'not-entitled';
  if (actorId !== undefined && actorId !== patientId && !patient.companionIds.includes(actorId)) return 'not-entitled';
  if (patient.stayUnits[skuIndex] + quantity > rule.perStay) return 'quota-exceeded';
  const day = Math.floor(timeMin / MINUTES_PER_DAY);
  const today = patient.dayIndex[skuIndex] === day ? patient.dayUnits[skuIndex] : 0;
  if (today + quantity > rule.perDay) return 'quota-exceeded';
  return null;
}

/** Counts `quantity` units against the patient's day and stay. */
export function chargePatient(patient: PatientState, skuIndex: number, quantity: number, timeMin: number): void {
  const day = Math.floor(timeMin / MINUTES_PER_DAY);
  if (patient.dayIndex[skuIndex] !== day) {
    patient.dayIndex[skuIndex] = day;
    patient.dayUnits[skuIndex] = 0;
  }
  patient.dayUnits[skuIndex] += quantity;
  patient.stayUnits[skuIndex] += quantity;
}
