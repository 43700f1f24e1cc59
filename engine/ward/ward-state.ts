/**
 * The ward's live state during one replication: the people on it (a bed is a mother with her
 * rooming-in newborns and companion), the trips under way, the channels' queues, the cabinets'
 * dispensing state and the accumulators. One object, created by `simulateWard` and handed to
 * every event handler as its argument, so the hot loop allocates no closures.
 */
import type { Scenario } from '../../scenarios/index.js';
import type { CallbackServer, Environment } from '../kernel/index.js';
import type { RandomStream } from '../kernel/index.js';
import type { Distribution } from '../kernel/index.js';
import type { DispensingState, RestockPolicy } from '../dispensing/index.js';
import type { WardParams } from './params.js';
import type { ContactBook, Zone } from './contacts.js';
import type { KpiAccumulator } from './kpis.js';
import type { LaneBook } from './lanes.js';
import type { BirthRates } from './birth-rates.js';
import type { WardLayout } from './layout.js';
import type { SeriesRecorder } from './series.js';
import type { Visit, VisitPlan } from './visitors.js';

/** A mother, her rooming-in newborns and her companion: the unit that keeps bedside stock. */
export interface Bed {
  readonly w: Ward;
  readonly index: number;
  readonly motherId: string;
  /** Rooming-in newborns (empty when the newborn is in the neonatal unit). */
  readonly newbornIds: readonly string[];
  readonly room: number;
  readonly birthMin: number;
  readonly dischargeMin: number;
  readonly nicu: boolean;
  readonly companionId: string | null;
  /** Per SKU: usage multiplier x number of patients it applies to (0 = not needed). */
  readonly mult: Float64Array;
  /** Per SKU: units at the bedside. */
  readonly level: Float64Array;
  /** Time `level` was last brought up to date, min. */
  lastMin: number;
  present: boolean;
  onTrip: boolean;
  /** Pending trip-start event id, or -1. */
  tripEvent: number;
}

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

/**
 * One supply trip, from the bed through one or more channel stops and back. Trips are pooled
 * (`Ward.tripPool`): a finished trip is reused, lines and all, by the next one, so the fields
 * are rewritten rather than read-only.
 */
export interface Trip {
  readonly w: Ward;
  bed: Bed;
  /** Contact role of the person fetching (mother or companion). */
  role: number;
  actorId: string;
  /** Item lines (reused `TripLine` objects; the array is cut to this trip's lines). */
  readonly lines: TripLine[];
  startMin: number;
  /** Position in the scenario's channel order. */
  channelPos: number;
  /** Cabinet stops made so far. */
  cabinetStops: number;
  /** Channel stops made so far. */
  stops: number;
  /** Cabinet indices tried on this trip: the first `cabinetStops` entries (the array is reused). */
  readonly triedCabinets: number[];
  /** Alternatives named by the last cabinet refusal. */
  alternatives: readonly string[];
  /** Queueing time so far, min. */
  waitMin: number;
  /** When it joined the current queue, min. */
  queuedAtMin: number;
  x: number;
  y: number;
  /** What happens when the current walk ends. */
  stage: number;
  /** Stop target (cabinet index) while walking. */
  target: number;
  /** Ward unit of the bed's room. */
  unit: number;
  /** That unit's corridor stretch (the trip's walks are in it). */
  corridor: Zone;
}

/** One cabinet screen: one user at a time, first come first served; restockers go first. */
export interface CabinetQueue {
  readonly index: number;
  /** The touchscreen: capacity 1, restock visits in a better priority class than trips. */
  readonly screen: CallbackServer;
  readonly zone: Zone;
}

/** A restocker's visit to one cabinet on a round. */
export interface RestockVisit {
  readonly kind: 'restock';
  readonly w: Ward;
  readonly round: RestockRound;
  readonly cabinet: number;
  /** Lines on the pick list when the restocker took the screen. */
  lines: number;
}

