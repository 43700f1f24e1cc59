/**
 * Processes: model logic written as a generator that yields events to wait for them, the way a
 * companion walks to a cabinet, queues, is served and walks back. A process is itself an event
 * that succeeds with the generator's return value (or fails with what it threw), so processes
 * can wait for each other. Another party may interrupt a waiting process (a nurse called away,
 * a restocker pre-empted); the generator then sees an {@link Interrupt} thrown at its `yield`.
 * Modelled on SimPy's `Process`, `Initialize` and `Interruption`.
 */
import type { Environment } from './environment.js';
import { SimEvent, URGENT } from './events.js';

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
export class Process<R = unknown> extends SimEvent<R> {
  /** The event the process is waiting for (null before start and after the end). */
  target: SimEvent<unknown> | null = null;
  /** Optional name for traces and snapshots. */
  readonly name: string;
  private readonly generator: ProcessGenerator<R>;
  private readonly resumeFn: (event: SimEvent<unknown>) => void;

  constructor(env: Environment, generator: ProcessGenerator<R>, name = 'process') {
    super(env);
    if (generator === null || typeof generator !== 'object' || typeof generator.next !== 'function') {
      throw new TypeError('Environment.process: generator must be a generator object (call the function*)');
    }
    this.generator = generator;
    this.name = name;
    // One bound resume per process, not one closure per yield.
    this.resumeFn = (event) => this.resume(event);
    const start = new SimEvent<unknown>(env);
    start._cb = this.resumeFn;
    start._markTriggered(undefined);
    env._enqueueEvent(start, 0, URGENT);
    this.target = start;
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
    if (this.env.activeProcess === (this as unknown)) throw new Error('Process.interrupt: a process may not interrupt itself');
    const interruption = new SimEvent<unknown>(this.env);
    interruption._ok = false;
    interruption._error = new Interrupt(cause);
    interruption.defused = true;
    interruption._cb = (event) => {
      // The process may have ended between the interrupt call and now.
      if (!this.isAlive) return;
      if (this.target !== null) this.target.removeCallback(this.resumeFn);
      this.resume(event);
    };
    interruption._markTriggered(undefined);
    this.env._enqueueEvent(interruption, 0, URGENT);
  }

  private resume(event: SimEvent<unknown>): void {
    const env = this.env;
    const previous = env.activeProcess;
    env._setActiveProcess(this);
    let ev = event;
    for (;;) {
      let step: IteratorResult<SimEvent<unknown>, R>;
      try {
        if (ev._ok) {
          step = this.generator.next(ev._value);
        } else {
          ev.defused = true;
          step = this.generator.throw(ev._error);
        }
      } catch (error) {
        this.target = null;
        this._ok = false;
        this._error = error;
        this._markTriggered(undefined as R);
        env._enqueueEvent(this, 0, 0);
        break;
      }
      if (step.done === true) {
        this.target = null;
        this._markTriggered(step.value);
        env._enqueueEvent(this, 0, 0);
        break;
      }
      const next = step.value;
      if (!(next instanceof SimEvent)) {
        const bad = new SimEvent<unknown>(env);
        bad._ok = false;
        bad._error = new TypeError(`Process ${this.name}: yielded a non-event (${String(next)}); yield env.timeout(...), a request or another event`);
        ev = bad;
        continue;
      }
      if (next.processed) {
        // Already happened: carry on at once, as SimPy does.
        ev = next;
        continue;
      }
      next.addCallback(this.resumeFn);
      this.target = next;
      break;
    }
    env._setActiveProcess(previous);
  }
}
