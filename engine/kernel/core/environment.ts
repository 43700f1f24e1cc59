/**
 * The environment: the ward's clock and its calendar of what happens next. It owns simulated
 * time (minutes, floating point, from the scenario start), runs events in (time, priority,
 * insertion sequence) order so that ties resolve identically on every run, and offers two ways
 * to write model logic: generator processes in SimPy style and a callback fast path
 * (`schedule`) for hot loops. Modelled on SimPy's `core.py`.
 */
import { allEvents, anyEvent, Condition } from './condition.js';
import type { ConditionValue } from './condition.js';
import { EventCalendar } from '../_internals/event-calendar.js';
import type { EventId } from '../_internals/event-calendar.js';
import { fireEvent, SimEvent, Timeout } from './events.js';
import { Process } from './process.js';
import type { ProcessGenerator } from './process.js';
import type { EventScheduler } from './scheduler.js';

/** Options of {@link Environment}. */
export interface EnvironmentOptions {
  /** Clock value at the start, minutes. Default 0. */
  startMin?: number;
}

/** Options of {@link Environment.run}. */
export interface RunOptions {
  /** Stop before the first event later than this time (minutes) and set the clock to it. */
  until?: number;
}

/** The simulation environment: clock, event calendar, processes. */
export class Environment implements EventScheduler {
  /**
   * Current simulated time, minutes. Initialised here (the constructor sets the start): a class
   * field declared without a value starts as undefined, and V8 would then keep it as a tagged
   * value and box every new time in a fresh heap number, once per event.
   */
  now = 0;
  /** Number of events processed so far (cancelled ones excluded). */
  eventsProcessed = 0;
  /** @internal the calendar; exposed for snapshots and restore */
  readonly _calendar = new EventCalendar();
  private stopped = false;
  /** @internal the process whose generator runs now; a plain field so the resume path reads it directly */
  _active: Process<unknown> | null = null;

  constructor(options: EnvironmentOptions = {}) {
    const start = options.startMin ?? 0;
    if (typeof start !== 'number' || !Number.isFinite(start)) {
      throw new RangeError(`Environment: startMin(=${String(start)}) must be a finite number`);
    }
    this.now = start;
  }

  /** The process whose generator is running right now, or null in callbacks. */
  get activeProcess(): Process<unknown> | null {
    return this._active;
  }

  /**
   * Callback fast path: calls `fn(arg)` after `delayMin` minutes. Passing the state as `arg`
   * with a module-level `fn` avoids a closure per event in hot loops. Ties at equal time
   * resolve by `priority` (lower first, default 0), then by scheduling order.
   * Throws on a negative, NaN or infinite delay. Returns an id for {@link Environment.cancel}.
   */
  schedule<T>(delayMin: number, fn: (arg: T) => void, priority = 0, arg?: T): EventId {
    if (!(delayMin >= 0 && delayMin < Infinity)) this.badDelay('schedule', delayMin);
    if (priority !== priority || typeof priority !== 'number') this.badPriority('schedule', priority);
    if (typeof fn !== 'function') throw new TypeError('Environment.schedule: fn must be a function');
    return this._calendar.push(this.now + delayMin, priority, fn, arg);
  }

  /**
   * {@link Environment.schedule} for an event nobody cancels: the same checks and the same
   * firing order, and no id. An id passes 2^31 once its calendar slot has been reused 128 times
   * (a few thousand events into a run), and V8 then boxes it in a fresh heap number every time
   * a call that is not inlined returns it: one allocation per event for a model that drops the
   * id anyway.
   */
  post<T>(delayMin: number, fn: (arg: T) => void, priority = 0, arg?: T): void {
    if (!(delayMin >= 0 && delayMin < Infinity)) this.badDelay('post', delayMin);
    if (priority !== priority || typeof priority !== 'number') this.badPriority('post', priority);
    if (typeof fn !== 'function') throw new TypeError('Environment.post: fn must be a function');
    this._calendar.push(this.now + delayMin, priority, fn, arg);
  }

