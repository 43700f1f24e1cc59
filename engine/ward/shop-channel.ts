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
import { erlangC, standardExponential } from '../kernel/index.js';
import type { MmcTheory } from '../kernel/index.js';
import { PUBLIC } from './contacts.js';
import { afterStop } from './trips.js';
import type { Trip, Ward } from './ward-state.js';

/**
 * The shop's queue as the public loads it: Erlang C with the utilisation capped at 0.95, so
 * that a scenario with more public than cashiers can serve gives long waits, not no answer.
 */
function shopQueue(servers: number, arrivalsPerMin: number, serviceMeanMin: number): MmcTheory {
  const mu = 1 / serviceMeanMin;
  return erlangC(Math.min(arrivalsPerMin, 0.95 * servers * mu), mu, servers);
}

function liftMinutes(w: Ward): number {
  const L = w.s.layout;
  return standardExponential(w.rng.shop) * L.liftWaitMinutesMean + L.liftRideMinutes;
}

function rideLift(trip: Trip): void {
  const w = trip.w;
  const L = w.s.layout;
  const minutes = liftMinutes(w);
  w.contacts.enter(w.lift, trip.role, w.env.now);
  w.contacts.addCrowd(w.lift, trip.role, PUBLIC, L.liftCrowd, L.liftCrowd * minutes);
  w.env.schedule(minutes, onShopStep, 0, trip);
}

/** The trip has reached the ward entrance on its way to the shop. */
export function leaveForShop(trip: Trip): void {
  trip.w.kpi.boundaryCrossings++;
  trip.stage = 10;
  rideLift(trip);
}

function onShopStep(trip: Trip): void {
  const w = trip.w;
  const c = w.s.channels;
  const now = w.env.now;
  const outsideWalkMin = c.shopWalkM / w.p.walkMPerMin;
  switch (trip.stage++) {
    case 10: // off the lift, walking to the shop
      w.contacts.leave(w.lift, trip.role, now);
      w.env.schedule(outsideWalkMin, onShopStep, 0, trip);
      break;
    case 11: {
      // at the shop: queue with the public, then pick and pay
      const r = w.rng.shop;
      const q = shopQueue(c.shopCashiers, c.shopPublicPerHour / 60, c.shopServiceMinutesMean);
      // Both draws are made whether or not the person waits, so the stream stays in step.
      const uWait = r.next();
      const waitIfQueued = standardExponential(r) / q.waitRate;
      const wait = uWait < q.probabilityOfWait ? waitIfQueued : 0;
      const service = standardExponential(r) * c.shopServiceMinutesMean;
      const stay = wait + service;
      const lambda = c.shopPublicPerHour / 60;
      trip.waitMin += wait;
      w.contacts.enter(w.shopZone, trip.role, now);
      w.contacts.addCrowd(w.shopZone, trip.role, PUBLIC, lambda * (c.shopPublicDwellMinutes + stay), lambda * c.shopPublicDwellMinutes * stay);
      w.env.schedule(stay, onShopStep, 0, trip);
      break;
    }
    case 12: // paid; walking back
      w.contacts.leave(w.shopZone, trip.role, now);
      for (const line of trip.lines) {
        if (line.want > 0 && (w.p.skuStockedBy[line.sku] & 4) !== 0 && w.rng.shop.next() < c.shopStockShare) {
          line.got += line.want;
          line.want = 0;
        }
      }
      w.env.schedule(outsideWalkMin, onShopStep, 0, trip);
      break;
    case 13: // the lift back up
      rideLift(trip);
      break;
    default: // back on the ward at the entrance
      w.contacts.leave(w.lift, trip.role, now);
      afterStop(trip);
  }
}
