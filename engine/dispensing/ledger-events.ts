/**
 * The ledger: every change to the dispensing state is one typed event, in the order it
 * happened. Folding the events over the config (`replayLedger`) rebuilds the live state
 * exactly; the twin and the run store rely on that. Events are plain JSON.
 */
import type { PatientKind } from './config-types.js';
import type { Grant, RefusalReason } from './request-types.js';

/** A patient was admitted (their wristband became valid). */
export interface AdmittedEvent {
  readonly type: 'admitted';
  readonly timeMin: number;
  readonly patientId: string;
  readonly kind: PatientKind;
  readonly room: string;
  readonly companionIds: readonly string[];
}

/** A patient was discharged (their wristband and counters are forgotten). */
export interface DischargedEvent {
  readonly type: 'discharged';
  readonly timeMin: number;
  readonly patientId: string;
}

/** Items were handed out. */
export interface DispensedEvent {
  readonly type: 'dispensed';
  readonly timeMin: number;
  readonly requestId: string;
  readonly patientId: string | null;
  readonly actorId: string | null;
  readonly cabinetId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly grants: readonly Grant[];
}

/** A request was refused (recorded so that a repeated request id gives the same answer). */
export interface RefusedEvent {
  readonly type: 'refused';
  readonly timeMin: number;
  readonly requestId: string;
  readonly patientId: string | null;
  readonly actorId: string | null;
  readonly cabinetId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly reason: RefusalReason;
  readonly alternatives: readonly string[];
}

/** A new lot was put into a slot. */
export interface RestockedEvent {
  readonly type: 'restocked';
  readonly timeMin: number;
  readonly cabinetId: string;
  readonly slotId: string;
  readonly lotId: string;
  readonly quantity: number;
  readonly expiresAtMin: number;
}

/** A lot (usually expired) was taken out of a slot and discarded. */
export interface ExpiredRemovedEvent {
  readonly type: 'expired-removed';
  readonly timeMin: number;
  readonly cabinetId: string;
  readonly slotId: string;
  readonly lotId: string;
  readonly quantity: number;
}

/** A slot jammed (`jammed`) or was freed (`cleared`). */
export interface SlotFaultEvent {
  readonly type: 'jammed' | 'cleared';
  readonly timeMin: number;
  readonly cabinetId: string;
  readonly slotId: string;
}

/** A cabinet went offline or came back online. */
export interface CabinetStatusEvent {
  readonly type: 'offline' | 'online';
  readonly timeMin: number;
  readonly cabinetId: string;
}

/** An empty slot was given a new SKU (or none) — a planogram change on a live ward. */
export interface SlotAssignedEvent {
  readonly type: 'slot-assigned';
  readonly timeMin: number;
  readonly cabinetId: string;
  readonly slotId: string;
  readonly sku: string | null;
}

/** Any ledger event. */
export type LedgerEvent =
  | AdmittedEvent
  | DischargedEvent
  | DispensedEvent
  | RefusedEvent
  | RestockedEvent
  | ExpiredRemovedEvent
  | SlotFaultEvent
  | CabinetStatusEvent
  | SlotAssignedEvent;
