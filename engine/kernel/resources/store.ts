/**
 * Stores: distinct items held up to a capacity, such as the lots in a cabinet slot or jobs for
 * a restocker. `put(item)` waits while the store is full; `get()` takes the oldest item, waiting
 * while it is empty. A `FilterStore` lets each get say which items it accepts (a lot that has
 * not expired, a nappy of the right size); items are scanned oldest first and every waiting get
 * is tried, so one picky get does not block the others. Modelled on SimPy's `Store` and
 * `FilterStore`.
 */
import { fail, options as checkOptions } from '../_internals/check.js';
import { removeInOrder } from '../_internals/remove-in-order.js';
import type { Environment } from '../core/environment.js';
import { SimEvent } from '../core/events.js';
import { Tally } from '../stats/tally.js';
import { TimeWeighted } from '../stats/time-weighted.js';

/** Options of {@link Store}. */
export interface StoreOptions {
  /** Maximum number of items (integer > 0). Default Infinity. */
  capacity?: number;
  /** Name for traces. */
  name?: string;
}

/** A pending put; fires when the item is in. */
export class StorePut<T> extends SimEvent<T> {
  readonly requestedAtMin: number;
  constructor(env: Environment, readonly item: T) {
    super(env);
    this.requestedAtMin = env.now;
  }
}

/** A pending get; fires with the item. */
export class StoreGet<T> extends SimEvent<T> {
  readonly requestedAtMin: number;
  constructor(env: Environment, readonly filter: ((item: T) => boolean) | null) {
    super(env);
    this.requestedAtMin = env.now;
  }
}

/** Items up to a capacity, FIFO. */
export class Store<T = unknown> {
  readonly env: Environment;
  readonly name: string;
  readonly capacity: number;
  /** Items in store, oldest first. */
  readonly items: T[] = [];
  /** Item count over time, get waits. */
  readonly stats: { readonly items: TimeWeighted; readonly getWaitMin: Tally };
  protected readonly puts: StorePut<T>[] = [];
  protected readonly gets: StoreGet<T>[] = [];

  constructor(env: Environment, options: StoreOptions = {}) {
    const api = new.target.name;
    checkOptions(api, options);
    this.env = env;
    this.name = options.name ?? 'store';
    this.capacity = options.capacity ?? Infinity;
    if (this.capacity !== Infinity && !(Number.isInteger(this.capacity) && this.capacity > 0)) {
      fail(api, 'capacity', options.capacity, 'must be an integer > 0 or Infinity');
    }
    this.stats = { items: new TimeWeighted({ startMin: env.now }), getWaitMin: new Tally() };
  }

  /** Puts `item` in once there is room. */
  put(item: T): StorePut<T> {
    const req = new StorePut<T>(this.env, item);
    this.puts.push(req);
    this.settle();
    return req;
  }

  /** Takes the oldest item once there is one. */
  get(): StoreGet<T> {
    return this.enqueueGet(null);
  }

  /** Withdraws a waiting put or get; false if it already completed. */
  cancel(req: StorePut<T> | StoreGet<T>): boolean {
    const queue: SimEvent<T>[] = req instanceof StorePut ? this.puts : this.gets;
    if (!removeInOrder(queue, req)) return false;
    this.settle();
    return true;
  }

  /** Starts new statistics windows at `nowMin`. */
  resetStatistics(nowMin: number = this.env.now): void {
    this.stats.items.reset(nowMin);
    this.stats.getWaitMin.reset();
  }

  protected enqueueGet(filter: ((item: T) => boolean) | null): StoreGet<T> {
    const req = new StoreGet<T>(this.env, filter);
    this.gets.push(req);
    this.settle();
    return req;
  }

  /** Serves puts while there is room and gets while some item suits them, until stable. */
  private settle(): void {
    const now = this.env.now;
    let progress = true;
    while (progress) {
      progress = false;
      while (this.puts.length > 0 && this.items.length < this.capacity) {
        const req = this.puts.shift()!;
        this.items.push(req.item);
        req.succeed(req.item);
        progress = true;
      }
      for (let g = 0; g < this.gets.length && this.items.length > 0; ) {
        const req = this.gets[g];
        const i = req.filter === null ? 0 : this.items.findIndex(req.filter);
        if (i < 0) {
          g++;
          continue;
        }
        const [item] = this.items.splice(i, 1);
        this.gets.splice(g, 1);
        this.stats.getWaitMin.add(now - req.requestedAtMin);
        req.succeed(item);
        progress = true;
      }
    }
    this.stats.items.update(now, this.items.length);
  }
}

/** A store whose gets take the oldest item that passes their filter. */
export class FilterStore<T = unknown> extends Store<T> {
  /** Takes the oldest item for which `filter(item)` is true (any item without a filter). */
  override get(filter?: (item: T) => boolean): StoreGet<T> {
    if (filter !== undefined && typeof filter !== 'function') fail('FilterStore.get', 'filter', filter, 'must be a function');
    return this.enqueueGet(filter ?? null);
  }
}
