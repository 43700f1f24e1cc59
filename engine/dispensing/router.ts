/**
 * The router: from a patient's room (or any point), the cabinets that can serve a request now,
 * nearest walk first. A cabinet can serve when it is online and holds enough unexpired units in
 * working (unjammed) slots; with a patient named, only if that patient may have the units at
 * all (otherwise no cabinet can, and the answer is empty). Refusals use the same test to name
 * alternatives from the refusing cabinet.
 */
import type { Location } from './config-types.js';
import { patientRefusal } from './entitlement.js';
import { DispensingInputError } from './errors.js';
import { checkCount } from './input-checks.js';
import type { RouteQuery } from './request-types.js';
import { usableUnits } from './slot-stock.js';
import type { CabinetState, DispensingState } from './state-types.js';
import { nearestFirst } from './walking-distance.js';

/** Whether a cabinet can hand out `quantity` units of a SKU at `timeMin` (stock-wise). */
export function canServe(cab: CabinetState, skuIndex: number, quantity: number, timeMin: number): boolean {
  return cab.online && usableUnits(cab, skuIndex, timeMin) >= quantity;
}

/** Up to `limit` cabinet ids from `order` (cabinet indices) that can serve. */
export function servingCabinets(
  state: DispensingState,
  order: readonly number[],
  skuIndex: number,
  quantity: number,
  timeMin: number,
  limit: number,
): string[] {
  const out: string[] = [];
  for (let k = 0; k < order.length && out.length < limit; k++) {
    const cab = state.cabinets[order[k]];
    if (canServe(cab, skuIndex, quantity, timeMin)) out.push(cab.id);
  }
  return out;
}

/**
 * Cabinet ids ordered by walking distance from the room or point that can serve the request at
 * `timeMin`. Empty when the SKU is unknown, no cabinet has stock, or the named patient may not
 * have the units (unknown, not entitled, over quota).
 *
 * @throws DispensingInputError for an unknown room, a missing origin, a bad quantity or time.
 */
export function route(state: DispensingState, query: RouteQuery, timeMin: number): string[] {
  const api = 'route';
  if (!Number.isFinite(timeMin)) throw new DispensingInputError(api, 'timeMin', `(=${String(timeMin)}) must be a finite number of minutes`);
  const quantity = query.quantity ?? 1;
  checkCount(api, 'query.quantity', quantity, 1);
  let order: readonly number[];
  if (query.room !== undefined) {
    const room = state.rooms.get(query.room);
    if (!room) throw new DispensingInputError(api, 'query.room', `(=${JSON.stringify(query.room)}) must name a configured room`);
    order = room.nearest;
  } else if (query.location !== undefined && Number.isFinite(query.location.x) && Number.isFinite(query.location.y)) {
    const points: Location[] = state.cabinets.map((c) => c.location);
    order = nearestFirst(query.location, points);
  } else {
    throw new DispensingInputError(api, 'query', 'must give a room id or a finite location { x, y }');
  }
  const skuIndex = state.skuIndex.get(query.sku);
  if (skuIndex === undefined) return [];
  if (query.patientId !== undefined && patientRefusal(state, skuIndex, query.patientId, undefined, quantity, timeMin) !== null) return [];
  return servingCabinets(state, order, skuIndex, quantity, timeMin, Infinity);
}
