/**
 * Queue diagnostics for the validation report: for each queue of the ward (the nurse-station
 * counter, the shop, each cabinet screen) and each hour of the day the customer arrived in,
 * how many were served, their summed wait and the first two moments of their service time;
 * for each cabinet screen also the restockers' visits (the priority class that blocks it).
 * From these the report computes the queueing-theory waits from the run's own arrival and
 * service rates. Counted from the end of warm-up on; recorded only when diagnostics are asked
 * for, so it never changes a KPI or a random stream.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';

/** Per-hour-of-day sums of one class at one queue (arrays of 24, by hour of arrival). */
export interface QueueCells {
  /** Customers served. */
  readonly count: number[];
  /** Summed wait in line, min. */
  readonly waitMin: number[];
  /** Summed service time, min. */
  readonly serviceMin: number[];
  /** Summed squared service time, min². */
  readonly serviceSqMin: number[];
}

/** The queues of one replication. */
export interface QueueDiagnostics {
  /** The nurse stations (one ward-wide pool of nurses free to fetch). */
  readonly nurse: QueueCells;
  /** The shop (ward people only; the public load is an input). */
  readonly shop: QueueCells;
  /** Families at each cabinet's screen (scenario order). */
  readonly cabinets: QueueCells[];
  /** Restockers holding each cabinet's screen (by the hour they took it; wait not recorded). */
  readonly restocks: QueueCells[];
}

function cells(): QueueCells {
  return { count: new Array<number>(24).fill(0), waitMin: new Array<number>(24).fill(0), serviceMin: new Array<number>(24).fill(0), serviceSqMin: new Array<number>(24).fill(0) };
}

function add(c: QueueCells, arrivalMin: number, waitMin: number, serviceMin: number): void {
  const h = Math.floor((((arrivalMin % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY) / 60) % 24;
  c.count[h]++;
  c.waitMin[h] += waitMin;
  c.serviceMin[h] += serviceMin;
  c.serviceSqMin[h] += serviceMin * serviceMin;
}

/** Records the queues (see the module header). */
export class QueueLog {
  private readonly log: QueueDiagnostics;

  /**
   * @param warmupMin - end of warm-up, min: arrivals before it are not counted
   * @param cabinets - number of cabinets
   */
  constructor(
    private readonly warmupMin: number,
    cabinets: number,
  ) {
    this.log = { nurse: cells(), shop: cells(), cabinets: Array.from({ length: cabinets }, cells), restocks: Array.from({ length: cabinets }, cells) };
  }

  /** A person who came to the nurse counter at `arrivalMin` waited `waitMin` and was served for `serviceMin`. */
  nurse(arrivalMin: number, waitMin: number, serviceMin: number): void {
    if (arrivalMin >= this.warmupMin) add(this.log.nurse, arrivalMin, waitMin, serviceMin);
  }

  /** A ward person at the shop (see {@link nurse}). */
  shop(arrivalMin: number, waitMin: number, serviceMin: number): void {
    if (arrivalMin >= this.warmupMin) add(this.log.shop, arrivalMin, waitMin, serviceMin);
  }

  /** A family at cabinet `c`'s screen (see {@link nurse}). */
  cabinet(c: number, arrivalMin: number, waitMin: number, serviceMin: number): void {
    if (arrivalMin >= this.warmupMin) add(this.log.cabinets[c], arrivalMin, waitMin, serviceMin);
  }

  /** A restocker took cabinet `c`'s screen at `startMin` for `serviceMin`. */
  restock(c: number, startMin: number, serviceMin: number): void {
    if (startMin >= this.warmupMin) add(this.log.restocks[c], startMin, 0, serviceMin);
  }

  /** The sums recorded. */
  finish(): QueueDiagnostics {
    return this.log;
  }
}
