/**
 * The shop channel: outside the ward. The person leaves through the entrance (a ward-boundary
 * crossing), waits for and rides the lift with the public, walks to the shop, queues with the
 * public, pays, and comes back the same way. The shop's public traffic is not simulated person
 * by person: the shop is an M/M/c queue loaded by the public (`shopPublicPerHour`,
 * `shopCashiers`, `shopServiceMinutesMean`), so a ward visitor's wait is drawn from its
 * stationary waiting-time law (Erlang C: no wait with probability 1 - C, else exponential with
 * rate c*mu - lambda; utilisation capped at 0.95). Contacts with the public are expected values
 * for a Poisson crowd: in the lift `liftCrowd` people for the ride; in the shop, everyone
 * present on arrival or arriving during the stay (lambda * (dwell + stay) episodes, lambda *
 * dwell * stay pair-minutes). Ward people in the lift or the shop together meet through the
 * zones as usual.
 */
import { erlangC, standardExponential } from '../../kernel/index.js';
import type { MmcTheory } from '../../kernel/index.js';
import { PUBLIC } from '../accounting/contacts.js';
import { CHANNEL_BIT } from '../context/params.js';
import type { WardContext } from '../context/ward-context.js';
import type { Trip } from '../trips/trip.js';
import type { StopDone, SupplyChannel } from './channel.js';

/** Phases of the outing, in `Trip.phase`. */
const LIFT_DOWN = 0;
const WALK_OUT = 1;
const AT_SHOP = 2;
const WALK_BACK = 3;

/**
 * The shop's queue as the public loads it: Erlang C with the utilisation capped at 0.95, so
 * that a scenario with more public than cashiers can serve gives long waits, not no answer.
 */
function shopQueue(servers: number, arrivalsPerMin: number, serviceMeanMin: number): MmcTheory {
  const mu = 1 / serviceMeanMin;
  return erlangC(Math.min(arrivalsPerMin, 0.95 * servers * mu), mu, servers);
}

/** The shop as a supply channel (see the module header). */
export class ShopChannel implements SupplyChannel {
  readonly name = 'shop';
  readonly bit = CHANNEL_BIT.shop;
  readonly repeats = false;
  private readonly step: (trip: Trip) => void;

  constructor(
    private readonly ctx: WardContext,
    private readonly done: StopDone,
  ) {
    this.step = (trip) => this.onStep(trip);
  }

  /** The ward entrance, where the lift is. */
  nextStop(trip: Trip): boolean {
    trip.stopX = this.ctx.scenario.layout.entrance.x;
    trip.stopY = this.ctx.scenario.layout.entrance.y;
    return true;
  }

  /** The trip has reached the ward entrance on its way to the shop. */
  arrive(trip: Trip): void {
    this.ctx.kpis.boundaryCrossed();
    trip.phase = LIFT_DOWN;
    this.rideLift(trip);
  }

  private rideLift(trip: Trip): void {
    const ctx = this.ctx;
    const L = ctx.scenario.layout;
    const minutes = standardExponential(ctx.streams.shop) * L.liftWaitMinutesMean + L.liftRideMinutes;
    ctx.contacts.enter(ctx.liftZone, trip.role, ctx.env.now);
    ctx.contacts.addCrowd(ctx.liftZone, trip.role, PUBLIC, L.liftCrowd, L.liftCrowd * minutes);
    ctx.env.post(minutes, this.step, 0, trip);
  }

  private onStep(trip: Trip): void {
    const ctx = this.ctx;
    const c = ctx.scenario.channels;
    const now = ctx.env.now;
    const outsideWalkMin = c.shopWalkM / ctx.params.walkMPerMin;
    switch (trip.phase++) {
      case LIFT_DOWN: // off the lift, walking to the shop
        ctx.contacts.leave(ctx.liftZone, trip.role, now);
        ctx.env.post(outsideWalkMin, this.step, 0, trip);
        break;
      case WALK_OUT: {
        // at the shop: queue with the public, then pick and pay
        const r = ctx.streams.shop;
        const q = shopQueue(c.shopCashiers, c.shopPublicPerHour / 60, c.shopServiceMinutesMean);
        // Both draws are made whether or not the person waits, so the stream stays in step.
        const uWait = r.next();
        const waitIfQueued = standardExponential(r) / q.waitRate;
        const wait = uWait < q.probabilityOfWait ? waitIfQueued : 0;
        const service = standardExponential(r) * c.shopServiceMinutesMean;
        const stay = wait + service;
        const lambda = c.shopPublicPerHour / 60;
        trip.waitMin += wait;
        if (ctx.diagnostics !== null) ctx.diagnostics.queues.shop(now, wait, service);
        ctx.contacts.enter(ctx.shopZone, trip.role, now);
        ctx.contacts.addCrowd(ctx.shopZone, trip.role, PUBLIC, lambda * (c.shopPublicDwellMinutes + stay), lambda * c.shopPublicDwellMinutes * stay);
        ctx.env.post(stay, this.step, 0, trip);
        break;
      }
      case AT_SHOP: // paid; walking back
        ctx.contacts.leave(ctx.shopZone, trip.role, now);
        for (const line of trip.lines) {
          if (line.want > 0 && (ctx.params.skuStockedBy[line.sku] & CHANNEL_BIT.shop) !== 0 && ctx.streams.shop.next() < c.shopStockShare) {
            line.got += line.want;
            line.want = 0;
          }
        }
        ctx.env.post(outsideWalkMin, this.step, 0, trip);
        break;
      case WALK_BACK: // the lift back up
        this.rideLift(trip);
        break;
      default: // the lift up is over: back on the ward at the entrance
        ctx.contacts.leave(ctx.liftZone, trip.role, now);
        this.done(trip);
    }
  }
}
