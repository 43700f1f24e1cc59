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
import { CallbackServer, Roster } from '../kernel/index.js';
import type { Environment } from '../kernel/index.js';
import { NURSE } from './contacts.js';
import { distanceM } from './layout.js';
import type { WardParams } from './params.js';
import { shiftIndexAt } from './roster.js';
import type { RosterPlan } from './roster.js';
import { afterStop } from './trips.js';
import type { Zone } from './contacts.js';
import type { Trip } from './ward-state.js';

/**
 * The nurses free to break off for supplies as a kernel server whose capacity follows the
 * roster (steps at the plan's boundaries, every day, none at or after `endMin`).
 */
export function nurseServer(env: Environment, plan: RosterPlan, endMin: number): CallbackServer {
  const roster = new Roster({ periodMin: 1440, steps: plan.boundaries.map((atMin, i) => ({ atMin, capacity: plan.capacityAfter[i] })) });
  return new CallbackServer(env, { roster, rosterUntilMin: endMin });
}

/** A trip reaches the nurse-station counter. */
export function arriveAtNurseStation(trip: Trip): void {
  const w = trip.w;
  w.contacts.enter(counter(trip), trip.role, w.env.now);
  trip.queuedAtMin = w.env.now;
  w.nurse.server.request(startHandover, trip);
}

/** The counter zone of the trip's ward unit. */
function counter(trip: Trip): Zone {
  return trip.w.nurse.zones[trip.unit];
}

/** A nurse takes the request (at once, or after the wait in line). */
function startHandover(trip: Trip): void {
  const w = trip.w;
  const now = w.env.now;
  trip.waitMin += now - trip.queuedAtMin;
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
  w.nurse.server.release();
  afterStop(trip);
}
