/**
 * The cabinet log as the twin receives it: one event per thing that happened on the real ward
 * (a dispense or a refusal at a cabinet, a restocked lot, a lot taken out, a slot jamming or
 * cleared, a cabinet going offline or online, a slot given another SKU, a mother or newborn
 * admitted or discharged), each with the caller's unique `eventId` and the time it happened,
 * `timeMin`, in minutes since the ward scenario's start (00:00 of `run.startDate` in
 * `meta.timeZone`), or `time`, an ISO 8601 timestamp with a zone, which the route maps to minutes. Each event maps one-to-one onto a dispensing ledger event, so the twin state is
 * the fold of the ledger; a ledger from the simulation converts back with {@link twinEventFromLedger}.
 */
import type { Grant, LedgerEvent, PatientKind, RefusalReason } from '../../engine/index.js';
import type { ErrorDetail } from '../errors.js';

/** Event types of the cabinet log. */
export const TWIN_EVENT_TYPES = [
  'dispense', 'refusal', 'restock', 'removal', 'jam', 'clear', 'offline', 'online', 'slot-assignment', 'admission', 'discharge',
] as const;

/** One event type of the cabinet log. */
export type TwinEventType = (typeof TWIN_EVENT_TYPES)[number];

/** One cabinet log event; which optional fields are required depends on `type` (see {@link requiredFields}). */
export interface TwinEvent {
  /** Caller-unique id; a repeated id is rejected as a duplicate. */
  eventId: string;
  type: TwinEventType;
  /** When it happened, minutes since the scenario start; never earlier than the twin's clock. */
  timeMin: number;
  /** When it happened as posted, ISO 8601 with a zone; `timeMin` is derived from it (see `event-times.ts`). */
  time?: string;
  cabinetId?: string;
  slotId?: string;
  /** SKU; `null` only for a slot-assignment that empties the slot's assignment. */
  sku?: string | null;
  /** Units. */
  quantity?: number;
  patientId?: string | null;
  actorId?: string | null;
  /** The cabinet's request id (dispense, refusal); default the event id. */
  requestId?: string;
  /** Lots taken by a dispense, first expiry first; omitted = the twin picks them first-expiry-first-out. */
  grants?: Grant[];
  /** Why a refusal happened. */
  reason?: RefusalReason;
  alternatives?: string[];
  /** Lot id of a restock (omitted = assigned by the twin) or of a removal. */
  lotId?: string;
  /** Expiry of a restocked lot, minutes since the scenario start. */
  expiresAtMin?: number;
  kind?: PatientKind;
  room?: string;
  companionIds?: string[];
}

/** The fields each event type must carry besides `eventId`, `type` and `timeMin`. */
export const requiredFields: Readonly<Record<TwinEventType, readonly (keyof TwinEvent)[]>> = {
  dispense: ['cabinetId', 'sku', 'quantity'],
  refusal: ['cabinetId', 'sku', 'quantity', 'reason'],
  restock: ['cabinetId', 'slotId', 'quantity', 'expiresAtMin'],
  removal: ['cabinetId', 'slotId', 'lotId', 'quantity'],
  jam: ['cabinetId', 'slotId'],
  clear: ['cabinetId', 'slotId'],
  offline: ['cabinetId'],
  online: ['cabinetId'],
  'slot-assignment': ['cabinetId', 'slotId', 'sku'],
  admission: ['patientId', 'kind', 'room'],
  discharge: ['patientId'],
};

/** Missing fields of event `index` of a batch, as details with paths under `/body/events`. */
export function missingFields(event: TwinEvent, index: number): ErrorDetail[] {
  return requiredFields[event.type]
    .filter((field) => event[field] === undefined || (field !== 'sku' && event[field] === null))
    .map((field) => ({ path: `/body/events/${index}/${field}`, rule: 'required', message: `a ${event.type} event needs ${field}` }));
}

/** The cabinet log event that corresponds to a ledger event (`eventId` chosen by the caller). */
export function twinEventFromLedger(e: LedgerEvent, eventId: string): TwinEvent {
  const base = { eventId, timeMin: e.timeMin };
  switch (e.type) {
    case 'admitted':
      return { ...base, type: 'admission', patientId: e.patientId, kind: e.kind, room: e.room, companionIds: [...e.companionIds] };
    case 'discharged':
      return { ...base, type: 'discharge', patientId: e.patientId };
    case 'dispensed':
      return { ...base, type: 'dispense', requestId: e.requestId, patientId: e.patientId, actorId: e.actorId, cabinetId: e.cabinetId, sku: e.sku, quantity: e.quantity, grants: e.grants.map((g) => ({ ...g })) };
    case 'refused':
      return { ...base, type: 'refusal', requestId: e.requestId, patientId: e.patientId, actorId: e.actorId, cabinetId: e.cabinetId, sku: e.sku, quantity: e.quantity, reason: e.reason, alternatives: [...e.alternatives] };
    case 'restocked':
      return { ...base, type: 'restock', cabinetId: e.cabinetId, slotId: e.slotId, lotId: e.lotId, quantity: e.quantity, expiresAtMin: e.expiresAtMin };
    case 'expired-removed':
      return { ...base, type: 'removal', cabinetId: e.cabinetId, slotId: e.slotId, lotId: e.lotId, quantity: e.quantity };
    case 'jammed':
      return { ...base, type: 'jam', cabinetId: e.cabinetId, slotId: e.slotId };
    case 'cleared':
      return { ...base, type: 'clear', cabinetId: e.cabinetId, slotId: e.slotId };
    case 'offline':
    case 'online':
      return { ...base, type: e.type, cabinetId: e.cabinetId };
    case 'slot-assigned':
      return { ...base, type: 'slot-assignment', cabinetId: e.cabinetId, slotId: e.slotId, sku: e.sku };
  }
}
