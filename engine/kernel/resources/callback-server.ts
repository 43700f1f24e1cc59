/**
 * A server on the callback path: a counter with some number of servers (a cabinet's one
 * touchscreen, the nurses free to break off for a supply request) whose users wait in line.
 * Capacity is a number or follows a {@link Roster}; users wait in priority classes (lower
 * value first: a restocker ahead of families) and first come, first served within a class.
 * A waiting entry is a handler and its argument, as on the environment's `schedule`, so a
 * model with a module-level handler allocates no closure per user. A grant calls the handler
 * at once, in the event that made the unit free (a release, a roster step up or the request
 * itself), so waiting adds no events of its own. A capacity drop never interrupts a user:
 * it only stops new grants until enough users have released.
 *
 * Unlike `Resource` it keeps no statistics: the caller knows what a wait means in its model
 * and measures it there (from the request to the handler call).
 */
import { fail, integerAtLeast, options as checkOptions } from '../_internals/check.js';
import type { Environment } from '../core/environment.js';
import { Roster } from './roster.js';
import type { RosterCursor } from './roster.js';

/** What a grant calls: `handler(arg)`. */
export type GrantHandler<T> = (arg: T) => void;

/** Options of {@link CallbackServer}. */
export interface CallbackServerOptions {
  /** Servers (integer >= 0). Required unless `roster` is given. */
  capacity?: number;
  /** Capacity by time of day (or any period); takes over from `capacity`. */
  roster?: Roster;
  /** No roster step is scheduled at or after this time, minutes (the run's end). Default Infinity. */
  rosterUntilMin?: number;
  /** Event priority of the roster steps (lower runs first at equal times). Default 0. */
  rosterPriority?: number;
}

/** First-in-first-out line of one priority class: handlers and arguments side by side. */
interface Line {
  readonly priority: number;
  readonly handlers: GrantHandler<never>[];
  readonly args: unknown[];
  head: number;
}

/** A multi-server counter on the callback path (see the module header). */
export class CallbackServer {
  private cap: number;
  private inUse = 0;
  private waiting = 0;
  /** Priority classes in ascending priority value. */
  private readonly lines: Line[] = [];
  private readonly roster: Roster | null;
  private readonly cursor: RosterCursor | null;
  private readonly rosterUntilMin: number;
  private readonly rosterPriority: number;

  constructor(
    readonly env: Environment,
    o: CallbackServerOptions,
  ) {
    const api = 'CallbackServer';
    checkOptions(api, o);
    if (o.roster !== undefined) {
      if (!(o.roster instanceof Roster)) fail(api, 'roster', o.roster, 'must be a Roster');
      this.roster = o.roster;
      this.cursor = o.roster.cursorAt(env.now);
      this.cap = o.roster.steps[this.cursor.index].capacity;
    } else {
      this.roster = null;
      this.cursor = null;
      this.cap = integerAtLeast(api, 'capacity', o.capacity, 0);
    }
    const until = o.rosterUntilMin ?? Infinity;
    if (typeof until !== 'number' || Number.isNaN(until)) fail(api, 'rosterUntilMin', until, 'must be a number');
    this.rosterUntilMin = until;
    const priority = o.rosterPriority ?? 0;
    if (typeof priority !== 'number' || !Number.isFinite(priority)) fail(api, 'rosterPriority', priority, 'must be a finite number');
    this.rosterPriority = priority;
    if (this.roster !== null) this.scheduleStep();
  }

  /** Servers now (the roster's step in force, or the fixed capacity). */
  get capacity(): number {
    return this.cap;
  }

  /** Servers in use now. */
  get busy(): number {
    return this.inUse;
  }

  /** Users waiting now, all classes. */
  get queueLength(): number {
    return this.waiting;
  }

  /**
   * Asks for a server: when one is free, takes it and calls `handler(arg)` now; otherwise
   * `arg` waits in class `priority` (lower first; default 0) behind everyone of that class.
   * The handler holds the server until {@link release}.
   */
  request<T>(handler: GrantHandler<T>, arg: T, priority = 0): void {
    if (this.inUse < this.cap) {
      this.inUse++;
      handler(arg);
      return;
    }
    if (typeof priority !== 'number' || Number.isNaN(priority)) fail('CallbackServer.request', 'priority', priority, 'must be a number');
    const line = this.lineOf(priority);
    line.handlers.push(handler);
    line.args.push(arg);
    this.waiting++;
  }

  /** Gives a server back and grants the free servers to the first waiting users. */
  release(): void {
    if (this.inUse === 0) throw new RangeError('CallbackServer.release: no server is in use');
    this.inUse--;
    this.grant();
  }

  /** While a server is free and someone waits: the first of the best class gets it. */
  private grant(): void {
    while (this.inUse < this.cap && this.waiting > 0) {
      let line = this.lines[0];
      for (let i = 0; line.head === line.handlers.length; ) line = this.lines[++i];
      const handler = line.handlers[line.head] as GrantHandler<unknown>;
      const arg = line.args[line.head];
      line.args[line.head] = undefined;
      line.head++;
      if (line.head === line.handlers.length) {
        line.handlers.length = 0;
        line.args.length = 0;
        line.head = 0;
      } else if (line.head > 1024 && 2 * line.head > line.handlers.length) {
        // A line that never empties: drop the served prefix now and then, not on every grant.
        line.handlers.splice(0, line.head);
        line.args.splice(0, line.head);
        line.head = 0;
      }
      this.waiting--;
      this.inUse++;
      handler(arg);
    }
  }

  /** The line of class `priority`, made on first use and kept in ascending order. */
  private lineOf(priority: number): Line {
    const lines = this.lines;
    let i = 0;
    while (i < lines.length && lines[i].priority < priority) i++;
    if (i < lines.length && lines[i].priority === priority) return lines[i];
    const line: Line = { priority, handlers: [], args: [], head: 0 };
    lines.splice(i, 0, line);
    return line;
  }

  /** Schedules the roster's next step unless it falls at or after `rosterUntilMin`. */
  private scheduleStep(): void {
    const at = this.roster!.advance(this.cursor!);
    if (at < this.rosterUntilMin) this.env.schedule(at - this.env.now, onRosterStep, this.rosterPriority, this);
  }

  /** @internal a roster step: new capacity, grants to waiting users, then the next step. */
  _step(): void {
    this.cap = this.roster!.steps[this.cursor!.index].capacity;
    this.grant();
    this.scheduleStep();
  }
}

function onRosterStep(server: CallbackServer): void {
  server._step();
}
