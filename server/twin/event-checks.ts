/**
 * Checks of a cabinet log event against the twin state made before it is folded in, so that an
 * event that does not fit is a 422 at its own field rather than an error half way through the
 * fold: a dispense's grants must name lots that are in the cabinet, in a slot holding the SKU
 * dispensed, unexpired at the event's time and with the units taken; an admission must find
 * room on the ward; and no event may lie further ahead of the twin's clock than the server's
 * allowed skew (one event at minute 1e9 would otherwise put every later real event out of order).
 */
import type { DispensingState } from '../../engine/index.js';
import type { RuleParams } from '../../scenarios/index.js';
import { ApiError } from '../errors.js';
import type { TwinEvent } from './twin-events.js';

function doesNotFit(index: number, field: string, rule: string, message: string, params?: RuleParams): ApiError {
  return new ApiError(422, 'event-does-not-fit', `POST /api/twin/events: event ${index} does not fit the twin state, batch refused: ${message}`, [
    { path: `/body/events/${index}${field}`, rule, message, ...(params === undefined ? {} : { params }) },
  ]);
}

/** Refuses an event whose time is more than `maxSkewMin` after `clockMin` (422 `clock-skew`). */
export function checkSkew(event: TwinEvent, index: number, clockMin: number, maxSkewMin: number): void {
  if (event.timeMin > clockMin + maxSkewMin) {
    const what = event.time === undefined ? `timeMin(=${event.timeMin})` : `time "${event.time}" (minute ${event.timeMin})`;
    throw doesNotFit(index, event.time === undefined ? '/timeMin' : '/time', 'clock-skew', `${what} is more than ${maxSkewMin} minutes after the twin's clock (${clockMin}); the server's limit is its twin skew`, { limit: String(maxSkewMin) });
  }
}

/** Refuses an admission when `maxPatients` are already admitted (422 `ward-full`). */
export function checkRoom(state: DispensingState, index: number, maxPatients: number): void {
  if (state.patients.size >= maxPatients) throw doesNotFit(index, '/patientId', 'ward-full', `${state.patients.size} patients are admitted; at most ${maxPatients} on this server`, { limit: String(maxPatients) });
}

/** Refuses a dispense whose grants do not match the stock, the SKU or the time (422). */
export function checkGrants(state: DispensingState, event: TwinEvent, index: number): void {
  const cabIndex = state.cabinetIndex.get(event.cabinetId ?? '');
  if (cabIndex === undefined) throw doesNotFit(index, '/cabinetId', 'exists', `cabinet "${event.cabinetId}" is not on this ward`);
  const skuIndex = state.skuIndex.get(event.sku ?? '');
  if (skuIndex === undefined) throw doesNotFit(index, '/sku', 'exists', `SKU "${event.sku}" is not in the catalog`);
  const cab = state.cabinets[cabIndex];
  const taken = new Map<string, number>();
  (event.grants ?? []).forEach((g, j) => {
    const at = `/grants/${j}`;
    const slot = cab.slotById.get(g.slotId);
    if (slot === undefined) throw doesNotFit(index, `${at}/slotId`, 'exists', `slot "${g.slotId}" is not in cabinet ${cab.id}`);
    if (slot.skuIndex !== skuIndex) throw doesNotFit(index, `${at}/slotId`, 'same-sku', `slot ${cab.id}/${slot.id} does not hold ${event.sku}`);
    const lot = slot.lots.find((l) => l.lotId === g.lotId && l.expiresAtMin === g.expiresAtMin);
    if (lot === undefined) throw doesNotFit(index, `${at}/lotId`, 'exists', `lot "${g.lotId}" expiring at ${g.expiresAtMin} is not in ${cab.id}/${slot.id}`);
    if (!(lot.expiresAtMin > event.timeMin)) throw doesNotFit(index, `${at}/lotId`, 'not-expired', `lot "${g.lotId}" expired at ${lot.expiresAtMin}, before the dispense at ${event.timeMin}`);
    const key = `${slot.id}\u0000${lot.lotId}`;
    const units = (taken.get(key) ?? 0) + g.quantity;
    if (units > lot.quantity) throw doesNotFit(index, `${at}/quantity`, 'in-stock', `lot "${g.lotId}" holds ${lot.quantity} units, the grants take ${units}`);
    taken.set(key, units);
  });
}
