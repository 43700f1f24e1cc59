/**
 * What an event, a process or a condition needs of its environment: the clock, the calendar
 * and the process now running. The environment provides it; naming it here lets those
 * concepts sit below the environment, which builds them, without importing it back.
 */
import type { EventCalendar } from '../_internals/event-calendar.js';

/** The environment as events and processes see it (see the module header). */
export interface EventScheduler {
  /** Current simulated time, minutes. */
  readonly now: number;
  /** @internal the calendar */
  readonly _calendar: EventCalendar;
  /** @internal the process whose generator runs now, or null */
  _active: object | null;
  /** @internal queues a triggered event for processing after `delayMin` minutes */
  _enqueueEvent(event: object, delayMin: number, priority: number): void;
}
