/**
 * A supply trip: the person fetching (the companion or the mother), the item lines wanted for
 * the bed, and where the trip stands on its way through the channels. Trips are pooled: a
 * finished trip is reused, lines and all, by the next one, so the fields are rewritten rather
 * than read-only.
 */
import type { Zone } from '../accounting/contacts.js';
import type { Bed } from '../population/bed.js';

/** One item line of a trip: a SKU for one patient (pooled with its trip, so fields are rewritten). */
export interface TripLine {
  sku: number;
  patientId: string;
  /** Units still wanted. */
  want: number;
  /** Units obtained so far. */
  got: number;
  /** A cabinet refused the rest under the patient's quota: no more cabinets, next channel only. */
  quotaRefused: boolean;
}

/** Something a trip can stop at; what follows the stop is the router's business. */
export interface TripStop {
  /** The channel's name, as in the scenario's channel order. */
  readonly name: string;
  /** The trip has walked to the stop this channel chose. */
  arrive(trip: Trip): void;
}

/** One supply trip, from the bed through one or more channel stops and back. */
export interface Trip {
  bed: Bed;
  /** Contact role of the person fetching (mother or companion). */
  role: number;
  actorId: string;
  /** Item lines (reused `TripLine` objects; the array is cut to this trip's lines). */
  readonly lines: TripLine[];
  startMin: number;
  /** The bed's first trip: its admission stock-up (every line a whole target). */
  admission: boolean;
  /** Position in the scenario's channel order. */
  channelPos: number;
  /** Cabinet stops made so far. */
  cabinetStops: number;
  /** Channel stops made so far. */
  stops: number;
  /** When the first stop began, min (the fill rate counts a line met there only if its denominator was counted too). */
  firstStopMin: number;
  /** Cabinet indices tried on this trip: the first `cabinetStops` entries (the array is reused). */
  readonly triedCabinets: number[];
  /** Alternatives named by the last cabinet refusal. */
  alternatives: readonly string[];
  /** Queueing time so far, min. */
  waitMin: number;
  /** When it joined the current queue, min. */
  queuedAtMin: number;
  /** Where the person is, m. */
  x: number;
  y: number;
  /** Where the next stop is, m (set by the channel that chose it; the bed's room on the way home). */
  stopX: number;
  stopY: number;
  /** The stop the current walk ends at, or null when walking home. */
  stop: TripStop | null;
  /** Step within a channel's own sequence (nurse fetch, shop outing). */
  phase: number;
  /** Stop target (cabinet index) at a cabinet. */
  target: number;
  /** Ward unit of the bed's room. */
  unit: number;
  /** That unit's corridor stretch (the trip's walks are in it). */
  corridor: Zone;
}
