/**
 * Resources: things that serve one user at a time per unit of capacity (cabinet touchscreens,
 * nurses at the station, restockers). `request()` returns an event that fires when a unit is
 * granted; the holder gives it back with `release(req)`. Waiting requests queue first come,
 * first served (`PriorityResource` and `PreemptiveResource` order them by priority).
 * Capacity may follow a {@link Roster}; a drop never pre-empts holders unless asked, it only
 * stops new grants until enough holders leave. Every resource keeps its own statistics: waits
 * (Tally), queue length, busy units and utilisation (TimeWeighted). Modelled on SimPy's
 * `resources/resource.py`.
 */
import { fail, integerAtLeast, options as checkOptions } from '../_internals/check.js';
import { removeInOrder } from '../_internals/remove-in-order.js';
import type { Environment } from '../core/environment.js';
import { SimEvent, URGENT } from '../core/events.js';
import type { Process } from '../core/process.js';
import { Roster } from './roster.js';
import type { RosterCursor } from './roster.js';
import { Tally } from '../stats/tally.js';
import { TimeWeighted } from '../stats/time-weighted.js';

/** Options of {@link Resource}. */
export interface ResourceOptions {
  /** Number of units (integer >= 0). Required unless `schedule` is given. */
  capacity?: number;
  /** Capacity by time of day/week; takes over from `capacity`. */
  schedule?: Roster;
  /** Pre-empt the latest holders when capacity drops below them. Default: the roster's setting, else false. */
  preemptOnDrop?: boolean;
  /** Name for traces. Default 'resource'. */
  name?: string;
  /** Keep every wait sample (exact wait quantiles). Default false. */
  keepWaitSamples?: boolean;
}

/** Options of a single request. */
export interface RequestOptions {
  /** Lower is served first (PriorityResource, PreemptiveResource). Default 0. */
  priority?: number;
  /** May pre-empt a holder of worse priority (PreemptiveResource). Default true there. */
  preempt?: boolean;
}

/** Why a holder lost its unit; the `cause` of the `Interrupt` its process receives. */
export interface Preempted {
  /** The process whose request took the unit (null for a capacity drop or a callback user). */
  readonly by: Process<unknown> | null;
  /** When the pre-empted holder got the unit, minutes. */
  readonly usageSinceMin: number;
  /** The resource. */
  readonly resource: Resource;
}

/** A request for one unit; fires (with itself as value) when the unit is granted. */
export class Request extends SimEvent<Request> {
  /** Time the request was made, minutes. */
  readonly requestedAtMin: number;
  /** Time the unit was granted, minutes (NaN until then). */
  grantedAtMin = NaN;
  /** True if the holder was pre-empted. */
  preempted = false;

  constructor(
    readonly resource: Resource,
    /** The process that made the request (null from callbacks). */
    readonly process: Process<unknown> | null,
    readonly priority: number,
    readonly preempt: boolean,
    /** Order of arrival at this resource. */
    readonly arrival: number,
  ) {
    super(resource.env);
    this.requestedAtMin = resource.env.now;
  }
}

/** Statistics every resource keeps. */
export interface ResourceStats {
  /** Wait from request to grant, minutes, one observation per grant. */
  readonly waitMin: Tally;
  /** Number of waiting requests over time. */
  readonly queueLength: TimeWeighted;
  /** Number of units held over time. */
  readonly busy: TimeWeighted;
  /** busy / capacity over time (1 when capacity is 0 but units are still held, 0 when idle). */
  readonly utilisation: TimeWeighted;
}

function onRosterStep(resource: Resource): void {
  resource._rosterStep();
}

/** A resource with FIFO queueing. */
export class Resource {
  readonly env: Environment;
  readonly name: string;
  /** Holders in grant order. */
  readonly users: Request[] = [];
  /** Statistics (reset with {@link Resource.resetStatistics}). */
  readonly stats: ResourceStats;
  /** The roster, if capacity follows one. */
  readonly schedule: Roster | null;
  protected readonly queue: Request[] = [];
  protected preemptOnDrop: boolean;
  private cap: number;
  private arrivals = 0;
  private cursor: RosterCursor | null = null;

