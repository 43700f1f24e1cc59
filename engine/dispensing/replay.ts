/**
 * Replaying the ledger: folding the events over a fresh state from the same config rebuilds the
 * live state exactly — stock and lots, jams and online flags, patients and their quota counters,
 * the idempotency window, the counters and the clock. Dispense events carry the lots they took,
 * so replay applies them rather than re-deciding; it checks that each one fits the stock and
 * throws if the ledger does not belong to the config.
 */
import type { DispensingConfig } from './config-types.js';
import { chargePatient } from './entitlement.js';
import { DispensingInputError } from './errors.js';
import { setCabinetOnline, setSlotJammed, assignSlot } from './faults.js';
import { remember } from './idempotency.js';
import { cabinetOf, checkTime, slotOf } from './input-checks.js';
import { emit, wantsEvents } from './ledger-emit.js';
import type { DispensedEvent, LedgerEvent, RefusedEvent } from './ledger-events.js';
import { admitPatient, dischargePatient } from './patients.js';
import { createDispensingState } from './create-state.js';
import { applyRestock } from './restock-apply.js';
import { applyGrants } from './slot-stock.js';
import type { DispensingState, DispensingStateOptions } from './state-types.js';

const API = 'replayLedger';

function foldDispensed(state: DispensingState, e: DispensedEvent): void {
  const cab = cabinetOf(state, API, 'event.cabinetId', e.cabinetId);
  const skuIndex = state.skuIndex.get(e.sku);
  if (skuIndex === undefined) throw new DispensingInputError(API, 'event.sku', `(="${e.sku}") must name a catalog SKU`);
  checkTime(state, API, e.timeMin);
  applyGrants(cab, e.grants);
  if (e.patientId !== null) {
    const patient = state.patients.get(e.patientId);
    if (!patient) throw new DispensingInputError(API, 'event.patientId', `(="${e.patientId}") is not admitted at ${e.timeMin}`);
    chargePatient(patient, skuIndex, e.quantity, e.timeMin);
  }
  state.nowMin = e.timeMin;
  state.counters.events++;
  state.counters.grants++;
  state.counters.dispensedUnits[cab.index * state.items.length + skuIndex] += e.quantity;
  const outcome = { ok: true as const, requestId: e.requestId, cabinetId: e.cabinetId, sku: e.sku, quantity: e.quantity, grants: e.grants, timeMin: e.timeMin };
  remember(state.idempotency, e.requestId, outcome);
  if (wantsEvents(state)) emit(state, e);
}

function foldRefused(state: DispensingState, e: RefusedEvent): void {
  cabinetOf(state, API, 'event.cabinetId', e.cabinetId);
  checkTime(state, API, e.timeMin);
  state.nowMin = e.timeMin;
  state.counters.events++;
  state.counters.refusals++;
  state.counters.refusalsByReason[e.reason]++;
  const outcome = {
    ok: false as const, requestId: e.requestId, cabinetId: e.cabinetId, sku: e.sku, quantity: e.quantity,
    reason: e.reason, alternatives: e.alternatives, timeMin: e.timeMin,
  };
  remember(state.idempotency, e.requestId, outcome);
  if (wantsEvents(state)) emit(state, e);
}

/**
 * Applies one ledger event to a state (the fold step of `replayLedger`; the twin uses it to
 * follow a live cabinet feed). Throws if the event does not fit; the state should then be
 * discarded, as a multi-lot grant may have been applied in part.
 */
export function applyEvent(state: DispensingState, e: LedgerEvent): void {
  switch (e.type) {
    case 'admitted':
      admitPatient(state, { patientId: e.patientId, kind: e.kind, room: e.room, companionIds: e.companionIds, timeMin: e.timeMin });
      return;
    case 'discharged':
      dischargePatient(state, e.patientId, e.timeMin);
      return;
    case 'dispensed':
      foldDispensed(state, e);
      return;
    case 'refused':
      foldRefused(state, e);
      return;
    case 'restocked': {
      const lots = [{ lotId: e.lotId, quantity: e.quantity, expiresAtMin: e.expiresAtMin }];
      const receipt = applyRestock(state, { lines: [{ cabinetId: e.cabinetId, slotId: e.slotId, lots }] }, e.timeMin);
      if (receipt.overflowUnits > 0) {
        throw new DispensingInputError(API, 'event.quantity', `(=${e.quantity}) does not fit slot ${e.cabinetId}/${e.slotId}`);
      }
      return;
    }
    case 'expired-removed': {
      const slot = slotOf(cabinetOf(state, API, 'event.cabinetId', e.cabinetId), API, 'event.slotId', e.slotId);
      const lot = slot.lots.find((l) => l.lotId === e.lotId);
      if (!lot || lot.quantity !== e.quantity) {
        throw new DispensingInputError(API, 'event.lotId', `(="${e.lotId}") with ${e.quantity} units is not in ${e.cabinetId}/${e.slotId}`);
      }
      applyRestock(state, { lines: [{ cabinetId: e.cabinetId, slotId: e.slotId, removeLotIds: [e.lotId] }] }, e.timeMin);
      return;
    }
    case 'jammed':
    case 'cleared':
      setSlotJammed(state, e.cabinetId, e.slotId, e.type === 'jammed', e.timeMin);
      return;
    case 'online':
    case 'offline':
      setCabinetOnline(state, e.cabinetId, e.type === 'online', e.timeMin);
      return;
    case 'slot-assigned':
      assignSlot(state, e.cabinetId, e.slotId, e.sku, e.timeMin);
      return;
    default:
      throw new DispensingInputError(API, 'event.type', `(=${JSON.stringify((e as { type?: unknown }).type)}) is not a ledger event type`);
  }
}

/**
 * Rebuilds the state by folding `events` (in order) over a fresh state from `config`. With the
 * default options the rebuilt state retains its own ledger, equal to `events`.
 *
 * @throws DispensingConfigError for a bad config; DispensingInputError when an event does not
 *   fit the state it is applied to (unknown ids, stock that is not there, time going back).
 */
export function replayLedger(config: DispensingConfig, events: Iterable<LedgerEvent>, options: DispensingStateOptions = {}): DispensingState {
  const state = createDispensingState(config, options);
  for (const e of events) applyEvent(state, e);
  return state;
}
