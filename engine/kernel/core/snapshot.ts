/**
 * Snapshots: the kernel state a twin needs to forecast from "now" (clock, counters, the
 * pending calendar as data, random stream states), captured as plain JSON-safe data.
 *
 * Captured: the clock, `eventsProcessed`, the next insertion sequence (so ties resolve after a
 * restore exactly as they would have), every pending live event with its time, priority and
 * sequence, and, for callback-path events, the handler's function name and its argument when
 * the argument is plain data (numbers, strings, booleans, null, arrays and plain objects of
 * those); the states of the random streams passed in.
 *
 * Not captured: generator processes (a suspended generator's locals cannot be read), the
 * events they wait on, resource queues and holders, statistics, closures and arguments that are
 * not plain data. Those are listed as `kind: 'event'` or `argCaptured: false` so a model can
 * tell; `restoreEnvironment` refuses them unless told to skip them. A model that wants full
 * restore writes its hot logic on the callback path with named handlers and plain-data
 * arguments and rebuilds its own state (stock levels, queues) from its own records.
 */
import type { Environment } from './environment.js';
import { fireEvent, SimEvent } from './events.js';
import { startProcess } from './process.js';
import type { RandomStreams, RandomStreamsState } from '../random/random-streams.js';

/** One pending event as data. */
export interface PendingEventData {
  /** When it fires, minutes. */
  readonly atMin: number;
  /** Its priority. */
  readonly priority: number;
  /** Its insertion sequence (the last tie-breaker). */
  readonly sequence: number;
  /** `callback` for `schedule` events, `event` for events of the process machinery. */
  readonly kind: 'callback' | 'event';
  /** Handler function name (callback) or event class and process name (event). */
  readonly handler: string;
  /** Whether `arg` holds the callback's argument (false when it was not plain data). */
  readonly argCaptured: boolean;
  /** The callback's argument, when plain data. */
  readonly arg?: unknown;
}

/** What {@link snapshotEnvironment} returns; JSON-safe. */
export interface EnvironmentSnapshot {
  readonly version: 1;
  /** Clock at capture, minutes. */
  readonly nowMin: number;
  /** Events processed up to capture. */
  readonly eventsProcessed: number;
  /** Insertion sequence the next scheduled event will get. */
  readonly nextSequence: number;
  /** Pending live events in firing order. */
  readonly pending: readonly PendingEventData[];
  /** Stream states, when streams were passed to `snapshot`. */
  readonly streams?: RandomStreamsState;
}

/** Options of {@link snapshotEnvironment}. */
export interface SnapshotOptions {
  /** Streams whose states to include. */
  streams?: RandomStreams;
}

function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null) return true;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value);
    case 'string':
    case 'boolean':
      return true;
    case 'object': {
      if (Array.isArray(value)) return value.every((v) => isPlainData(v, depth + 1));
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value).every((v) => isPlainData(v, depth + 1));
    }
    default:
      return false;
  }
}

function describeEvent(event: unknown): string {
  if (!(event instanceof SimEvent)) return 'unknown';
  const name = (event as { name?: unknown }).name;
  return typeof name === 'string' ? `${event.constructor.name}:${name}` : event.constructor.name;
}

/**
 * Captures the state needed to resume `env`: clock, counters, pending callback-path events as
 * data and (when given) random stream states (see the module header for what is and is not
 * captured).
 */
export function snapshotEnvironment(env: Environment, options: SnapshotOptions = {}): EnvironmentSnapshot {
  const cal = env._calendar;
  const pending: PendingEventData[] = [];
  for (const slot of cal.liveSlotsInOrder()) {
    const fn = cal.fn[slot]!;
    const arg = cal.arg[slot];
    const base = { atMin: cal.time[slot], priority: cal.prio[slot], sequence: cal.seq[slot] };
    if (fn === (fireEvent as unknown) || fn === (startProcess as unknown)) {
      pending.push({ ...base, kind: 'event', handler: describeEvent(arg), argCaptured: false });
    } else if (arg === undefined) {
      pending.push({ ...base, kind: 'callback', handler: fn.name, argCaptured: true });
    } else if (isPlainData(arg)) {
      pending.push({ ...base, kind: 'callback', handler: fn.name, argCaptured: true, arg: structuredClone(arg) });
    } else {
      pending.push({ ...base, kind: 'callback', handler: fn.name, argCaptured: false });
    }
  }
  const snap: EnvironmentSnapshot = {
    version: 1,
    nowMin: env.now,
    eventsProcessed: env.eventsProcessed,
    nextSequence: cal.nextSeq,
    pending,
    ...(options.streams === undefined ? {} : { streams: options.streams.state() }),
  };
  return snap;
}

/** Options of {@link restoreEnvironment}. */
export interface RestoreOptions {
  /** Callback handlers by function name; every captured callback's name must be here. */
  handlers: Readonly<Record<string, (arg: never) => void>>;
  /** Streams to set to the captured states. */
  streams?: RandomStreams;
  /** Drop pending process-machinery events and uncaptured arguments instead of throwing. Default false. */
  skipUnrestorable?: boolean;
}

/**
 * Rebuilds the calendar of a snapshot into `env` (a fresh environment): sets its clock and
 * counters and re-schedules every captured callback with its original time, priority and
 * sequence, so the continuation is identical to an uninterrupted run.
 */
export function restoreEnvironment(env: Environment, snapshot: EnvironmentSnapshot, options: RestoreOptions): Environment {
  const api = 'restoreEnvironment';
  if (snapshot === null || typeof snapshot !== 'object' || snapshot.version !== 1) {
    throw new RangeError(`${api}: snapshot.version must be 1`);
  }
  const cal = env._calendar;
  if (cal.size !== 0 || env.eventsProcessed !== 0) throw new Error(`${api}: env must be a fresh environment with no events`);
  if (!Number.isFinite(snapshot.nowMin)) throw new RangeError(`${api}: snapshot.nowMin(=${snapshot.nowMin}) must be finite`);
  env.now = snapshot.nowMin;
  env.eventsProcessed = snapshot.eventsProcessed;
  for (const [i, p] of snapshot.pending.entries()) {
    if (p.kind !== 'callback' || !p.argCaptured) {
      if (options.skipUnrestorable === true) continue;
      throw new Error(`${api}: pending[${i}] (${p.kind} ${p.handler}) cannot be restored; pass skipUnrestorable to drop it`);
    }
    const fn = options.handlers[p.handler];
    if (typeof fn !== 'function') throw new Error(`${api}: pending[${i}] needs a handler named ${JSON.stringify(p.handler)}`);
    if (!(p.atMin >= snapshot.nowMin)) throw new RangeError(`${api}: pending[${i}].atMin(=${p.atMin}) must be >= nowMin`);
    cal.push(p.atMin, p.priority, fn, p.arg === undefined ? undefined : structuredClone(p.arg), p.sequence);
  }
  cal.nextSeq = snapshot.nextSequence;
  if (options.streams !== undefined && snapshot.streams !== undefined) options.streams.setState(snapshot.streams);
  return env;
}
