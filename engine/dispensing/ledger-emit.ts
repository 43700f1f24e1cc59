/**
 * Recording a ledger event: counted always, kept in `state.ledger` when retention is on, and
 * passed to the sink when there is one. Callers check `wantsEvents` first so that a run with
 * retention off and no sink allocates no event objects at all.
 */
import type { LedgerEvent } from './ledger-events.js';
import type { DispensingState } from './state-types.js';

/** Whether anybody will see event objects (retained ledger or sink). */
export function wantsEvents(state: DispensingState): boolean {
  return state.ledger !== null || state.sink !== null;
}

/** Records one event that has already been applied to the state. */
export function emit(state: DispensingState, event: LedgerEvent): void {
  if (state.ledger !== null) state.ledger.push(event);
  if (state.sink !== null) state.sink(event);
}
