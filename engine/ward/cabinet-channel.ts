/**
 * The cabinet channel: one user at a time per cabinet screen, first come first served (a
 * restocker filling the cabinet holds the screen too and goes ahead of waiting users). The
 * person scans the wristband (`sessionSeconds`) and dispenses item line by line (lognormal
 * `transactionSeconds` each); the dispensing core decides every line. A line the cabinet
 * cannot fill in full is taken in part when some units are there, and the rest goes on to the
 * next stop. A line the patient's quota refuses (the postpartum day's or the stay's limit) is
 * taken up to the limit and the rest goes on to the next channel in the fallback order (the
 * nurse station, which does not apply cabinet quotas), not to another cabinet: the quota is the
 * patient's, in every cabinet. The alcove and its queue are a contact zone.
 */
import { alternativeCabinets, dispenseUnits, quotaLeft, usableUnitsAt } from '../dispensing/index.js';
import { afterStop } from './trips.js';
import { startRestockVisit, requestParRound } from './restock.js';
import { checkSkuStock } from './stockouts.js';
import type { CabinetQueue, RestockVisit, Trip, Ward } from './ward-state.js';

const NO_ALTERNATIVES: readonly string[] = Object.freeze([]);

/** A trip reaches cabinet `trip.target`. */
export function arriveAtCabinet(trip: Trip): void {
  const w = trip.w;
  const q = w.cabinets[trip.target];
  const now = w.env.now;
  const cab = w.disp!.cabinets[q.index];
  if (!cab.online) {
    // The screen is dark: go on to the nearest other cabinet that is online.
    trip.alternatives = cab.nearest.filter((c) => w.disp!.cabinets[c].online).map((c) => w.disp!.cabinets[c].id);
    afterStop(trip);
    return;
  }
  w.contacts.enter(q.zone, trip.role, now);
  trip.queuedAtMin = now;
  q.screen.request(serveTrip, trip, TRIP_PRIORITY);
}

/** Screen priority class of a restocker: ahead of every waiting family. */
const RESTOCK_PRIORITY = 0;
/** Screen priority class of a family on a supply trip. */
const TRIP_PRIORITY = 1;

/** A restocker visit queues for the screen ahead of the families. */
export function queueRestockVisit(w: Ward, visit: RestockVisit): void {
  w.cabinets[visit.cabinet].screen.request(startRestockVisit, visit, RESTOCK_PRIORITY);
}

/** The screen is free again: next in line. */
export function releaseScreen(q: CabinetQueue): void {
  q.screen.release();
}

/** The request id given to the core: numbered when the ledger is kept, else one shared id (nothing records it). */
function requestId(w: Ward): string {
  return w.disp!.ledger !== null ? `r${w.nextRequest++}` : 'sim';
}

