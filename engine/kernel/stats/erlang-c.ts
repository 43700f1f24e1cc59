/**
 * Erlang C: the exact steady-state figures of an M/M/c queue (c servers, Poisson arrivals,
 * exponential service). On a ward this is a shop queue or any counter served by c people; for
 * the kernel it is the yardstick its queues are validated and benchmarked against. Pure
 * arithmetic, no clock and no randomness.
 */

/** Steady-state figures of an M/M/c queue, in the time unit of the rates given. */
export interface MmcTheory {
  /** Offered load per server, λ/(cμ), in [0, 1). */
  rho: number;
  /** Probability that an arrival waits (the Erlang C value). */
  probabilityOfWait: number;
  /** Rate of the conditional wait, cμ − λ: a wait, when there is one, is exponential with it. */
  waitRate: number;
  /** Mean wait in queue, same time unit as 1/λ. */
  meanWait: number;
  /** Mean number waiting (Little: λ·Wq). */
  meanQueueLength: number;
}

/**
 * Erlang C for arrival rate `lambda`, service rate `mu` per server and `c` servers.
 * The terms a^k/k! are built up one by one (no factorials), which stays finite for any c a ward
 * has.
 *
 * @param lambda - arrivals per time unit, ≥ 0
 * @param mu - services per time unit per server, > 0
 * @param c - servers, an integer ≥ 1
 * @throws RangeError when a bound is broken, or when the load λ/(cμ) is not < 1 (no steady state)
 */
export function erlangC(lambda: number, mu: number, c: number): MmcTheory {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`erlangC: lambda(=${lambda}) must be a finite number >= 0`);
  if (!(mu > 0) || !Number.isFinite(mu)) throw new RangeError(`erlangC: mu(=${mu}) must be a finite number > 0`);
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`erlangC: c(=${c}) must be an integer >= 1`);
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1)) throw new RangeError(`erlangC: load rho(=${rho}) must be < 1`);
  let term = 1; // a^k / k!
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const tail = (term * a) / c / (1 - rho); // a^c / c! · c/(c − a)
  const probabilityOfWait = tail / (sum + tail);
  const waitRate = c * mu - lambda;
  const meanWait = probabilityOfWait / waitRate;
  return { rho, probabilityOfWait, waitRate, meanWait, meanQueueLength: lambda * meanWait };
}
