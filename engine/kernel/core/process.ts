/**
 * Processes: model logic written as a generator that yields events to wait for them, the way a
 * companion walks to a cabinet, queues, is served and walks back. A process is itself an event
 * that succeeds with the generator's return value (or fails with what it threw), so processes
 * can wait for each other. Another party may interrupt a waiting process (a nurse called away,
 * a restocker pre-empted); the generator then sees an {@link Interrupt} thrown at its `yield`.
 * Modelled on SimPy's `Process`, `Initialize` and `Interruption`.
 */
import type { EventScheduler } from './scheduler.js';
import { NORMAL, PROCESSED, SimEvent, URGENT } from './events.js';
import type { EventWaiter } from './events.js';

/** The generator a process runs: yields events, receives their values, returns `R`. */
export type ProcessGenerator<R = unknown> = Generator<SimEvent<unknown>, R, unknown>;

/** Thrown inside a process's generator by {@link Process.interrupt}; `cause` says why. */
export class Interrupt extends Error {
  /** Whatever the interrupter passed (a `Preempted` record for pre-empted resource users). */
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super(`Interrupt(${typeof cause === 'string' ? cause : typeof cause})`);
    this.name = 'Interrupt';
    this.cause = cause;
  }
}

/** A running generator, itself an event carrying the generator's return value. */
export class Process<R = unknown> extends SimEvent<R> implements EventWaiter {
  /** The event the process is waiting for (null before start and after the end). */
  target: SimEvent<unknown> | null = null;
  /** Optional name for traces and snapshots. */
  readonly name: string;
  private readonly generator: ProcessGenerator<R>;

  constructor(env: EventScheduler, generator: ProcessGenerator<R>, name = 'process') {
    super(env);
    if (generator === null || typeof generator !== 'object' || typeof generator.next !== 'function') {
      throw new TypeError('Environment.process: generator must be a generator object (call the function*)');
    }
    this.generator = generator;
    this.name = name;
    // Start through the calendar (before normal events now), without an extra event object.
    env._calendar.push(env.now, URGENT, startProcess, this);
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return !this.triggered;
  }

  /**
   * Throws `new Interrupt(cause)` into the generator at its current `yield`, at the current time
   * before normal events. The event it was waiting for stays pending (cancel a resource request
   * with `release`). Throws if the process has ended or interrupts itself.
   */
  interrupt(cause?: unknown): void {
    if (!this.isAlive) throw new Error(`Process.interrupt: process ${this.name} has terminated and cannot be interrupted`);
    if (this.env._active === (this as unknown)) throw new Error('Process.interrupt: a process may not interrupt itself');
    const interruption = new SimEvent<unknown>(this.env);
    interruption._ok = false;
    interruption._error = new Interrupt(cause);
    interruption.defused = true;
    const error = interruption._error;
    interruption.addCallback(() => {
      // The process may have ended between the interrupt call and now.
      if (!this.isAlive) return;
      if (this.target !== null) this.target.removeCallback(this);
      this._step(false, error);
    });
    interruption._markTriggered(undefined);
    this.env._enqueueEvent(interruption, 0, URGENT);
  }

  /** @internal resumes the process when the event it waits for is processed (no closure per wait). */
  _onEvent(event: SimEvent): void {
    if (event._ok) {
      this._step(true, event._value);
    } else {
      event.defused = true;
      this._step(false, event._error);
    }
  }

  /** @internal runs the generator until its next wait; `ok` false throws `value` into it. */
  _step(ok: boolean, value: unknown): void {
    const env = this.env;
    const previous = env._active;
    env._active = this;
    let isOk = ok;
    let input = value;
    for (;;) {
      let step: IteratorResult<SimEvent<unknown>, R>;
      try {
        step = isOk ? this.generator.next(input) : this.generator.throw(input);
      } catch (error) {
        this.target = null;
        this._ok = false;
        this._error = error;
        this._markTriggered(undefined as R);
        env._enqueueEvent(this, 0, NORMAL);
        break;
      }
      if (step.done === true) {
        this.target = null;
        this._markTriggered(step.value);
        // Nobody waits yet: the process event is processed at once rather than through the
        // calendar (a later `yield proc` continues immediately with the value, as for any
        // processed event). Waiters or a failure go through the calendar as usual.
        if (this._cb === null) this._state = PROCESSED;
        else env._enqueueEvent(this, 0, NORMAL);
        break;
      }
      const next = step.value;
      if (!(next instanceof SimEvent)) {
        isOk = false;
        input = new TypeError(`Process ${this.name}: yielded a non-event (${String(next)}); yield env.timeout(...), a request or another event`);
        continue;
      }
      if (next._state === PROCESSED) {
        // Already happened: carry on at once, as SimPy does.
        isOk = next._ok;
        if (!isOk) next.defused = true;
        input = isOk ? next._value : next._error;
        continue;
      }
      next.addCallback(this);
      this.target = next;
      break;
    }
    env._active = previous;
  }
}

/** Calendar handler that starts a process. */
export function startProcess(process: Process<unknown>): void {
  process._step(true, undefined);
}
