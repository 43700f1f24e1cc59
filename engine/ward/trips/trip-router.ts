/**
 * The trip router: owns the channel order and what follows a stop. A trip walks to the first
 * channel in the scenario's order that holds one of its remaining items (`stockedBy`) and has a
 * stop for it, queues, is served, and goes on to the next stop for whatever is still missing
 * (the next cabinet named by the refusing one, then the old channels), then walks home. The
 * walks are in the corridor of the bed's ward unit (a contact zone). The router builds the
 * channels and hands each its continuation, so the channels never import the router.
 */
import { distanceM } from '../context/layout.js';
import { ANY_CHANNEL, CHANNEL_BIT } from '../context/params.js';
import type { WardContext } from '../context/ward-context.js';
import type { ChannelBuilder, StopDone, SupplyChannel } from '../channels/channel.js';
import type { Trip } from './trip.js';

/** Lines still wanted, of SKUs held by a channel in `bits` (default: any channel). */
function remainingLines(stockedBy: Uint8Array, trip: Trip, bits = ANY_CHANNEL): number {
  let n = 0;
  for (const l of trip.lines) if (l.want > 0 && (stockedBy[l.sku] & bits) !== 0) n++;
  return n;
}

/** Channel bits of the SKUs still wanted (any line with units wanted, OR of `skuStockedBy`). */
function wantedChannels(stockedBy: Uint8Array, trip: Trip): number {
  let bits = 0;
  for (const l of trip.lines) if (l.want > 0) bits |= stockedBy[l.sku];
  return bits;
}

/** Moves trips from stop to stop (see the module header). */
export class TripRouter {
  /** The channels in the scenario's order; null where the ward has no such channel. */
  private readonly order: readonly (SupplyChannel | null)[];
  /** Their bits, in the same order. */
  private readonly bits: Uint8Array;
  /** The continuation every channel calls when its stop is over. */
  readonly afterStop: StopDone;
  private readonly walkEnded: (trip: Trip) => void;

  /**
   * @param build makes the channels, given the router's continuation
   * @param home what happens when a trip is back at the bed
   */
  constructor(
    private readonly ctx: WardContext,
    build: ChannelBuilder,
    private readonly home: (trip: Trip) => void,
  ) {
    this.afterStop = (trip) => this.stopDone(trip);
    this.walkEnded = (trip) => this.onWalkEnd(trip);
    const channels = build(this.afterStop);
    const names = ctx.scenario.channels.order;
    this.order = names.map((name) => channels.find((c) => c.name === name) ?? null);
    this.bits = Uint8Array.from(names, (name) => CHANNEL_BIT[name]);
  }

  /** A trip sets out from its bed (its lines written, `channelPos` and `stops` at 0). */
  start(trip: Trip): void {
    this.nextStop(trip);
  }

  private nextStop(trip: Trip): void {
    const ctx = this.ctx;
    const order = this.order;
    // Lines do not change while looking for the next channel, so their channels are read once.
    const wanted = wantedChannels(ctx.params.skuStockedBy, trip);
    while ((wanted & ANY_CHANNEL) !== 0 && trip.channelPos < order.length) {
      const channel = order[trip.channelPos];
      const bit = this.bits[trip.channelPos];
      // Nothing still wanted is held there (stockedBy), or it has no stop left: move on.
      if ((wanted & bit) === 0 || channel === null || !channel.nextStop(trip)) {
        trip.channelPos++;
        continue;
      }
      this.beginStop(trip, bit);
      if (!channel.repeats) trip.channelPos++;
      this.walk(trip, channel);
      return;
    }
    const room = trip.bed.room;
    trip.stopX = ctx.layout.roomX[room];
    trip.stopY = ctx.layout.roomY[room];
    this.walk(trip, null);
  }

  private beginStop(trip: Trip, bit: number): void {
    const stockedBy = this.ctx.params.skuStockedBy;
    // The fill rate's denominator: lines the first channel tried holds at all.
    if (trip.stops === 0) {
      this.ctx.kpis.firstStop(remainingLines(stockedBy, trip, bit));
      trip.firstStopMin = this.ctx.env.now;
    } else this.ctx.kpis.fallback(remainingLines(stockedBy, trip));
    trip.stops++;
  }

  /** A channel's stop is over: count what the first stop met in full, then the next stop. */
  private stopDone(trip: Trip): void {
    if (trip.stops === 1) {
      let met = 0;
      for (const l of trip.lines) if (l.want === 0 && l.got > 0) met++;
      this.ctx.kpis.metAtFirstStop(met, trip.firstStopMin);
    }
    this.nextStop(trip);
  }

  /**
   * Walks to (`trip.stopX`, `trip.stopY`). The point is passed in the trip, not as arguments: V8
   * does not inline this call (the walk's own optimized code is large), and a number passed to a
   * call that is not inlined is boxed in a fresh heap number, two per walk.
   */
  private walk(trip: Trip, stop: SupplyChannel | null): void {
    const ctx = this.ctx;
    const x = trip.stopX;
    const y = trip.stopY;
    const minutes = distanceM(trip.x, trip.y, x, y) / ctx.params.walkMPerMin;
    trip.x = x;
    trip.y = y;
    trip.stop = stop;
    ctx.contacts.enter(trip.corridor, trip.role, ctx.env.now);
    ctx.env.post(minutes, this.walkEnded, 0, trip);
  }

  private onWalkEnd(trip: Trip): void {
    const ctx = this.ctx;
    ctx.contacts.leave(trip.corridor, trip.role, ctx.env.now);
    if (trip.stop === null) {
      this.home(trip);
      return;
    }
    if (ctx.trace !== null) ctx.trace(`${trip.bed.motherId} at ${trip.stop.name}`, ctx.env.now);
    trip.stop.arrive(trip);
  }
}
