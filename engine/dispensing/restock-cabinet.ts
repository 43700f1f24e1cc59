/**
 * The lean restock, for simulations: a restocker at one cabinet works through its slots as
 * `planRestock` would list them and fills them as `applyRestock` would — expired lots out, one
 * new lot per slot in, expiring after the item's shelf life — in one pass over the cabinet's
 * slots, with no pick-list or delivery objects in between. A simulated year of a large ward
 * restocks tens of thousands of cabinet visits, each of some sixty slots.
 *
 * Upstream shortage is the caller's: `deliver(skuIndex, addUnits)` says how many of the planned
 * units actually arrive (default: all). Ledger events are those `applyRestock` writes for the
 * same delivery, and new lots get the core's ids (`L<n>`).
 */
import { MINUTES_PER_DAY } from './entitlement.js';
import { DispensingInputError } from './errors.js';
import { checkTime } from './input-checks.js';
import { placeNewLot, removeLot } from './restock-apply.js';
import type { RestockReceipt } from './restock-apply.js';
import { resolvePolicy, slotRestock } from './restock-plan.js';
import type { RestockPolicy, SlotRestock } from './restock-plan.js';
import type { CabinetState, DispensingState } from './state-types.js';

function cabinetAt(state: DispensingState, api: string, cabinetIndex: number): CabinetState {
  const cab = state.cabinets[cabinetIndex];
  if (cab === undefined) throw new DispensingInputError(api, 'cabinetIndex', `(=${String(cabinetIndex)}) must be an integer in [0, ${state.cabinets.length - 1}]`);
  return cab;
}

const work: SlotRestock = { removeLots: 0, removedUnits: 0, keptUnits: 0, addUnits: 0 };

/**
 * Lines a round at `timeMin` would have at this cabinet: `planRestock` for this cabinet alone,
 * counted (slots with lots to take out or units to bring; jammed and unassigned slots have
 * none). Reads only; `policy.cabinetIds` is ignored. A restocker's time at the cabinet goes
 * with this count; 0 means the cabinet needs no visit.
 *
 * @throws DispensingInputError for an index out of range or a bad policy (as `planRestock`).
 */
export function restockLines(state: DispensingState, cabinetIndex: number, policy: RestockPolicy, timeMin: number): number {
  const api = 'restockLines';
  const cab = cabinetAt(state, api, cabinetIndex);
  const p = resolvePolicy(api, policy);
  let n = 0;
  for (const slot of cab.slots) if (slotRestock(slot, p, timeMin, work)) n++;
  return n;
}

/**
 * Whether a round at `timeMin` would have any line at this cabinet: `restockLines(...) > 0`,
 * stopping at the first slot with a line (a par-triggered round asks this of every cabinet).
 * Reads only; `policy.cabinetIds` is ignored.
 *
 * @throws DispensingInputError for an index out of range or a bad policy (as `planRestock`).
 */
export function needsRestock(state: DispensingState, cabinetIndex: number, policy: RestockPolicy, timeMin: number): boolean {
  const api = 'needsRestock';
  const cab = cabinetAt(state, api, cabinetIndex);
  const p = resolvePolicy(api, policy);
  const slots = cab.slots;
  for (let i = 0; i < slots.length; i++) if (slotRestock(slots[i], p, timeMin, work)) return true;
  return false;
}

/**
 * Restocks one cabinet at `timeMin`: the same change as `applyRestock` of `deliveryFromPlan` of
 * `planRestock` for this cabinet (`policy.cabinetIds` is ignored), except that each slot's new
 * lot holds `deliver(skuIndex, addUnits)` units (clipped to the slot's room; a short or zero
 * delivery is the upstream shortage) and expires at `timeMin + shelfLifeDays × 1440`.
 *
 * @param deliver units that arrive for a slot's planned `addUnits` (called once per slot with
 *   `addUnits > 0`, in slot order); default all of them.
 * @throws DispensingInputError for an index out of range, a bad policy or a bad time, before
 *   any change; for a `deliver` answer that is not an integer >= 0 (slots before it stay filled).
 */
export function restockCabinet(
  state: DispensingState,
  cabinetIndex: number,
  policy: RestockPolicy,
  timeMin: number,
  deliver?: (skuIndex: number, addUnits: number) => number,
): RestockReceipt {
  const api = 'restockCabinet';
  const cab = cabinetAt(state, api, cabinetIndex);
  const p = resolvePolicy(api, policy);
  checkTime(state, api, timeMin);
  let added = 0;
  let removed = 0;
  let overflow = 0;
  for (const slot of cab.slots) {
    if (!slotRestock(slot, p, timeMin, work)) continue;
    for (let k = work.removeLots; k > 0; k--) removed += removeLot(state, cab, slot, 0, timeMin);
    if (work.addUnits === 0) continue;
    const units = deliver === undefined ? work.addUnits : deliver(slot.skuIndex, work.addUnits);
    if (!Number.isInteger(units) || units < 0) throw new DispensingInputError(api, 'deliver()', `(=${String(units)}) must be an integer >= 0`);
    const take = Math.min(slot.capacityUnits - slot.onHandUnits, units);
    overflow += units - take;
    if (take <= 0) continue;
    // Every lot placed in the state so far had its `L<n>` id noted (`noteLotId`), so
    // `nextLotSeq` is above all of them and the new id cannot be in the slot already.
    const lotId = `L${state.nextLotSeq++}`;
    const expiresAtMin = timeMin + state.items[slot.skuIndex].shelfLifeDays * MINUTES_PER_DAY;
    added += placeNewLot(state, cab, slot, { lotId, quantity: take, expiresAtMin }, timeMin);
  }
  return { addedUnits: added, removedUnits: removed, overflowUnits: overflow };
}
