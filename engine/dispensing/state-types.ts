/**
 * The live state of a ward's cabinets, patients and ledger, as the core holds it. The caller
 * owns the object and passes it to every operation; the core mutates it in place for speed
 * (no copy per decision). "Pure" here means: no clock, no I/O, no randomness — the same calls
 * give the same state, byte for byte.
 *
 * Fields are indexed for the hot path: slots by (cabinet, SKU), lots in expiry order, SKUs and
 * cabinets by dense integer index. Read them through `stockLevel` / `snapshotState` rather than
 * directly; only `counters` is meant for direct reading.
 */
import type { CatalogItem, DispensingConfig, Location, PatientKind } from './config-types.js';
import type { LedgerEvent } from './ledger-events.js';
import type { DispenseOutcome, RefusalReason } from './request-types.js';

/** One lot in a slot: units that share an expiry date. */
export interface LotState {
  readonly lotId: string;
  /** Units left (integer > 0; a lot that reaches 0 leaves the slot). */
  quantity: number;
  /** Minutes since scenario start; the lot is expired when `timeMin >= expiresAtMin`. */
  readonly expiresAtMin: number;
}

/** One slot in one cabinet. */
export interface SlotState {
  readonly id: string;
  /** Position in the cabinet model. */
  readonly index: number;
  readonly sizeClass: string;
  readonly capacityUnits: number;
  /** Index of the assigned SKU in the catalog, or -1 when unassigned. */
  skuIndex: number;
  jammed: boolean;
  /** Lots sorted by `expiresAtMin` ascending; equal expiries keep arrival order. */
  lots: LotState[];
  /** Sum of `lots[].quantity`. */
  onHandUnits: number;
  /**
   * Expiry of `lots[0]` (Infinity when empty), kept by `insertLot` and `removeLotAt` so a
   * dispense can tell that a slot has nothing expired without reading its lots.
   */
  headExpiryMin: number;
}

/** One SKU's slots in a cabinet in FEFO order, kept by `fefo-order.ts`. */
export interface FefoOrder {
  /** Slot indexes of `slotsBySku[sku]`, sorted by `CabinetState.fefoKey` (ties: lower index). */
  slots: Int32Array;
  /** True when `slots` must be rebuilt from `slotsBySku` before its next use. */
  stale: boolean;
  /** The front slot's first usable lot while known to be the FEFO lot; null: look again. */
  lot: LotState | null;
  /** The slot `lot` is in (meaningful while `lot` is not null). */
  slot: SlotState | null;
  /** `lot`'s index in that slot's lots. */
  lotIndex: number;
}

/** One cabinet on the ward. */
export interface CabinetState {
  readonly id: string;
  readonly index: number;
  readonly modelId: string;
  readonly location: Location;
  online: boolean;
  readonly slots: SlotState[];
  readonly slotById: Map<string, SlotState>;
  /** `slotsBySku[skuIndex]`: this cabinet's slots holding that SKU, in slot order. */
  readonly slotsBySku: SlotState[][];
  /** Every other cabinet's index, nearest first (walking distance from this cabinet). */
  readonly nearest: readonly number[];
  /**
   * Slots emptied by dispenses (and replayed grants) so far, a running count: a caller that
   * tracks slots running dry compares it with the value it last saw instead of scanning slots.
   */
  slotsEmptied: number;
  /** FEFO order per SKU index (see `fefo-order.ts`): the SKU's slots by first usable expiry. */
  readonly fefoOrders: FefoOrder[];
  /**
   * FEFO order keys by slot index (minutes): never later than the expiry of the slot's first
   * usable lot, Infinity meaning none or jammed (see `fefo-order.ts`).
   */
  readonly fefoKey: Float64Array;
}

/** One admitted patient. */
export interface PatientState {
  readonly id: string;
  readonly kind: PatientKind;
  readonly room: string;
  readonly companionIds: readonly string[];
  readonly admittedAtMin: number;
  /** Per SKU index: the quota day (`floor((timeMin - admittedAtMin) / 1440)`) that `dayUnits` counts, or -1. */
  readonly dayIndex: Int32Array;
  /** Per SKU index: units received on `dayIndex`. */
  readonly dayUnits: Int32Array;
  /** Per SKU index: units received this stay. */
  readonly stayUnits: Int32Array;
}

/** Compiled "one item, one person" rule for one SKU. */
export interface CompiledEntitlement {
  readonly mother: boolean;
  readonly newborn: boolean;
  /** Units per patient per day; `Infinity` when unlimited. */
  readonly perDay: number;
  /** Units per patient per stay; `Infinity` when unlimited. */
  readonly perStay: number;
}

/**
 * Running counters, kept whatever the ledger retention. Unit arrays are indexed by
 * `cabinetIndex * skuCount + skuIndex`, so conservation can be checked per SKU and per cabinet:
 * initial + restocked = on hand + dispensed + removed.
 */
export interface DispensingCounters {
  grants: number;
  refusals: number;
  /** Refusals by reason. */
  readonly refusalsByReason: Record<RefusalReason, number>;
  readonly initialUnits: Float64Array;
  readonly restockedUnits: Float64Array;
  readonly dispensedUnits: Float64Array;
  readonly removedUnits: Float64Array;
  /** Ledger events produced (retained or not). */
  events: number;
}

/** Request ids remembered for idempotency: a bounded FIFO window. */
export interface IdempotencyWindow {
  /** Capacity (0 = off). */
  readonly size: number;
  readonly outcomes: Map<string, DispenseOutcome>;
  /** Ring of the remembered ids, oldest at `next` once full. */
  readonly ring: (string | undefined)[];
  next: number;
}

/** A routing origin: a room door with its cabinets nearest first. */
export interface RoomState {
  readonly id: string;
  readonly location: Location;
  readonly nearest: readonly number[];
}

/** The whole mutable state; create it with `createDispensingState`. */
export interface DispensingState {
  readonly config: DispensingConfig;
  readonly items: readonly CatalogItem[];
  readonly skuIndex: ReadonlyMap<string, number>;
  readonly entitlements: readonly CompiledEntitlement[];
  readonly cabinets: readonly CabinetState[];
  readonly cabinetIndex: ReadonlyMap<string, number>;
  readonly rooms: ReadonlyMap<string, RoomState>;
  readonly patients: Map<string, PatientState>;
  readonly idempotency: IdempotencyWindow;
  readonly maxAlternatives: number;
  readonly counters: DispensingCounters;
  /** Retained ledger, or null when retention is off. */
  readonly ledger: LedgerEvent[] | null;
  /** Optional event sink (called for each event, retained or not). */
  readonly sink: ((event: LedgerEvent) => void) | null;
  /** Time of the latest state change (minutes); operations may not go back before it. */
  nowMin: number;
  /** Next number for core-assigned lot ids (`"L<n>"`). */
  nextLotSeq: number;
}

/** How the ledger is kept. Not part of the config: it does not change any outcome. */
export interface DispensingStateOptions {
  /**
   * `'retain'` (default) keeps every event in `state.ledger` (needed for `replayLedger` from the
   * state itself); `'counters'` keeps only `state.counters` (a year-long run stays small).
   */
  readonly ledger?: 'retain' | 'counters';
  /** Called with every event as it happens, e.g. to stream to a run store; default none. */
  readonly onEvent?: (event: LedgerEvent) => void;
}
