/**
 * What callers hand the core and what it answers: admission and dispense requests, the grant
 * or refusal a cabinet gives, and the routing query. Time is minutes since the scenario start.
 */
import type { Location, PatientKind } from './config-types.js';

/** Admitting a patient (mother or newborn) to the ward; their wristband becomes valid. */
export interface AdmitRequest {
  /** Wristband / QR id, unique among admitted patients. */
  readonly patientId: string;
  readonly kind: PatientKind;
  /** Room id (must be a configured room if rooms are configured; used for routing). */
  readonly room: string;
  /** People who may act for the patient at a cabinet (companion, or the mother for her newborn). */
  readonly companionIds?: readonly string[];
  /** Minutes since scenario start. */
  readonly timeMin: number;
}

/** One request at a cabinet's keypad / scanner. */
export interface DispenseRequest {
  /** Caller-unique id; repeating it returns the first outcome and changes nothing. */
  readonly requestId: string;
  /** Patient the item is for; required when the item `needsPatient`. */
  readonly patientId?: string;
  /** Person at the cabinet if not the patient (must be the patient or one of their companions). */
  readonly actorId?: string;
  readonly sku: string;
  /** Units wanted (integer >= 1); the core grants all of them or none. */
  readonly quantity: number;
  readonly cabinetId: string;
  /** Minutes since scenario start; never earlier than the previous state change. */
  readonly timeMin: number;
}

/** Why a cabinet said no. */
export type RefusalReason =
  | 'unknown-patient'
  | 'not-entitled'
  | 'quota-exceeded'
  | 'unknown-sku'
  | 'out-of-stock'
  | 'slot-jammed'
  | 'cabinet-offline'
  | 'expired-only';

/** Every refusal reason, in the order `dispense` checks them. */
export const REFUSAL_REASONS: readonly RefusalReason[] = [
  'cabinet-offline',
  'unknown-sku',
  'unknown-patient',
  'not-entitled',
  'quota-exceeded',
  'slot-jammed',
  'expired-only',
  'out-of-stock',
];

/** Units taken from one lot in one slot. */
export interface Grant {
  readonly slotId: string;
  readonly lotId: string;
  /** Units (integer >= 1). */
  readonly quantity: number;
  /** Expiry of the lot, minutes since scenario start. */
  readonly expiresAtMin: number;
}

/** The cabinet handed the items out; `grants` lists lots in first-expiry-first-out order. */
export interface DispenseGrant {
  readonly ok: true;
  readonly requestId: string;
  readonly cabinetId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly grants: readonly Grant[];
  readonly timeMin: number;
}

/**
 * The cabinet said no. `alternatives` names the nearest other cabinets (by walking distance
 * from this one) that could serve the same request now; empty when no cabinet could (or the
 * reason is about the patient, which no other cabinet would change).
 */
export interface DispenseRefusal {
  readonly ok: false;
  readonly requestId: string;
  readonly cabinetId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly reason: RefusalReason;
  readonly alternatives: readonly string[];
  readonly timeMin: number;
}

/** Outcome of `dispense`. */
export type DispenseOutcome = DispenseGrant | DispenseRefusal;

/** A routing query: where to send someone from a room (or a point) for an item. */
export interface RouteQuery {
  /** A configured room id; give either `room` or `location`. */
  readonly room?: string;
  /** A point on the floor plan (metres). */
  readonly location?: Location;
  readonly sku: string;
  /** Units wanted; default 1. */
  readonly quantity?: number;
  /** When given, cabinets are only offered if this patient is entitled and within quota. */
  readonly patientId?: string;
}
