/**
 * The nurse-station channel: the person asks at the counter and waits; a nurse on shift who
 * is free breaks off her work, talks at the counter (`nurseHandoverMinutes`), walks to the
 * store room, picks (`nurseStoreRoomMinutes`), walks back and hands the items over. Her whole
 * time counts into `nurseSupplyMinutesPerShift`. Each ward unit's counter is a contact zone (the
 * nurse is in it while talking; the waiting people all along); her walk is in the unit's
 * corridor. The nurses free to break off are counted ward-wide (one queue, first come first
 * served); each person waits at their own unit's counter.
 */
import type { Scenario } from '../../scenarios/index.js';
import { NURSE } from './contacts.js';
import { distanceM } from './layout.js';
import type { WardParams } from './params.js';
import { shiftIndexAt } from './roster.js';
import type { RosterPlan } from './roster.js';
import { afterStop } from './trips.js';
import type { Zone } from './contacts.js';
import type { Trip, Ward } from './ward-state.js';

/** Starts the roster's capacity changes at time 0. */
export function startRoster(w: Ward, plan: RosterPlan): void {
  w.nurse.capacity = plan.capacityAfter[0];
  scheduleBoundary(w, plan, 0);
}

interface RosterTick {
  readonly w: Ward;
  readonly plan: RosterPlan;
  i: number;
}

function scheduleBoundary(w: Ward, plan: RosterPlan, i: number): void {
  const tick: RosterTick = { w, plan, i: (i + 1) % plan.boundaries.length };
  const now = w.env.now;
  const dayStart = Math.floor(now / 1440) * 1440;
  let at = dayStart + plan.boundaries[tick.i];
  if (at <= now) at += 1440;
  if (at < w.p.endMin) w.env.schedule(at - now, onBoundary, 0, tick);
}

function onBoundary(t: RosterTick): void {
  const w = t.w;
  w.nurse.capacity = t.plan.capacityAfter[t.i];
  while (w.nurse.busy < w.nurse.capacity && w.nurse.waiting.length > 0) startHandover(w, w.nurse.waiting.shift()!, true);
  scheduleBoundary(w, t.plan, t.i);
}

/** A trip reaches the nurse-station counter. */
export function arriveAtNurseStation(trip: Trip): void {
  const w = trip.w;
  w.contacts.enter(counter(trip), trip.role, w.env.now);
  trip.queuedAtMin = w.env.now;
  if (w.nurse.busy < w.nurse.capacity) startHandover(w, trip, false);
  else w.nurse.waiting.push(trip);
}

/** The counter zone of the trip's ward unit. */
function counter(trip: Trip): Zone {
  return trip.w.nurse.zones[trip.unit];
}

function startHandover(w: Ward, trip: Trip, queued: boolean): void {
  const now = w.env.now;
  if (queued) trip.waitMin += now - trip.queuedAtMin;
  w.nurse.busy++;
  w.contacts.enter(counter(trip), NURSE, now);
  trip.stage = 0;
  w.env.schedule(w.s.channels.nurseHandoverMinutes, onNurseStep, 0, trip);
}

/** A nurse's walk to the store room and back plus picking, min (the same for every fetch; worked out once per run). */
export function nurseFetchMinutes(s: Scenario, p: WardParams): number {
  const L = s.layout;
  const walk = (2 * distanceM(L.nurseStation.x, L.nurseStation.y, L.storeRoom.x, L.storeRoom.y)) / p.walkMPerMin;
  return walk + s.channels.nurseStoreRoomMinutes;
}

function onNurseStep(trip: Trip): void {
  const w = trip.w;
  const now = w.env.now;
  if (trip.stage === 0) {
    // Talked at the counter; off to the store room.
    w.contacts.leave(counter(trip), NURSE, now);
    w.contacts.enter(trip.corridor, NURSE, now);
    trip.stage = 1;
    w.env.schedule(w.nurse.fetchMin, onNurseStep, 0, trip);
    return;
  }
  w.contacts.leave(trip.corridor, NURSE, now);
  const minutes = w.s.channels.nurseHandoverMinutes + w.nurse.fetchMin;
  const shift = shiftIndexAt(w.s, (now - minutes) % 1440);
  w.kpi.nurseSupply(shift, minutes);
  if (w.series !== null) w.series.nurseMinutes(now - minutes, shift, minutes);
  const stock = w.s.channels.nurseStationStockShare;
  for (const line of trip.lines) {
    if (line.want > 0 && (w.p.skuStockedBy[line.sku] & 2) !== 0 && w.rng.nurse.next() < stock) {
      line.got += line.want;
      line.want = 0;
    }
  }
  w.contacts.leave(counter(trip), trip.role, now);
  w.nurse.busy--;
  while (w.nurse.busy < w.nurse.capacity && w.nurse.waiting.length > 0) startHandover(w, w.nurse.waiting.shift()!, true);
  afterStop(trip);
}
