/**
 * Conditions: waiting for several things at once. `allOf` fires when every event has happened
 * (all items of an order picked), `anyOf` when the first one has (the item arrives or the
 * companion gives up). The value is a map from each event that had been processed when the
 * condition fired to its value, in the order the events were given. If an event fails before
 * the condition fires, the condition fails with the same error. Modelled on SimPy's `Condition`.
 */
import type { EventScheduler } from './scheduler.js';
import { SimEvent } from './events.js';

/** Value of a condition: processed events and their values, in the order given. */
export type ConditionValue = Map<SimEvent<unknown>, unknown>;

/** An event that fires once `evaluate(events, processedCount)` holds. */
export class Condition extends SimEvent<ConditionValue> {
  private readonly events: readonly SimEvent<unknown>[];
  private count = 0;

  constructor(
    env: EventScheduler,
    events: readonly SimEvent<unknown>[],
    private readonly evaluate: (total: number, processed: number) => boolean,
    api: string,
  ) {
    super(env);
    if (!Array.isArray(events)) throw new TypeError(`${api}: events must be an array of events`);
    for (const e of events) {
      if (!(e instanceof SimEvent)) throw new TypeError(`${api}: every item of events must be an event`);
      if (e.env !== env) throw new Error(`${api}: events must belong to the same environment`);
    }
    this.events = events.slice();
    if (this.events.length === 0 || this.evaluate(this.events.length, 0)) {
      this.succeed(new Map());
      return;
    }
    const check = (event: SimEvent<unknown>): void => this.check(event);
    for (const e of this.events) {
      if (e.processed) check(e);
      else e.addCallback(check);
    }
  }

  private check(event: SimEvent<unknown>): void {
    if (this.triggered) return;
    this.count++;
    if (!event.ok) {
      event.defused = true;
      this.fail(event.error);
    } else if (this.evaluate(this.events.length, this.count)) {
      this.succeed(this.collect());
    }
  }

  private collect(): ConditionValue {
    const value: ConditionValue = new Map();
    for (const e of this.events) if (e.processed && e.ok) value.set(e, e._value);
    return value;
  }
}

/** Condition rule: every event processed. */
export const allEvents = (total: number, processed: number): boolean => processed === total;
/** Condition rule: at least one event processed. */
export const anyEvent = (total: number, processed: number): boolean => processed > 0 || total === 0;
