/**
 * Argument checks shared by the operations. Every check runs before the state changes, so a
 * bad call leaves the state exactly as it was.
 */
import { DispensingInputError } from './errors.js';
import type { CabinetState, DispensingState, SlotState } from './state-types.js';

/** Array check that does not narrow a readonly array type to `any[]`. */
export function isArray(value: unknown): boolean {
  return Array.isArray(value);
}

/** Throws unless `timeMin` is finite, >= 0 and not before the latest state change. */
export function checkTime(state: DispensingState, api: string, timeMin: number): void {
  if (typeof timeMin !== 'number' || !Number.isFinite(timeMin) || timeMin < 0) {
    throw new DispensingInputError(api, 'timeMin', `(=${String(timeMin)}) must be a finite number of minutes >= 0`);
  }
  if (timeMin < state.nowMin) {
    throw new DispensingInputError(api, 'timeMin', `(=${timeMin}) is earlier than the latest state change at ${state.nowMin}; time never goes back`);
  }
}

/** Throws unless `value` is a non-empty string. */
export function checkString(api: string, path: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new DispensingInputError(api, path, `(=${JSON.stringify(value)}) must be a non-empty string`);
  }
}

/** Throws unless `value` is an integer >= `min`. */
export function checkCount(api: string, path: string, value: unknown, min: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new DispensingInputError(api, path, `(=${String(value)}) must be an integer >= ${min}`);
  }
}

/** The cabinet with this id, or throws naming it. */
export function cabinetOf(state: DispensingState, api: string, path: string, cabinetId: unknown): CabinetState {
  const i = typeof cabinetId === 'string' ? state.cabinetIndex.get(cabinetId) : undefined;
  if (i === undefined) throw new DispensingInputError(api, path, `(=${JSON.stringify(cabinetId)}) must name a cabinet`);
  return state.cabinets[i];
}

/** The slot with this id in the cabinet, or throws naming both. */
export function slotOf(cab: CabinetState, api: string, path: string, slotId: unknown): SlotState {
  const slot = typeof slotId === 'string' ? cab.slotById.get(slotId) : undefined;
  if (slot === undefined) throw new DispensingInputError(api, path, `(=${JSON.stringify(slotId)}) must name a slot of cabinet "${cab.id}"`);
  return slot;
}
