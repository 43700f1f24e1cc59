/**
 * Erlang C: the exact mean wait of an M/M/c queue in steady state, the yardstick the kernel's
 * queues are validated and benchmarked against.
 */

/** Steady-state figures of an M/M/c queue. */
export interface MmcTheory {
  /** Offered load per server, λ/(cμ). */
  rho: number;
  /** Probability an arrival waits. */
  probabilityOfWait: number;
  /** Mean wait in queue, same time unit as 1/λ. */
  meanWait: number;
  /** Mean number waiting (Little: λ·Wq). */
  meanQueueLength: number;
}

/** Erlang C for arrival rate `lambda`, service rate `mu` per server and `c` servers (λ < cμ). */
export function erlangC(lambda: number, mu: number, c: number): MmcTheory {
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1)) throw new RangeError(`erlangC: load rho(=${rho}) must be < 1`);
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const tail = term / (1 - rho); // a^c / c! · c/(c − a)
  const probabilityOfWait = tail / (sum + tail);
  const meanWait = probabilityOfWait / (c * mu - lambda);
  return { rho, probabilityOfWait, meanWait, meanQueueLength: lambda * meanWait };
}