/** A restock round walked by one restocker over some cabinets. */
export interface RestockRound {
  readonly mode: 'round' | 'par-trigger';
  /** The dispensing core's policy for `mode` (one object per round, not per cabinet). */
  readonly policy: RestockPolicy;
  /** Units that arrive for a slot's planned units (upstream shortage; see restock.ts). */
  readonly deliver: (skuIndex: number, addUnits: number) => number;
  readonly cabinets: number[];
  next: number;
  startMin: number;
  x: number;
  y: number;
}

/**
 * The nurse stations: nurses on shift serve supply requests. Each ward unit has its own
 * counter (a contact zone); the nurses who can break off for supplies are counted ward-wide.
 */
export interface NurseStation {
  /** The nurses free to break off, following the roster; one first-come-first-served line. */
  readonly server: CallbackServer;
  /** Counter zone of each ward unit. */
  readonly zones: readonly Zone[];
  /** A nurse's store-room fetch (walk there and back, picking), min. */
  readonly fetchMin: number;
}

/** Random streams by purpose. */
export interface WardStreams {
  readonly births: RandomStream;
  readonly stays: RandomStream;
  readonly needs: RandomStream;
  readonly visitors: RandomStream;
  readonly fetchers: RandomStream;
  readonly cabinet: RandomStream;
  readonly nurse: RandomStream;
  readonly shop: RandomStream;
  readonly restock: RandomStream;
  readonly failures: RandomStream;
}

/** Distributions built once per run. */
export interface WardDistributions {
  /** Postpartum stay after vaginal delivery, days. */
  readonly vaginalStay: Distribution;
  /** Postpartum stay after caesarean, days. */
  readonly caesareanStay: Distribution;
  /** A patient's usage multiplier (mean 1). */
  readonly usage: Distribution;
  /** Screen time per item line, seconds. */
  readonly transaction: Distribution;
}

/** The whole replication state. */
export interface Ward {
  readonly dist: WardDistributions;
  readonly env: Environment;
  readonly s: Scenario;
  readonly p: WardParams;
  readonly rng: WardStreams;
  readonly rates: BirthRates;
  /** Visit streams' rates and walks (see visitors.ts). */
  readonly visitPlan: VisitPlan;
  /** Expected nurse care entries of the counted horizon so far, weighted by mothers, newborns and companions in the room. */
  readonly careEntries: Float64Array;
  readonly layout: WardLayout;
  readonly disp: DispensingState | null;
  readonly contacts: ContactBook;
  /** Corridor stretch of each ward unit. */
  readonly corridors: readonly Zone[];
  /** Patient rooms (visitors and nurse care at the bedside; crowd contacts only). */
  readonly room: Zone;
  readonly lift: Zone;
  readonly shopZone: Zone;
  readonly kpi: KpiAccumulator;
  readonly cabinets: CabinetQueue[];
  readonly nurse: NurseStation;
  readonly series: SeriesRecorder | null;
  /** Occupancy per room. */
  readonly roomLoad: Int32Array;
  /** Slot empty since (min) or -1, `[cabinet * maxSlots + slot]`. */
  readonly slotEmptySince: Float64Array;
  /** (Cabinet, SKU) with no usable stock since (min) or -1, `[cabinet * skuCount + sku]` (see stockouts.ts). */
  readonly skuEmptySince: Float64Array;
  readonly maxSlots: number;
  /** Per (cabinet, SKU) lane totals kept along with dispenses and restocks (see lanes.ts). */
  readonly lanes: LaneBook;
  /** Units in all cabinets now. */
  inventoryUnits: number;
  bedsPresent: number;
  nextBed: number;
  nextRequest: number;
  /** Finished trips kept for reuse (a year makes ~10^5 trips; reusing them spares the collector). */
  readonly tripPool: Trip[];
  /** Finished visits kept for reuse. */
  readonly visitPool: Visit[];
  /** A par-triggered round is scheduled or walking. */
  parPending: boolean;
  /** True once warm-up has ended. */
  counting: boolean;
}
