/**
 * Supply trips: when a bed's first item reaches its reorder point, the companion (or the
 * mother) walks to the first channel in the scenario's order, queues, is served, and goes on
 * to the next stop for whatever is still missing (the next cabinet named by the refusing one,
 * then the old channels), then walks back. The walk is in the corridor of the bed's ward unit
 * (a contact zone), and the nurse station is the unit's own. On return the
 * bedside levels rise by what was fetched and the next trip is scheduled.
 *
 * Hour of day: a trip falling due in an hour with activity weight below 1
 * (`catalog.tripHourWeights`, quiet at night) is made then only with that probability; otherwise
 * the family goes earlier, at a uniform time in the last fully active hour before the quiet
 * hours (stocking up before the night: the trip fetches `targetHours` ahead, so the night is
 * covered). If that hour is already past, somewhere between now and the quiet hours; if the
 * trip falls due while already in the quiet hours with no active time left, it is made when due
 * (a need that cannot wait).
 */
import { COMPANION, MOTHER } from './contacts.js';
import { distanceM } from './layout.js';
import { consumeTo, minutesToReorder, tripLines } from './needs.js';
import { CHANNEL_BIT, DAY_MIN } from './params.js';
import { arriveAtCabinet } from './cabinet-channel.js';
import { arriveAtNurseStation } from './nurse-channel.js';
import { leaveForShop } from './shop-channel.js';
import type { Bed, Trip, Ward } from './ward-state.js';

/** A trip tries at most this many cabinets (the nearest, then one alternative) before the old channels. */
export const MAX_CABINET_STOPS = 2;
/** Earliest next trip when this one came back short (the items were out everywhere), min. */
const RETRY_MIN = 60;

const STAGE_CABINET = 1;
const STAGE_NURSE = 2;
const STAGE_SHOP = 3;
const STAGE_HOME = 4;
const NO_ALTERNATIVES: readonly string[] = Object.freeze([]);

/** Schedules the bed's next trip `delayMin` from now (nothing if past discharge), moved out of quiet hours. */
export function scheduleTrip(w: Ward, bed: Bed, delayMin: number): void {
  if (!(delayMin < Infinity) || w.env.now + delayMin >= bed.dischargeMin) return;
  bed.tripEvent = w.env.schedule(activeDelay(w, delayMin), onTripDue, 0, bed);
}

/**
 * The delay actually taken for a trip due `delayMin` from now, under the hour-of-day activity
 * weights (see the module header). Never later than due.
 */
export function activeDelay(w: Ward, delayMin: number): number {
  const now = w.env.now;
  const due = now + delayMin;
  const hour = Math.floor((due % DAY_MIN) / 60);
  const weight = w.s.catalog.tripHourWeights[hour];
  if (weight >= 1 || w.rng.fetchers.next() < weight) return delayMin;
  // Start of the quiet stretch that holds `due` (whole hours back, from the table), then the
  // fully active hour before it. Multiples of 60 minutes are exact, so this is the same number
  // as stepping back an hour at a time.
  const hourStart = due - (due % 60);
  const back = w.p.quietHoursBack[Math.floor(hourStart / 60) % 24];
  if (back < 0) return delayMin; // no fully active hour at all
  const quietStart = hourStart - 60 * back;
  if (quietStart <= now) return delayMin;
  const from = Math.max(now, quietStart - 60);
  return from - now + w.rng.fetchers.next() * (quietStart - from);
}

/** A trip object for `bed` starting now: a pooled one when there is one. */
function takeTrip(w: Ward, bed: Bed): Trip {
  const trip = w.tripPool.pop();
  if (trip === undefined) {
    const unit = w.layout.roomUnit[bed.room];
    return {
      w, bed, role: MOTHER, actorId: bed.motherId, lines: [], startMin: 0, channelPos: 0, cabinetStops: 0, stops: 0,
      triedCabinets: [], alternatives: NO_ALTERNATIVES, waitMin: 0, queuedAtMin: 0, x: 0, y: 0, stage: 0, target: -1,
      unit, corridor: w.corridors[unit],
    };
  }
  trip.bed = bed;
  trip.unit = w.layout.roomUnit[bed.room];
  trip.corridor = w.corridors[trip.unit];
  return trip;
}

function onTripDue(bed: Bed): void {
  const w = bed.w;
  bed.tripEvent = -1;
  if (!bed.present) return;
  const now = w.env.now;
  w.kpi.unitsUsed += consumeTo(w.p, bed, now);
  const trip = takeTrip(w, bed);
  const lineCount = tripLines(w.p, bed, now, w.s.catalog.targetHours * 60, trip.lines);
  if (lineCount === 0) {
    w.tripPool.push(trip);
    scheduleTrip(w, bed, Math.max(RETRY_MIN, minutesToReorder(w.p, bed, now, w.s.catalog.reorderHours * 60)));
    return;
  }
  const useCompanion = bed.companionId !== null && w.rng.fetchers.next() < w.s.people.companionFetchShare;
  trip.role = useCompanion ? COMPANION : MOTHER;
  trip.actorId = useCompanion ? bed.companionId : bed.motherId;
  trip.startMin = now;
  trip.channelPos = 0;
  trip.cabinetStops = 0;
  trip.stops = 0;
  trip.alternatives = NO_ALTERNATIVES;
  trip.waitMin = 0;
  trip.queuedAtMin = now;
  trip.x = w.layout.roomX[bed.room];
  trip.y = w.layout.roomY[bed.room];
  trip.stage = 0;
  trip.target = -1;
  w.kpi.itemRequests += lineCount;
  bed.onTrip = true;
  nextStop(trip);
}

