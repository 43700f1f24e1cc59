/**
 * Containers: a level of something homogeneous between 0 and a capacity, such as units of
 * maternity pads in a store room or litres in a tank. `put(amount)` waits while it would
 * overflow, `get(amount)` waits while there is not enough; both queues are served first come,
 * first served (a large get at the head blocks smaller ones behind it, which keeps the order
 * fair). `discrete` containers accept whole amounts only. The level's time-average and the
 * waits are kept as statistics. Modelled on SimPy's `Container`.
 */
import { fail, finite, options as checkOptions, positive } from '../_internals/check.js';
import { removeInOrder } from '../_internals/remove-in-order.js';
import type { Environment } from '../core/environment.js';
import { SimEvent } from '../core/events.js';
import { Tally } from '../stats/tally.js';
import { TimeWeighted } from '../stats/time-weighted.js';

/** Options of {@link Container}. */
export interface ContainerOptions {
  /** Maximum level (> 0). Default Infinity. */
  capacity?: number;
  /** Initial level in [0, capacity]. Default 0. */
  init?: number;
  /** Whole amounts only. Default false. */
  discrete?: boolean;
  /** Name for traces. */
  name?: string;
}

/** A pending put or get of `amount`; fires with the amount when done. */
export class ContainerRequest extends SimEvent<number> {
  readonly requestedAtMin: number;
  constructor(
    readonly container: Container,
    readonly amount: number,
    readonly kind: 'put' | 'get',
  ) {
    super(container.env);
    this.requestedAtMin = container.env.now;
  }
}

/** A level with capacity and FIFO put/get queues. */
export class Container {
  readonly env: Environment;
  readonly name: string;
  readonly capacity: number;
  readonly discrete: boolean;
  /** Level over time, get waits, put waits. */
  readonly stats: { readonly level: TimeWeighted; readonly getWaitMin: Tally; readonly putWaitMin: Tally };
  private current: number;
  private readonly puts: ContainerRequest[] = [];
  private readonly gets: ContainerRequest[] = [];

  constructor(env: Environment, options: ContainerOptions = {}) {
    const api = 'Container';
    checkOptions(api, options);
    this.env = env;
    this.name = options.name ?? 'container';
    this.capacity = options.capacity ?? Infinity;
    if (typeof this.capacity !== 'number' || !(this.capacity > 0)) fail(api, 'capacity', options.capacity, 'must be > 0');
    this.discrete = options.discrete === true;
    const init = finite(api, 'init', options.init ?? 0);
    if (init < 0 || init > this.capacity) fail(api, 'init', init, `must be in [0, capacity(=${this.capacity})]`);
    if (this.discrete && !Number.isInteger(init)) fail(api, 'init', init, 'must be an integer for a discrete container');
    if (this.discrete && this.capacity !== Infinity && !Number.isInteger(this.capacity)) fail(api, 'capacity', this.capacity, 'must be an integer for a discrete container');
    this.current = init;
    this.stats = { level: new TimeWeighted({ startMin: env.now, level: init }), getWaitMin: new Tally(), putWaitMin: new Tally() };
  }

  /** Current level. */
  get level(): number {
    return this.current;
  }

  /** Requests waiting to put / to get. */
  get waiting(): { puts: number; gets: number } {
    return { puts: this.puts.length, gets: this.gets.length };
  }

  /** Adds `amount` (> 0, <= capacity) once it fits. */
  put(amount: number): ContainerRequest {
    const req = new ContainerRequest(this, this.checkAmount('Container.put', amount), 'put');
    this.puts.push(req);
    this.settle();
    return req;
  }

  /** Takes `amount` (> 0, <= capacity) once available. */
  get(amount: number): ContainerRequest {
    const req = new ContainerRequest(this, this.checkAmount('Container.get', amount), 'get');
    this.gets.push(req);
    this.settle();
    return req;
  }

  /** Withdraws a waiting put or get (e.g. after an interrupt); false if it already completed. */
  cancel(req: ContainerRequest): boolean {
    const queue = req.kind === 'put' ? this.puts : this.gets;
    if (!removeInOrder(queue, req)) return false;
    this.settle();
    return true;
  }

  /** Starts new statistics windows at `nowMin`. */
  resetStatistics(nowMin: number = this.env.now): void {
    this.stats.level.reset(nowMin);
    this.stats.getWaitMin.reset();
    this.stats.putWaitMin.reset();
  }

  private checkAmount(api: string, amount: number): number {
    const a = positive(api, 'amount', amount);
    if (a > this.capacity) fail(api, 'amount', a, `must be <= capacity(=${this.capacity})`);
    if (this.discrete && !Number.isInteger(a)) fail(api, 'amount', a, 'must be an integer for a discrete container');
    return a;
  }

  /** Serves both queues in FIFO order until neither head can proceed. */
  private settle(): void {
    const now = this.env.now;
    let progress = true;
    while (progress) {
      progress = false;
      while (this.puts.length > 0 && this.current + this.puts[0].amount <= this.capacity) {
        const req = this.puts.shift()!;
        this.current += req.amount;
        this.stats.putWaitMin.add(now - req.requestedAtMin);
        req.succeed(req.amount);
        progress = true;
      }
      while (this.gets.length > 0 && this.gets[0].amount <= this.current) {
        const req = this.gets.shift()!;
        this.current -= req.amount;
        this.stats.getWaitMin.add(now - req.requestedAtMin);
        req.succeed(req.amount);
        progress = true;
      }
    }
    this.stats.level.update(now, this.current);
  }
}
