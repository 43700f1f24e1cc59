/**
 * A deep copy of a dispensing state, so the twin can keep a checkpoint of the ward and return
 * to it when a batch is refused halfway, instead of folding its whole stored ledger again. What
 * never changes after creation (config, catalog, indexes, entitlements, rooms, cabinet layout)
 * is shared; stock, lots, jams, patients with their quota counters, the idempotency window,
 * counters and clock are copied. The dispensing core's FEFO orders start stale in the copy
 * (rebuilt from the slots at the next dispense), as in a state rebuilt from the ledger.
 */
import { emptyFefoOrders } from './fefo-order.js';
import type { CabinetState, DispensingState, SlotState } from './state-types.js';
import type { LedgerEvent } from './ledger-events.js';

function copyCabinet(cab: CabinetState, skuCount: number): CabinetState {
  const slots: SlotState[] = cab.slots.map((s) => ({ ...s, lots: s.lots.map((l) => ({ ...l })) }));
  const slotsBySku: SlotState[][] = Array.from({ length: skuCount }, () => []);
  for (const slot of slots) if (slot.skuIndex >= 0) slotsBySku[slot.skuIndex].push(slot);
  return {
    ...cab,
    slots,
    slotById: new Map(slots.map((s) => [s.id, s])),
    slotsBySku,
    ...emptyFefoOrders(slots.length, skuCount),
  };
}

/**
 * Copies `state`; the copy sends its ledger events to `sink` and retains none.
 * Cost: proportional to the state (slots, lots, patients, remembered request ids), never to the ledger.
 */
export function copyDispensingState(state: DispensingState, sink: ((event: LedgerEvent) => void) | null): DispensingState {
  const c = state.counters;
  return {
    ...state,
    cabinets: state.cabinets.map((cab) => copyCabinet(cab, state.items.length)),
    patients: new Map([...state.patients].map(([id, p]) => [id, { ...p, dayIndex: p.dayIndex.slice(), dayUnits: p.dayUnits.slice(), stayUnits: p.stayUnits.slice() }])),
    idempotency: { size: state.idempotency.size, outcomes: new Map(state.idempotency.outcomes), ring: state.idempotency.ring.slice(), next: state.idempotency.next },
    counters: {
      ...c,
      refusalsByReason: { ...c.refusalsByReason },
      initialUnits: c.initialUnits.slice(),
      restockedUnits: c.restockedUnits.slice(),
      dispensedUnits: c.dispensedUnits.slice(),
      removedUnits: c.removedUnits.slice(),
    },
    ledger: null,
    sink,
  };
}