/** Lines still wanted, of SKUs held by a channel in `bits` (default: any channel). */
function remainingLines(trip: Trip, bits = 7): number {
  const stocked = trip.w.p.skuStockedBy;
  let n = 0;
  for (const l of trip.lines) if (l.want > 0 && (stocked[l.sku] & bits) !== 0) n++;
  return n;
}

function beginStop(trip: Trip, bit: number): void {
  // The fill rate's denominator: lines the first channel tried holds at all.
  if (trip.stops === 0) trip.w.kpi.firstStopLines += remainingLines(trip, bit);
  else trip.w.kpi.fallbacks += remainingLines(trip);
  trip.stops++;
}

/** Whether the trip has stopped at cabinet `c` (the first `cabinetStops` entries are this trip's). */
function tried(trip: Trip, c: number): boolean {
  for (let i = 0; i < trip.cabinetStops; i++) if (trip.triedCabinets[i] === c) return true;
  return false;
}

function nextCabinet(w: Ward, trip: Trip): number {
  if (trip.cabinetStops === 0) return w.layout.roomCabinetOrder[trip.bed.room][0];
  for (const id of trip.alternatives) {
    const c = w.disp!.cabinetIndex.get(id)!;
    if (!tried(trip, c)) return c;
  }
  return -1;
}

/** Channel bits of the SKUs still wanted (any line with units wanted, OR of `skuStockedBy`). */
function wantedChannels(trip: Trip): number {
  const stocked = trip.w.p.skuStockedBy;
  let bits = 0;
  for (const l of trip.lines) if (l.want > 0) bits |= stocked[l.sku];
  return bits;
}

function nextStop(trip: Trip): void {
  const w = trip.w;
  const order = w.s.channels.order;
  const L = w.s.layout;
  // Lines do not change while looking for the next channel, so their channels are read once.
  const wanted = wantedChannels(trip);
  while ((wanted & 7) !== 0 && trip.channelPos < order.length) {
    const channel = order[trip.channelPos];
    const bit = CHANNEL_BIT[channel];
    if ((wanted & bit) === 0) {
      // Nothing still wanted is held there (stockedBy): skip the channel.
      trip.channelPos++;
      continue;
    }
    if (channel === 'cabinet') {
      const c = w.cabinets.length === 0 || trip.cabinetStops >= MAX_CABINET_STOPS ? -1 : nextCabinet(w, trip);
      if (c < 0) {
        trip.channelPos++;
        continue;
      }
      beginStop(trip, bit);
      trip.triedCabinets[trip.cabinetStops++] = c;
      trip.target = c;
      walk(trip, w.layout.cabinetX[c], w.layout.cabinetY[c], STAGE_CABINET);
      return;
    }
    beginStop(trip, bit);
    trip.channelPos++;
    const unit = trip.unit;
    if (channel === 'nurse-station') walk(trip, w.layout.stationX[unit], w.layout.stationY[unit], STAGE_NURSE);
    else walk(trip, L.entrance.x, L.entrance.y, STAGE_SHOP);
    return;
  }
  walk(trip, w.layout.roomX[trip.bed.room], w.layout.roomY[trip.bed.room], STAGE_HOME);
}

/** Called by a channel when its stop is over; moves the trip on. */
export function afterStop(trip: Trip): void {
  if (trip.stops === 1) {
    const k = trip.w.kpi;
    for (const l of trip.lines) if (l.want === 0 && l.got > 0) k.metFirst++;
  }
  nextStop(trip);
}

function walk(trip: Trip, x: number, y: number, stage: number): void {
  const w = trip.w;
  const minutes = distanceM(trip.x, trip.y, x, y) / w.p.walkMPerMin;
  trip.x = x;
  trip.y = y;
  trip.stage = stage;
  w.contacts.enter(trip.corridor, trip.role, w.env.now);
  w.env.schedule(minutes, onWalkEnd, 0, trip);
}

function onWalkEnd(trip: Trip): void {
  const w = trip.w;
  w.contacts.leave(trip.corridor, trip.role, w.env.now);
  switch (trip.stage) {
    case STAGE_CABINET:
      arriveAtCabinet(trip);
      break;
    case STAGE_NURSE:
      arriveAtNurseStation(trip);
      break;
    case STAGE_SHOP:
      leaveForShop(trip);
      break;
    default:
      arriveHome(trip);
  }
}

function arriveHome(trip: Trip): void {
  const w = trip.w;
  const bed = trip.bed;
  const now = w.env.now;
  let unmet = false;
  if (bed.present) w.kpi.unitsUsed += consumeTo(w.p, bed, now);
  for (const l of trip.lines) {
    if (bed.present) bed.level[l.sku] += l.got;
    if (l.want > 0) unmet = true;
    w.kpi.unitsFetched += l.got;
    // A patient discharged during the trip has no bedside need left to miss.
    if (bed.present) w.kpi.unmetUnits += l.want;
  }
  w.kpi.trip(trip.waitMin, now - trip.startMin);
  bed.onTrip = false;
  w.tripPool.push(trip);
  if (!bed.present) return;
  const due = minutesToReorder(w.p, bed, now, w.s.catalog.reorderHours * 60);
  // Came back short (out everywhere, or refused by quota) and still due: try again later, not at once.
  scheduleTrip(w, bed, unmet || due < 1 ? Math.max(due, RETRY_MIN) : due);
}
