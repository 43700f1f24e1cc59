/**
 * Carrying a patient's quota use into another state: a forecast starts a fresh dispensing
 * state at the live clock, and a patient who has had her day's or her stay's entitlement of an
 * item in the live state must not get it again in the forecast. Her quota days count from her
 * real admission, and the units she has received count as received.
 */
import { DispensingInputError } from './errors.js';
import type { DispensingState } from './state-types.js';

/** Units of one SKU a patient has received: on quota day `dayIndex`, and over the stay. */
export interface QuotaUse {
  readonly sku: string;
  /** The quota day `dayUnits` counts (`floor((timeMin - admittedAtMin) / 1440)`), or -1. */
  readonly dayIndex: number;
  readonly dayUnits: number;
  readonly stayUnits: number;
}

const API = 'carryQuotaUse';

function checkCount(field: string, v: number, min: number): void {
  if (!Number.isSafeInteger(v) || v < min) throw new DispensingInputError(API, field, `(=${v}) must be an integer >= ${min}`);
}

/**
 * Sets an admitted patient's admission time and quota use (everything else about her stays).
 * @param admittedAtMin her real admission, minutes since the scenario start, <= the state's clock
 * @throws DispensingInputError for a patient not admitted, an admission after the clock, an
 *   unknown SKU or a count that is not an integer; the state is unchanged
 */
export function carryQuotaUse(state: DispensingState, patientId: string, admittedAtMin: number, use: readonly QuotaUse[]): void {
  const patient = state.patients.get(patientId);
  if (patient === undefined) throw new DispensingInputError(API, 'patientId', `(="${patientId}") is not admitted`);
  if (!Number.isFinite(admittedAtMin) || admittedAtMin > state.nowMin) throw new DispensingInputError(API, 'admittedAtMin', `(=${admittedAtMin}) must be a finite time <= the clock (${state.nowMin})`);
  const indices = use.map((u, i) => {
    const k = state.skuIndex.get(u.sku);
    if (k === undefined) throw new DispensingInputError(API, `use[${i}].sku`, `(="${u.sku}") is not in the catalog`);
    checkCount(`use[${i}].dayIndex`, u.dayIndex, -1);
    checkCount(`use[${i}].dayUnits`, u.dayUnits, 0);
    checkCount(`use[${i}].stayUnits`, u.stayUnits, 0);
    return k;
  });
  const dayIndex = patient.dayIndex.slice();
  const dayUnits = patient.dayUnits.slice();
  const stayUnits = patient.stayUnits.slice();
  use.forEach((u, i) => {
    dayIndex[indices[i]] = u.dayIndex;
    dayUnits[indices[i]] = u.dayUnits;
    stayUnits[indices[i]] = u.stayUnits;
  });
  state.patients.set(patientId, { ...patient, admittedAtMin, dayIndex, dayUnits, stayUnits });
}
