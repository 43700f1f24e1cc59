/**
 * Queueing theory for the validation report, fed with the run's own arrival and service rates
 * by hour of day (queue-log.ts): each hour is treated as a stationary queue (the stationary
 * independent period-by-period approximation, Green, Kolesar and Soares 2001), and the waits
 * are averaged with the hour's arrivals as weights.
 * - M/G/c (the nurse station): Erlang C scaled by (1 + cs²)/2 (Allen and Cunneen 1978), exact
 *   for c = 1, where it is the Pollaczek–Khinchine formula.
 * - A cabinet screen: M/G/1 for families, blocked by restock visits that go ahead of them.
 *   A family arriving at a random moment finds the mean residual work R = Σ λᵢ E[Sᵢ²] / 2 of
 *   whoever holds the screen (restocker or family); the families queued ahead add their service,
 *   so W = R / (1 − ρ_families). A restocker comes once per round, so none arrives during a
 *   family's wait: Cobham's (1954) priority formula R / ((1 − ρ₁)(1 − ρ₁ − ρ₂)), which assumes
 *   Poisson high-priority arrivals, over-counts the restock by about 1 / (1 − ρ₁)² (35 % at an
 *   8-minute visit in an hour).
 */
import { erlangC } from '../../kernel/index.js';
import type { QueueCellsView } from './validation-inputs.js';

/** Mean wait in an M/G/c queue, min (Infinity when overloaded). */
export function mgcWait(lambdaPerMin: number, meanServiceMin: number, meanSqServiceMin: number, servers: number): number {
  if (lambdaPerMin === 0) return 0;
  if (lambdaPerMin * meanServiceMin >= servers) return Infinity;
  const cs2 = Math.max(0, meanSqServiceMin / (meanServiceMin * meanServiceMin) - 1);
  return (erlangC(lambdaPerMin, 1 / meanServiceMin, servers).meanWait * (1 + cs2)) / 2;
}

/** Mean wait of families at one screen that restock visits block now and then (see the module header), min. */
export function blockedWait(restock: { lambda: number; es: number; es2: number }, families: { lambda: number; es: number; es2: number }): number {
  const rho = families.lambda * families.es;
  if (rho + restock.lambda * restock.es >= 1) return Infinity;
  return (restock.lambda * restock.es2 + families.lambda * families.es2) / 2 / (1 - rho);
}

/** Observed and theoretical mean wait of one queue over the window, min, weighted by arrivals. */
export interface WaitPair {
  readonly observed: number;
  readonly theory: number;
  readonly served: number;
  /** Highest hourly utilisation found. */
  readonly peakRho: number;
}

const moments = (c: QueueCellsView, h: number) => ({ es: c.serviceMin[h] / c.count[h], es2: c.serviceSqMin[h] / c.count[h] });

/**
 * The nurse station as 24 hourly M/G/c queues.
 * @param minutesObserved - days × 60: minutes each hour of day was observed
 * @param serversByHour - nurses free to fetch in each hour
 */
export function nurseWaits(c: QueueCellsView, minutesObserved: number, serversByHour: readonly number[]): WaitPair {
  let n = 0;
  let obs = 0;
  let th = 0;
  let peak = 0;
  for (let h = 0; h < 24; h++) {
    if (c.count[h] === 0) continue;
    const lambda = c.count[h] / minutesObserved;
    const { es, es2 } = moments(c, h);
    peak = Math.max(peak, (lambda * es) / serversByHour[h]);
    n += c.count[h];
    obs += c.waitMin[h];
    th += c.count[h] * mgcWait(lambda, es, es2, serversByHour[h]);
  }
  return { observed: n === 0 ? 0 : obs / n, theory: n === 0 ? 0 : th / n, served: n, peakRho: peak };
}

/** Every cabinet screen as 24 hourly priority queues (restockers ahead of families). */
export function cabinetWaits(families: readonly QueueCellsView[], restocks: readonly QueueCellsView[], minutesObserved: number): WaitPair {
  let n = 0;
  let obs = 0;
  let th = 0;
  let peak = 0;
  families.forEach((f, c) => {
    const r = restocks[c];
    for (let h = 0; h < 24; h++) {
      if (f.count[h] === 0) continue;
      const low = { lambda: f.count[h] / minutesObserved, ...moments(f, h) };
      const high = r.count[h] === 0 ? { lambda: 0, es: 0, es2: 0 } : { lambda: r.count[h] / minutesObserved, ...moments(r, h) };
      peak = Math.max(peak, low.lambda * low.es + high.lambda * high.es);
      n += f.count[h];
      obs += f.waitMin[h];
      th += f.count[h] * blockedWait(high, low);
    }
  });
  return { observed: n === 0 ? 0 : obs / n, theory: n === 0 ? 0 : th / n, served: n, peakRho: peak };
}
