/**
 * Events: things that happen at a point in simulated time (a delivery, a cabinet door opening,
 * a restock round finishing). An event is created pending, is triggered with a value (or an
 * error), and is processed when the clock reaches it; processing runs its callbacks, which is
 * how a waiting process resumes. Modelled on SimPy's `events.py`.
 */
import type { EventScheduler } from './scheduler.js';

/** Priority of urgent kernel events (process start, interrupts): before normal ones. */
export const URGENT = -1;
/** Priority of normal events (timeouts, triggered events); the `schedule` default too. */
export const NORMAL = 0;

/** Called with the event when it is processed. */
export type EventCallback<T = unknown> = (event: SimEvent<T>) => void;

/**
 * Something woken by an event without a closure per wait (processes implement it).
 * @internal
 */
export interface EventWaiter {
  _onEvent(event: SimEvent): void;
}

/** Stored callback type: independent of T so that SimEvent<T> stays covariant in T. */
type StoredCallback = ((event: never) => void) | EventWaiter;
type Invoke = ((event: SimEvent) => void) | EventWaiter;

function invoke(cb: Invoke, event: SimEvent): void {
  if (typeof cb === 'function') cb(event);
  else cb._onEvent(event);
}

const PENDING = 0;
const TRIGGERED = 1;
/** @internal event state "processed" (its callbacks have run); the process resume path reads it. */
export const PROCESSED = 2;

/**
 * Processes an event popped from the calendar: marks it processed and runs its callbacks.
 * A failed event that nobody handled (no callback, not defused) stops the run by throwing,
 * so errors in processes never vanish silently.
 */
export function fireEvent(event: SimEvent): void {
  event._state = PROCESSED;
  const first = event._cb as Invoke | null;
  if (first !== null) {
    event._cb = null;
    invoke(first, event);
    const rest = event._cbs as Invoke[] | null;
    if (rest !== null) {
      event._cbs = null;
      for (let i = 0; i < rest.length; i++) invoke(rest[i], event);
    }
  } else if (!event._ok && !event.defused) {
    throw event._error;
  }
}

/**
 * A simulation event carrying a value of type `T`. Yield it from a process to wait for it.
 * Build one with `env.event<T>()` and trigger it with {@link SimEvent.succeed} or
 * {@link SimEvent.fail}.
 */
export class SimEvent<T = unknown> {
  /** The environment this event belongs to. */
  readonly env: EventScheduler;
  /** Set true once the failure has been handled, so it does not stop the run. */
  defused = false;
  /** @internal */ _value: T | undefined = undefined;
  /** @internal */ _error: unknown = undefined;
  /** @internal */ _ok = true;
  /** @internal */ _state = PENDING;
  /** @internal first callback (most events have exactly one waiter) */
  _cb: StoredCallback | null = null;
  /** @internal further callbacks */
  _cbs: StoredCallback[] | null = null;

  constructor(env: EventScheduler) {
    this.env = env;
  }

  /** True once triggered (its value is fixed and it is on the calendar or processed). */
  get triggered(): boolean {
    return this._state !== PENDING;
  }

  /** True once processed (its callbacks have run). */
  get processed(): boolean {
    return this._state === PROCESSED;
  }

  /** True unless the event failed. Only meaningful once triggered. */
  get ok(): boolean {
    return this._ok;
  }

  /** The event's value; throws while pending or if the event failed. */
  get value(): T {
    if (this._state === PENDING) throw new Error('SimEvent.value: the event is not yet triggered');
    if (!this._ok) throw this._error;
    return this._value as T;
  }

  /** The error of a failed event (undefined otherwise). */
  get error(): unknown {
    return this._error;
  }

  /**
   * Triggers the event with `value`; it is processed at the current time after the events
   * already due now at the same priority. Throws if already triggered.
   */
  succeed(value?: T, priority: number = NORMAL): this {
    if (this._state !== PENDING) throw new Error('SimEvent.succeed: the event has already been triggered');
    this._value = value;
    this._state = TRIGGERED;
    this.env._enqueueEvent(this, 0, priority);
    return this;
  }

  /** Triggers the event as failed with `error`; waiting processes get it thrown. */
  fail(error: unknown, priority: number = NORMAL): this {
    if (this._state !== PENDING) throw new Error('SimEvent.fail: the event has already been triggered');
    this._ok = false;
    this._error = error;
    this._state = TRIGGERED;
    this.env._enqueueEvent(this, 0, priority);
    return this;
  }

  /**
   * Adds a callback run when the event is processed. Throws if the event has already been
   * processed: its callbacks have run and will not run again (check `processed` first, as
   * conditions and processes do).
   */
  addCallback(cb: EventCallback<T> | EventWaiter): void {
    if (this._state === PROCESSED) throw new Error('SimEvent.addCallback: the event has already been processed');
    if (this._cb === null) this._cb = cb;
    else if (this._cbs === null) this._cbs = [cb];
    else this._cbs.push(cb);
  }

  /** Removes a callback added earlier; returns whether it was found. */
  removeCallback(cb: EventCallback<T> | EventWaiter): boolean {
    if (this._cb === (cb as StoredCallback)) {
      const rest = this._cbs;
      this._cb = rest !== null && rest.length > 0 ? (rest.shift() ?? null) : null;
      return true;
    }
    if (this._cbs === null) return false;
    const i = this._cbs.indexOf(cb);
    if (i < 0) return false;
    this._cbs.splice(i, 1);
    return true;
  }

  /** @internal marks a pending event triggered without scheduling it (the caller schedules). */
  _markTriggered(value: T): void {
    this._value = value;
    this._state = TRIGGERED;
  }
}

/** An event that fires `delayMin` minutes after its creation with `value`. */
export class Timeout<T = undefined> extends SimEvent<T> {
  /** The delay, minutes. */
  readonly delayMin: number;

  constructor(env: EventScheduler, delayMin: number, value?: T) {
    super(env);
    this.delayMin = delayMin;
    this._value = value;
    this._state = TRIGGERED;
    // The delay was checked by Environment.timeout; direct construction is checked here.
    if (!(delayMin >= 0 && delayMin < Infinity)) env._enqueueEvent(this, delayMin, NORMAL);
    else env._calendar.push(env.now + delayMin, NORMAL, fireEvent, this);
  }
}
