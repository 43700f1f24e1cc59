/**
 * Supply trips from the bed's side: when a bed's first item reaches its reorder point, the
 * companion (or the mother) sets out to fetch every item below its target; the router (see
 * trip-router.ts) takes the trip from stop to stop; back at the bed the levels rise by what
 * was fetched and the next trip is scheduled. Finished trips are kept for reuse (a year makes
 * ~10^5 trips; reusing them spares the collector).
 *
 * Hour of day: a trip falling due in an hour with activity weight below 1
 * (`catalog.tripHourWeights`, quiet at night) is made then only with that probability; otherwise
 * the family goes earlier, at a uniform time in the last fully active hour before the quiet
 * hours (stocking up before the night: the trip fetches `targetHours` ahead, so the night is
 * covered). If that hour is already past, somewhere between now and the quiet hours; if the
 * trip falls due while already in the quiet hours with no active time left, it is made when due
 * (a need that cannot wait).
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { COMPANION, MOTHER } from '../accounting/contacts.js';
import type { ChannelBuilder } from '../channels/channel.js';
import type { WardContext } from '../context/ward-context.js';
import { consumeTo, coverFromOwnSupplies, minutesToReorder, tripLines } from '../population/needs.js';
import type { Bed, TripPlanner } from '../population/bed.js';
import type { Trip } from './trip.js';
import { TripRouter } from './trip-router.js';

/** Earliest next trip when this one came back short (the items were out everywhere), min. */
const RETRY_MIN = 60;

const NO_ALTERNATIVES: readonly string[] = Object.freeze([]);

/**
 * The delay actually taken for a trip due `delayMin` from now, under the hour-of-day activity
 * weights (see the module header). Never later than due.
 */
export function activeDelay(ctx: WardContext, delayMin: number): number {
  const now = ctx.env.now;
  const due = now + delayMin;
  const hour = Math.floor((due % MINUTES_PER_DAY) / 60);
  const weight = ctx.scenario.catalog.tripHourWeights[hour];
  if (weight >= 1 || ctx.streams.fetchers.next() < weight) return delayMin;
  // Start of the quiet stretch that holds `due` (whole hours back, from the table), then the
  // fully active hour before it. Multiples of 60 minutes are exact, so this is the same number
  // as stepping back an hour at a time.
  const hourStart = due - (due % 60);
  const back = ctx.params.quietHoursBack[Math.floor(hourStart / 60) % 24];
  if (back < 0) return delayMin; // no fully active hour at all
  const quietStart = hourStart - 60 * back;
  if (quietStart <= now) return delayMin;
  const from = Math.max(now, quietStart - 60);
  return from - now + ctx.streams.fetchers.next() * (quietStart - from);
}

/** The trips of one run: scheduling, the pool, setting out and coming home. */
export class Trips implements TripPlanner {
  private readonly pool: Trip[] = [];
  private readonly router: TripRouter;
  private readonly due: (bed: Bed) => void;

  /** @param channels makes the channels, given the router's continuation */
  constructor(
    private readonly ctx: WardContext,
    channels: ChannelBuilder,
  ) {
    this.due = (bed) => this.onDue(bed);
    this.router = new TripRouter(ctx, channels, (trip) => this.arriveHome(trip));
  }

  /** Schedules the bed's next trip `delayMin` from now (nothing if past discharge), moved out of quiet hours. */
  schedule(bed: Bed, delayMin: number): void {
    const ctx = this.ctx;
    if (!(delayMin < Infinity) || ctx.env.now + delayMin >= bed.dischargeMin) return;
    bed.tripEvent = ctx.env.schedule(activeDelay(ctx, delayMin), this.due, 0, bed);
  }

