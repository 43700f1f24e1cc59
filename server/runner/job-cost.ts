/**
 * What a job will cost before it is accepted. The simulation's work grows with the births it
 * simulates (each delivery brings a mother and a newborn, their stays, needs, trips and
 * contacts), so a job's cost is estimated in simulated deliveries: replications x simulated
 * days (horizon plus warm-up) x deliveries a day, summed over the scenarios it runs. On one
 * core the ward model simulates roughly 2,000-4,000 deliveries a second, so the default budget of
 * 5,000,000 is some 20-40 minutes of one core. A job over the server's budget is refused with
 * 400 `over-budget` and the estimate in its message and details.
 */
import { ApiError } from '../errors.js';
import type { ServerLimits } from '../config.js';

/** The scenario fields the estimate reads. */
export interface CostedScenario {
  run: { horizonDays: number; warmupDays: number };
  births: { annualDeliveries: number };
}

/** Simulated deliveries of `replications` runs of `scenario`. */
export function simulatedDeliveries(scenario: CostedScenario, replications: number): number {
  return replications * (scenario.run.horizonDays + scenario.run.warmupDays) * (scenario.births.annualDeliveries / 365);
}

/**
 * Most candidates a sizing search evaluates for one volume: galloping then bisection over
 * `1..maxCabinets` (at most two per doubling), plus each restock-round option scanned.
 */
export function sizingCandidates(maxCabinets: number, rounds: number): number {
  return 2 * Math.ceil(Math.log2(maxCabinets + 1)) + 1 + rounds;
}

/**
 * Throws 400 `over-budget` when `cost` exceeds `limits.maxJobCost`.
 * @param what the route, e.g. `POST /api/runs`
 * @param formula how the estimate was made, for the message
 */
export function checkJobBudget(what: string, cost: number, formula: string, limits: ServerLimits): void {
  if (cost <= limits.maxJobCost) return;
  const estimate = Math.round(cost).toLocaleString('en-US');
  const budget = limits.maxJobCost.toLocaleString('en-US');
  throw new ApiError(400, 'over-budget', `${what}: estimated cost ${estimate} simulated deliveries (${formula}) is over this server's job budget of ${budget}; ask for fewer replications, days or grid points`, [
    { path: '/body', rule: 'max-cost', message: `estimated ${estimate} simulated deliveries; budget ${budget}`, params: { limit: String(budget), got: String(estimate) } },
  ]);
}