/** The trip has the screen (at once, or after its wait in line). */
function serveTrip(trip: Trip): void {
  const w = trip.w;
  const q = w.cabinets[trip.target];
  const now = w.env.now;
  trip.waitMin += now - trip.queuedAtMin;
  const disp = w.disp!;
  const c = q.index;
  let seconds = w.s.cabinets.sessionSeconds;
  const inventoryBefore = w.inventoryUnits;
  trip.alternatives = NO_ALTERNATIVES;
  for (const line of trip.lines) {
    if (line.want <= 0 || line.quotaRefused || (w.p.skuStockedBy[line.sku] & 1) === 0) continue;
    seconds += w.dist.transaction.sample(w.rng.cabinet);
    const sku = line.sku;
    const reason = dispenseUnits(disp, c, sku, line.patientId, trip.actorId, line.want, now, requestId(w));
    if (reason === null) {
      took(w, c, sku, line.want);
      line.got += line.want;
      line.want = 0;
      continue;
    }
    if (reason === 'out-of-stock' || reason === 'quota-exceeded') {
      // Take what the cabinet has, or what the quota still allows; the rest goes on to another
      // cabinet (stock) or to the next channel (quota).
      const quota = reason === 'quota-exceeded';
      const have = quota ? patientQuotaLeft(w, line.patientId, sku, now) : usableUnitsAt(disp, c, sku, now);
      if (have > 0 && have < line.want) {
        const alternatives = quota ? NO_ALTERNATIVES : alternativeCabinets(disp, c, sku, line.want, now, line.patientId, trip.actorId);
        if (dispenseUnits(disp, c, sku, line.patientId, trip.actorId, have, now, requestId(w)) === null) {
          took(w, c, sku, have);
          line.want -= have;
          line.got += have;
        }
        if (quota) {
          w.kpi.quotaRefusedUnits += line.want;
          line.quotaRefused = true;
        } else {
          trip.alternatives = alternatives;
        }
        continue;
      }
    }
    if (reason === 'quota-exceeded') {
      w.kpi.quotaRefusedUnits += line.want;
      line.quotaRefused = true;
    } else if (reason === 'not-entitled' || reason === 'unknown-patient') {
      // Not this patient's item, or the patient was discharged during the trip: dropped. A
      // discharged patient has no bedside need left, so only a present one's line is unmet.
      if (trip.bed.present) w.kpi.unmetUnits += line.want;
      line.want = 0;
    } else if (trip.alternatives.length === 0) {
      trip.alternatives = alternativeCabinets(disp, c, sku, line.want, now, line.patientId, trip.actorId);
    }
  }
  if (w.inventoryUnits !== inventoryBefore) w.kpi.inventory.update(now, w.inventoryUnits);
  w.env.schedule(seconds / 60, onServed, 0, trip);
}

function patientQuotaLeft(w: Ward, patientId: string, sku: number, now: number): number {
  const patient = w.disp!.patients.get(patientId);
  return patient === undefined ? 0 : quotaLeft(w.disp!, patient, sku, now);
}

/** Units left cabinet `c`: inventory, lanes that ran empty, stock-outs, and the par trigger (see lanes.ts). */
function took(w: Ward, c: number, sku: number, units: number): void {
  const now = w.env.now;
  const cab = w.disp!.cabinets[c];
  const lanes = w.lanes;
  const k = c * lanes.skuCount + sku;
  w.kpi.dispenses += units;
  // The time-weighted inventory is updated once per session (serveTrip): levels set at the same
  // minute add nothing to its area, and falling levels leave its minimum at the last one.
  w.inventoryUnits -= units;
  lanes.onHand[k] -= units;
  if (cab.slotsEmptied !== lanes.emptiedSeen[c] || lanes.unmarkedEmpty[k] > 0) {
    lanes.emptiedSeen[c] = cab.slotsEmptied;
    lanes.unmarkedEmpty[k] = 0;
    const slots = cab.slotsBySku[sku];
    let empty = false;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      if (slot.onHandUnits === 0) {
        empty = true;
        // A slot that is empty after a grant and not yet marked was emptied by it.
        const e = c * w.maxSlots + slot.index;
        if (w.slotEmptySince[e] < 0) {
          w.slotEmptySince[e] = now;
          w.kpi.laneDrains++;
        }
      }
    }
    // The (cabinet, SKU) pair can only have run out if a slot is empty now: with every slot
    // still holding units, one of them is the working slot just dispensed from. A pair already
    // out never gets here (nothing can be granted), as restocks and jam repairs re-check it
    // themselves. And it can only have run out if this grant emptied a slot, which is when the
    // lanes are looked at (or when an unmarked empty one waits, and then this check finds stock).
    if (empty) checkSkuStock(w, c, sku);
  }
  if (w.series !== null) w.series.stockChanged(cab, sku, now);
  const r = w.s.restock;
  if (r.parTrigger && !w.parPending && lanes.onHand[k] <= lanes.capacity[k] * r.parShare) requestParRound(w);
}

function onServed(trip: Trip): void {
  const w = trip.w;
  const q = w.cabinets[trip.target];
  w.contacts.leave(q.zone, trip.role, w.env.now);
  releaseScreen(q);
  afterStop(trip);
}

