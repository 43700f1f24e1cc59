/**
 * The nurse-station channel: the person asks at the counter and waits; a nurse on shift who
 * is free breaks off her work, talks at the counter (`nurseHandoverMinutes`), walks to the
 * store room, picks (`nurseStoreRoomMinutes`), walks back and hands the items over. Her whole
 * time counts into `nurseSupplyMinutesPerShift`. Each ward unit's counter is a contact zone (the
 * nurse is in it while talking; the waiting people all along); her walk is in the unit's
 * corridor. The nurses free to break off are counted ward-wide: one kernel server whose
 * capacity follows the roster, first come first served; each person waits at their own unit's
 * counter.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { CallbackServer, Roster } from '../../kernel/index.js';
import type { Environment } from '../../kernel/index.js';
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { NURSE } from '../accounting/contacts.js';
import type { Zone } from '../accounting/contacts.js';
import { distanceM } from '../context/layout.js';
import { CHANNEL_BIT } from '../context/params.js';
import type { WardParams } from '../context/params.js';
import type { WardContext } from '../context/ward-context.js';
import type { Trip } from '../trips/trip.js';
import type { StopDone, SupplyChannel } from './channel.js';
import { shiftIndexAt } from './nurse-roster.js';
import type { RosterPlan } from './nurse-roster.js';

/** Phases of a nurse's fetch, in `Trip.phase`. */
const AT_COUNTER = 0;
const TO_STORE_ROOM = 1;

/**
 * The nurses free to break off for supplies as a kernel server whose capacity follows the
 * roster (steps at the plan's boundaries, every day, none at or after `endMin`).
 */
export function nurseServer(env: Environment, plan: RosterPlan, endMin: number): CallbackServer {
  const roster = new Roster({ periodMin: MINUTES_PER_DAY, steps: plan.boundaries.map((atMin, i) => ({ atMin, capacity: plan.capacityAfter[i] })) });
  return new CallbackServer(env, { roster, rosterUntilMin: endMin });
}

/** A nurse's walk to the store room and back plus picking, min (the same for every fetch; worked out once per run). */
export function nurseFetchMinutes(s: Scenario, p: WardParams): number {
  const L = s.layout;
  const walk = (2 * distanceM(L.nurseStation.x, L.nurseStation.y, L.storeRoom.x, L.storeRoom.y)) / p.walkMPerMin;
  return walk + s.channels.nurseStoreRoomMinutes;
}

/** The nurse stations as a supply channel (see the module header). */
export class NurseChannel implements SupplyChannel {
  readonly name = 'nurse-station';
  readonly bit = CHANNEL_BIT['nurse-station'];
  readonly repeats = false;
  /** A nurse's store-room fetch (walk there and back, picking), min. */
  private readonly fetchMin: number;
  private readonly handover: (trip: Trip) => void;
  private readonly step: (trip: Trip) => void;

  /**
   * @param nurses the nurses free to break off (see {@link nurseServer})
   * @param counters the counter zone of each ward unit
   */
  constructor(
    private readonly ctx: WardContext,
    readonly nurses: CallbackServer,
    private readonly counters: readonly Zone[],
    private readonly done: StopDone,
  ) {
    this.fetchMin = nurseFetchMinutes(ctx.scenario, ctx.params);
    this.handover = (trip) => this.startHandover(trip);
    this.step = (trip) => this.onStep(trip);
  }

  /** The counter of the trip's own ward unit. */
  nextStop(trip: Trip): boolean {
    trip.stopX = this.ctx.layout.stationX[trip.unit];
    trip.stopY = this.ctx.layout.stationY[trip.unit];
    return true;
  }

  /** A trip reaches the nurse-station counter. */
  arrive(trip: Trip): void {
    const now = this.ctx.env.now;
    this.ctx.contacts.enter(this.counters[trip.unit], trip.role, now);
    trip.queuedAtMin = now;
    this.nurses.request(this.handover, trip);
  }

  /** A nurse takes the request (at once, or after the wait in line). */
  private startHandover(trip: Trip): void {
    const ctx = this.ctx;
    const now = ctx.env.now;
    trip.waitMin += now - trip.queuedAtMin;
    if (ctx.trace !== null) ctx.trace(`nurse takes ${trip.bed.motherId}'s request`, now);
    ctx.contacts.enter(this.counters[trip.unit], NURSE, now);
    trip.phase = AT_COUNTER;
    ctx.env.post(ctx.scenario.channels.nurseHandoverMinutes, this.step, 0, trip);
  }

  private onStep(trip: Trip): void {
    const ctx = this.ctx;
    const s = ctx.scenario;
    const now = ctx.env.now;
    const counter = this.counters[trip.unit];
    if (trip.phase === AT_COUNTER) {
      // Talked at the counter; off to the store room.
      ctx.contacts.leave(counter, NURSE, now);
      ctx.contacts.enter(trip.corridor, NURSE, now);
      trip.phase = TO_STORE_ROOM;
      ctx.env.post(this.fetchMin, this.step, 0, trip);
      return;
    }
    ctx.contacts.leave(trip.corridor, NURSE, now);
    const minutes = s.channels.nurseHandoverMinutes + this.fetchMin;
    const shift = shiftIndexAt(s, (now - minutes) % MINUTES_PER_DAY);
    ctx.kpis.nurseSupply(shift, minutes);
    if (ctx.diagnostics !== null) ctx.diagnostics.queues.nurse(trip.queuedAtMin, now - minutes - trip.queuedAtMin, minutes);
    if (ctx.series !== null) ctx.series.nurseMinutes(now - minutes, shift, minutes);
    const stockShare = s.channels.nurseStationStockShare;
    const stockedBy = ctx.params.skuStockedBy;
    for (const line of trip.lines) {
      if (line.want > 0 && (stockedBy[line.sku] & CHANNEL_BIT['nurse-station']) !== 0 && ctx.streams.nurse.next() < stockShare) {
        line.got += line.want;
        line.want = 0;
      }
    }
    if (ctx.trace !== null) ctx.trace(`nurse hands ${trip.bed.motherId} the items`, now);
    ctx.contacts.leave(counter, trip.role, now);
    this.nurses.release();
    this.done(trip);
  }
}
