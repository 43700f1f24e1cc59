/**
 * The ward's cabinets as the model runs them: the dispensing core's state (the one place that
 * decides a dispense), one touchscreen per cabinet (a kernel server with capacity 1: families
 * and restockers share it, the restocker ahead of waiting families), each alcove's contact
 * zone, and the stock-change notification every stock move goes through. Built only when the
 * ward has cabinets, so nothing that holds a `Cabinets` has to ask whether there are any.
 */
import { CallbackServer } from '../../kernel/index.js';
import type { DispensingState } from '../../dispensing/index.js';
import type { Zone } from '../accounting/contacts.js';
import { StockChanges } from '../accounting/stock-changes.js';
import type { WardContext } from '../context/ward-context.js';

/** Screen priority class of a restocker: ahead of every waiting family. */
export const RESTOCK_PRIORITY = 0;
/** Screen priority class of a family on a supply trip. */
export const TRIP_PRIORITY = 1;

/** The cabinets of one run (see the module header). */
export interface Cabinets {
  readonly dispensing: DispensingState;
  /** Per cabinet (scenario order): the touchscreen. */
  readonly screens: readonly CallbackServer[];
  /** Per cabinet: the alcove and its queue (a contact zone). */
  readonly zones: readonly Zone[];
  /** Every change of cabinet stock is told here. */
  readonly stock: StockChanges;
  /** Per cabinet: minutes families waited in line for the screen, summed over sessions (the twin forecast reads it). */
  readonly queueWaitMin: Float64Array;
  /** Per cabinet: screen sessions of families. */
  readonly sessions: Float64Array;
}

/** Screens, zones and the stock notification for `dispensing`'s cabinets. */
export function createCabinets(ctx: WardContext, dispensing: DispensingState): Cabinets {
  return {
    dispensing,
    screens: dispensing.cabinets.map(() => new CallbackServer(ctx.env, { capacity: 1 })),
    zones: dispensing.cabinets.map((c) => ctx.contacts.zone(`cabinet:${c.id}`, ctx.scenario.contacts.cabinet, ctx.scenario.contacts.airborne.cabinet)),
    stock: new StockChanges(),
    queueWaitMin: new Float64Array(dispensing.cabinets.length),
    sessions: new Float64Array(dispensing.cabinets.length),
  };
}
