/**
 * The cabinet channel: one user at a time per cabinet screen, first come first served (a
 * restocker filling the cabinet holds the screen too and goes ahead of waiting users). The
 * person scans the wristband (`sessionSeconds`) and dispenses item line by line (lognormal
 * `transactionSeconds` each); the dispensing core decides every line. A line the cabinet
 * cannot fill in full is taken in part when some units are there, and the rest goes on to the
 * next stop. The alcove and its queue are a contact zone.
 */
import { dispense, stockLevel } from '../dispensing/index.js';
import type { CabinetState } from '../dispensing/index.js';
import { afterStop } from './trips.js';
import { startRestockVisit, requestParRound } from './restock.js';
import type { CabinetQueue, RestockVisit, Trip, Ward } from './ward-state.js';

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
  if (q.busy) {
    trip.queuedAtMin = now;
    q.waiting.push(trip);
  } else {
    serveTrip(w, q, trip);
  }
}

/** A restocker visit joins the front of the queue. */
export function queueRestockVisit(w: Ward, visit: RestockVisit): void {
  const q = w.cabinets[visit.cabinet];
  if (q.busy) {
    let i = 0;
    while (i < q.waiting.length && isRestock(q.waiting[i])) i++;
    q.waiting.splice(i, 0, visit);
  } else {
    q.busy = true;
    startRestockVisit(w, visit);
  }
}

function isRestock(x: Trip | RestockVisit): x is RestockVisit {
  return (x as RestockVisit).kind === 'restock';
}

/** The screen is free again: next in line. */
export function releaseScreen(w: Ward, q: CabinetQueue): void {
  q.busy = false;
  const next = q.waiting.shift();
  if (next === undefined) return;
  if (isRestock(next)) {
    q.busy = true;
    startRestockVisit(w, next);
  } else {
    next.waitMin += w.env.now - next.queuedAtMin;
    serveTrip(w, q, next);
  }
}

function serveTrip(w: Ward, q: CabinetQueue, trip: Trip): void {
  q.busy = true;
  const now = w.env.now;
  const disp = w.disp!;
  const cab = disp.cabinets[q.index];
  let seconds = w.s.cabinets.sessionSeconds;
  trip.alternatives = [];
  for (const line of trip.lines) {
    if (line.want <= 0) continue;
    seconds += w.dist.transaction.sample(w.rng.cabinet);
    const sku = disp.items[line.sku].sku;
    let out = dispense(disp, { requestId: `r${w.nextRequest++}`, patientId: line.patientId, actorId: trip.actorId, sku, quantity: line.want, cabinetId: cab.id, timeMin: now });
    if (!out.ok && (out.reason === 'out-of-stock' || out.reason === 'quota-exceeded')) {
      // Take what the cabinet has, or what the quota still allows; the rest goes on (stock) or is dropped (quota).
      const quota = out.reason === 'quota-exceeded';
      const have = quota ? quotaLeft(w, line.patientId, line.sku, now) : stockLevel(disp, { cabinetId: cab.id, sku }, now).usableUnits;
      if (have > 0 && have < line.want) {
        const alternatives = out.alternatives;
        out = dispense(disp, { requestId: `r${w.nextRequest++}`, patientId: line.patientId, actorId: trip.actorId, sku, quantity: have, cabinetId: cab.id, timeMin: now });
        if (out.ok) {
          took(w, cab, line.sku, have, out.grants);
          line.want -= have;
          line.got += have;
        }
        if (quota) {
          w.kpi.unmetUnits += line.want;
          line.want = 0;
        } else {
          trip.alternatives = alternatives;
        }
        continue;
      }
    }
    if (out.ok) {
      took(w, cab, line.sku, line.want, out.grants);
      line.got += line.want;
      line.want = 0;
    } else if (out.reason === 'quota-exceeded' || out.reason === 'not-entitled' || out.reason === 'unknown-patient') {
      // Entitlement says no: no other channel changes that on a ward that enforces it.
      w.kpi.unmetUnits += line.want;
      line.want = 0;
    } else if (trip.alternatives.length === 0) {
      trip.alternatives = out.alternatives;
    }
  }
  w.env.schedule(seconds / 60, onServed, 0, trip);
}

function quotaLeft(w: Ward, patientId: string, sku: number, now: number): number {
  const patient = w.disp!.patients.get(patientId);
  if (patient === undefined) return 0;
  const rule = w.disp!.entitlements[sku];
  const today = patient.dayIndex[sku] === Math.floor(now / 1440) ? patient.dayUnits[sku] : 0;
  return Math.max(0, Math.min(rule.perDay - today, rule.perStay - patient.stayUnits[sku]));
}

function took(w: Ward, cab: CabinetState, sku: number, units: number, grants: readonly { slotId: string }[]): void {
  const now = w.env.now;
  w.kpi.dispenses += units;
  w.inventoryUnits -= units;
  w.kpi.inventory.update(now, w.inventoryUnits);
  for (const g of grants) {
    const slot = cab.slotById.get(g.slotId)!;
    if (slot.onHandUnits === 0) {
      const i = cab.index * w.maxSlots + slot.index;
      if (w.slotEmptySince[i] < 0) {
        w.slotEmptySince[i] = now;
        w.kpi.stockoutEvents++;
      }
    }
  }
  if (w.series !== null) w.series.stockChanged(cab, sku, now);
  const r = w.s.restock;
  if (r.parTrigger && !w.parPending) {
    let onHand = 0;
    let capacity = 0;
    for (const slot of cab.slotsBySku[sku]) {
      onHand += slot.onHandUnits;
      capacity += slot.capacityUnits;
    }
    if (onHand <= capacity * r.parShare) requestParRound(w);
  }
}

function onServed(trip: Trip): void {
  const w = trip.w;
  const q = w.cabinets[trip.target];
  w.contacts.leave(q.zone, trip.role, w.env.now);
  releaseScreen(w, q);
  afterStop(trip);
}