  /** A trip object for `bed` starting now: a pooled one when there is one. */
  private take(bed: Bed): Trip {
    const layout = this.ctx.layout;
    const trip = this.pool.pop();
    if (trip === undefined) {
      const unit = layout.roomUnit[bed.room];
      return {
        bed, role: MOTHER, actorId: bed.motherId, lines: [], startMin: 0, admission: false, channelPos: 0, cabinetStops: 0, stops: 0, firstStopMin: 0,
        triedCabinets: [], alternatives: NO_ALTERNATIVES, waitMin: 0, queuedAtMin: 0, x: 0, y: 0, stopX: 0, stopY: 0,
        stop: null, phase: 0, target: -1, unit, corridor: this.ctx.corridors[unit],
      };
    }
    trip.bed = bed;
    trip.unit = layout.roomUnit[bed.room];
    trip.corridor = this.ctx.corridors[trip.unit];
    return trip;
  }

  private onDue(bed: Bed): void {
    const ctx = this.ctx;
    const catalog = ctx.scenario.catalog;
    bed.tripEvent = -1;
    if (!bed.present) return;
    const now = ctx.env.now;
    ctx.kpis.consumed(consumeTo(ctx.params, bed, now));
    const trip = this.take(bed);
    let lineCount = tripLines(ctx.params, bed, now, catalog.targetHours * 60, trip.lines);
    if (lineCount === 0) {
      this.pool.push(trip);
      this.schedule(bed, Math.max(RETRY_MIN, minutesToReorder(ctx.params, bed, now, catalog.reorderHours * 60)));
      return;
    }
    if (ctx.params.ownSupplies) {
      const covered = coverFromOwnSupplies(ctx.params, bed, trip.lines, ctx.streams.ownSupplies.next());
      ctx.kpis.ownSupplied(covered);
      lineCount -= covered;
      if (lineCount === 0) {
        this.pool.push(trip);
        const due = minutesToReorder(ctx.params, bed, now, catalog.reorderHours * 60);
        // Topped up to the target: normally hours away; at once only if the target lies below the reorder point.
        this.schedule(bed, due < 1 ? RETRY_MIN : due);
        return;
      }
    }
    const useCompanion = bed.companionId !== null && ctx.streams.fetchers.next() < ctx.scenario.people.companionFetchShare;
    trip.role = useCompanion ? COMPANION : MOTHER;
    trip.actorId = useCompanion ? bed.companionId : bed.motherId;
    trip.startMin = now;
    trip.admission = !bed.stockedUp;
    bed.stockedUp = true;
    trip.channelPos = 0;
    trip.cabinetStops = 0;
    trip.stops = 0;
    trip.alternatives = NO_ALTERNATIVES;
    trip.waitMin = 0;
    trip.queuedAtMin = now;
    trip.x = ctx.layout.roomX[bed.room];
    trip.y = ctx.layout.roomY[bed.room];
    trip.stop = null;
    trip.phase = 0;
    trip.target = -1;
    ctx.kpis.tripStarted(lineCount);
    bed.onTrip = true;
    if (ctx.trace !== null) ctx.trace(`${bed.motherId} sets out`, now);
    this.router.start(trip);
  }

  private arriveHome(trip: Trip): void {
    const ctx = this.ctx;
    const kpis = ctx.kpis;
    const bed = trip.bed;
    const now = ctx.env.now;
    let unmet = false;
    if (bed.present) kpis.consumed(consumeTo(ctx.params, bed, now));
    for (const l of trip.lines) {
      if (bed.present) bed.level[l.sku] += l.got;
      if (l.want > 0) unmet = true;
      kpis.fetched(l.got);
      // A patient discharged during the trip has no bedside need left to miss.
      if (bed.present) kpis.unmet(l.want);
    }
    kpis.tripFinished(trip.waitMin, now - trip.startMin, trip.role === COMPANION);
    if (ctx.trace !== null) ctx.trace(`${bed.motherId} home`, now);
    bed.onTrip = false;
    this.pool.push(trip);
    if (!bed.present) return;
    const due = minutesToReorder(ctx.params, bed, now, ctx.scenario.catalog.reorderHours * 60);
    // Came back short (out everywhere, or refused by quota) and still due: try again later, not at once.
    this.schedule(bed, unmet || due < 1 ? Math.max(due, RETRY_MIN) : due);
  }
}