  constructor(env: Environment, options: ResourceOptions) {
    const api = new.target.name;
    checkOptions(api, options);
    this.env = env;
    this.name = options.name ?? 'resource';
    this.schedule = options.schedule ?? null;
    if (this.schedule !== null) {
      if (!(this.schedule instanceof Roster)) fail(api, 'schedule', options.schedule, 'must be a Roster');
      if (options.capacity !== undefined) fail(api, 'capacity', options.capacity, 'must be omitted when a schedule is given');
      this.cursor = this.schedule.cursorAt(env.now);
      this.cap = this.schedule.steps[this.cursor.index].capacity;
      this.scheduleNextStep();
    } else {
      this.cap = integerAtLeast(api, 'capacity', options.capacity, 0);
    }
    this.preemptOnDrop = options.preemptOnDrop ?? this.schedule?.preemptOnDrop ?? false;
    const startMin = env.now;
    this.stats = {
      waitMin: new Tally({ keepSamples: options.keepWaitSamples === true }),
      queueLength: new TimeWeighted({ startMin }),
      busy: new TimeWeighted({ startMin }),
      utilisation: new TimeWeighted({ startMin }),
    };
  }

  /** Current capacity (units). */
  get capacity(): number {
    return this.cap;
  }

  /** Units held now. */
  get count(): number {
    return this.users.length;
  }

  /** Requests waiting now. */
  get queued(): number {
    return this.queue.length;
  }

  /** Time-average of busy/capacity from the start (or last reset) to now. */
  utilisation(nowMin: number = this.env.now): number {
    return this.stats.utilisation.mean(nowMin);
  }

  /** Asks for one unit; yield the returned request to wait for it. */
  request(options?: RequestOptions): Request {
    let priority = 0;
    let preempt = true;
    if (options !== undefined) {
      priority = options.priority ?? 0;
      if (typeof priority !== 'number' || Number.isNaN(priority)) fail(`${this.constructor.name}.request`, 'priority', priority, 'must be a number');
      preempt = options.preempt ?? true;
    }
    const req = new Request(this, this.env._active, priority, preempt, this.arrivals++);
    this.beforeQueue(req);
    this.insert(req);
    this.grant();
    this.record();
    return req;
  }

  /** Gives a unit back, or withdraws a request still waiting. Releasing twice is a no-op. */
  release(req: Request): void {
    if (removeInOrder(this.users, req)) this.grant();
    else if (!removeInOrder(this.queue, req)) return;
    this.record();
  }

  /** Sets the capacity now (rosters call this); see `preemptOnDrop`. */
  setCapacity(capacity: number): void {
    integerAtLeast(`${this.constructor.name}.setCapacity`, 'capacity', capacity, 0);
    this.cap = capacity;
    if (this.preemptOnDrop) {
      while (this.users.length > capacity) this.preemptHolder(this.users[this.users.length - 1], null);
    }
    this.grant();
    this.record();
  }

  /** Starts new statistics windows at `nowMin` (end of warm-up). */
  resetStatistics(nowMin: number = this.env.now): void {
    this.stats.waitMin.reset();
    this.stats.queueLength.reset(nowMin);
    this.stats.busy.reset(nowMin);
    this.stats.utilisation.reset(nowMin);
  }

  /** @internal roster step reached */
  _rosterStep(): void {
    const step = this.schedule!.steps[this.cursor!.index];
    this.setCapacity(step.capacity);
    this.scheduleNextStep();
  }

  private scheduleNextStep(): void {
    const roster = this.schedule!;
    if (roster.steps.length < 2) return;
    const at = roster.advance(this.cursor!);
    // Capacity changes go before normal events at the same time.
    this.env.schedule(Math.max(0, at - this.env.now), onRosterStep, URGENT, this);
  }

  /** Queue order hook: FIFO here. */
  protected insert(req: Request): void {
    this.queue.push(req);
  }

  /** Hook run before a request queues (pre-emption). */
  protected beforeQueue(_req: Request): void {}

  /** Removes a holder and interrupts its process with a {@link Preempted} cause. */
  protected preemptHolder(victim: Request, by: Process<unknown> | null): void {
    removeInOrder(this.users, victim);
    victim.preempted = true;
    const proc = victim.process;
    if (proc !== null && proc.isAlive && proc !== this.env._active) {
      proc.interrupt({ by, usageSinceMin: victim.grantedAtMin, resource: this } satisfies Preempted);
    }
  }

  private grant(): void {
    const queue = this.queue;
    const now = this.env.now;
    while (this.users.length < this.cap && queue.length > 0) {
      const req = queue.shift()!;
      req.grantedAtMin = now;
      this.users.push(req);
      this.stats.waitMin.add(now - req.requestedAtMin);
      req.succeed(req);
    }
  }

  private record(): void {
    const now = this.env.now;
    const busy = this.users.length;
    this.stats.queueLength.update(now, this.queue.length);
    this.stats.busy.update(now, busy);
    this.stats.utilisation.update(now, this.cap > 0 ? busy / this.cap : busy > 0 ? 1 : 0);
  }
}