  /** Cancels an event scheduled with {@link Environment.schedule}; false if it already ran. */
  cancel(id: EventId): boolean {
    return this._calendar.cancel(id);
  }

  /** @internal queues a triggered event for processing after `delayMin` minutes. */
  _enqueueEvent(event: object, delayMin: number, priority: number): void {
    if (!(delayMin >= 0 && delayMin < Infinity)) this.badDelay('timeout', delayMin);
    this._calendar.push(this.now + delayMin, priority, fireEvent, event);
  }

  private badDelay(api: string, delayMin: number): never {
    throw new RangeError(
      `Environment.${api}: delayMin(=${String(delayMin)}) must be a finite number >= 0 (cannot schedule in the past)`,
    );
  }

  private badPriority(api: string, priority: unknown): never {
    throw new RangeError(`Environment.${api}: priority(=${String(priority)}) must be a number, not NaN`);
  }

  /** An event that fires after `delayMin` minutes with `value`. */
  timeout<T = undefined>(delayMin: number, value?: T): Timeout<T> {
    if (!(delayMin >= 0 && delayMin < Infinity)) this.badDelay('timeout', delayMin);
    return new Timeout<T>(this, delayMin, value);
  }

  /** A new pending event, triggered later by `succeed` or `fail`. */
  event<T = unknown>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  /** Starts a generator process now (before normal events at the current time). */
  process<R>(generator: ProcessGenerator<R>, name?: string): Process<R> {
    return new Process<R>(this, generator, name);
  }

  /** An event that fires when all `events` have been processed. */
  allOf(events: readonly SimEvent<unknown>[]): SimEvent<ConditionValue> {
    return new Condition(this, events, allEvents, 'Environment.allOf');
  }

  /** An event that fires when the first of `events` has been processed. */
  anyOf(events: readonly SimEvent<unknown>[]): SimEvent<ConditionValue> {
    return new Condition(this, events, anyEvent, 'Environment.anyOf');
  }

  /** Time of the next live event, minutes; Infinity when none is pending. */
  peek(): number {
    const cal = this._calendar;
    cal.skipCancelled();
    return cal.size === 0 ? Infinity : cal.time[cal.heap[0]];
  }

  /** Processes the next live event; returns false when none was pending. */
  step(): boolean {
    const cal = this._calendar;
    cal.skipCancelled();
    if (cal.size === 0) return false;
    const slot = cal.heap[0];
    const t = cal.time[slot];
    const fn = cal.fn[slot] as (arg: unknown) => void;
    const arg = cal.arg[slot];
    cal.popTop();
    this.now = t;
    this.eventsProcessed++;
    fn(arg);
    return true;
  }

  /** Makes a running `run` return after the current event. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Processes events until none is left, `stop()` is called, or the next event lies after
   * `until` (minutes; the clock is then set to `until`). `until` earlier than now throws.
   */
  run(options: RunOptions = {}): void {
    const until = options.until ?? Infinity;
    if (typeof until !== 'number' || until !== until || until < this.now) {
      throw new RangeError(`Environment.run: until(=${String(until)}) must be a number >= now(=${this.now})`);
    }
    this.stopped = false;
    const cal = this._calendar;
    // Hot loop: read the top slot's fields, pop it, then call; no allocation per event.
    while (cal.size > 0) {
      const t = cal.heapTime[0];
      const slot = cal.heap[0];
      if (t > until) break;
      const fn = cal.fn[slot] as ((arg: unknown) => void) | null;
      const arg = cal.arg[slot];
      cal.popTop();
      if (fn === null) continue;
      this.now = t;
      this.eventsProcessed++;
      fn(arg);
      if (this.stopped) break;
    }
    if (!this.stopped && until !== Infinity && this.now < until) this.now = until;
    this.stopped = false;
  }
}
