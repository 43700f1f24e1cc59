/**
 * Configuration of a ward's dispensing estate: the catalog of items, the cabinet models (a
 * layout of slots by size class), the cabinets standing on the ward, the patient rooms, the
 * "one item, one person" entitlement rules and the stock already in the cabinets at time 0.
 *
 * These are plain JSON-able types: the scenario schema, the HTTP service and the twin build
 * them; `createDispensingState` validates them and throws `DispensingConfigError` on bad input.
 * Time is minutes (float) since the scenario start; distances are metres.
 */

/** Who a patient is: the mother or her newborn (each carries their own wristband / QR code). */
export type PatientKind = 'mother' | 'newborn';

/**
 * A size class names a physical slot size ("S", "M", "L", "locker" …). An item only fits a
 * slot of the same size class.
 */
export type SizeClass = string;

/** One item type (SKU) that cabinets can hold. */
export interface CatalogItem {
  /** Unique SKU id, e.g. `"pad-maternity"`. */
  readonly sku: string;
  /** Human name, e.g. "Maternity pad, heavy". */
  readonly name: string;
  /** Size class of the slot the item needs. */
  readonly sizeClass: SizeClass;
  /** Dispensing unit, e.g. "pack of 10" or "piece". */
  readonly unit: string;
  /** Shelf life of a new lot in days (> 0); used to date lots in `deliveryFromPlan`. */
  readonly shelfLifeDays: number;
  /**
   * Whether a dispense must name an identified, admitted patient (wristband / QR code).
   * When false a request may omit `patientId` (and then no quota applies); if it names one,
   * that patient must still be admitted and entitled.
   */
  readonly needsPatient: boolean;
}

/** The list of item types; SKU ids must be unique. */
export interface Catalog {
  readonly items: readonly CatalogItem[];
}

/** One slot (spiral lane or locker) in a cabinet model. */
export interface SlotSpec {
  /** Slot id, unique within the model; defaults to `"s<index>"` (e.g. `"s0"`). */
  readonly id?: string;
  /** Size class of the slot; only items of this size class can be assigned to it. */
  readonly sizeClass: SizeClass;
  /** How many units of an item of this size class the slot holds (integer >= 0). */
  readonly capacityUnits: number;
}

/** A cabinet model: a layout of slots. */
export interface CabinetModel {
  /** Unique model id. */
  readonly id: string;
  /** The slots, in front-panel order. */
  readonly slots: readonly SlotSpec[];
}

/** A point on the ward floor plan, in metres. */
export interface Location {
  readonly x: number;
  readonly y: number;
}

/** A cabinet standing on the ward: an instance of a model. */
export interface CabinetConfig {
  /** Unique cabinet id. */
  readonly id: string;
  /** Id of a `CabinetModel`. */
  readonly modelId: string;
  /** Where the cabinet stands (metres). */
  readonly location: Location;
  /**
   * SKU assigned to each slot, by slot position (same order as the model's slots); `null` or a
   * missing entry leaves the slot unassigned. A SKU's size class must match the slot's.
   */
  readonly slotSkus?: readonly (string | null)[];
  /** Whether the cabinet starts online; default true. */
  readonly online?: boolean;
}

/** A patient room (for routing from a bedside to the nearest cabinets). */
export interface RoomConfig {
  /** Unique room id. */
  readonly id: string;
  /** Where the room door is (metres). */
  readonly location: Location;
}

/**
 * "One item, one person": the limits for one SKU. A SKU without a rule follows
 * `DispensingRules.unlistedSkus`.
 */
export interface EntitlementRule {
  /** The SKU the rule governs. */
  readonly sku: string;
  /** Which patient kinds may receive it; default both. */
  readonly kinds?: readonly PatientKind[];
  /** Units per patient per postpartum day (the n-th 24 h since admission); default unlimited. */
  readonly perDay?: number;
  /** Units per patient per stay (admission to discharge); default unlimited. */
  readonly perStay?: number;
}

/** A lot already in a slot at time 0. */
export interface InitialLot {
  readonly cabinetId: string;
  readonly slotId: string;
  /** Lot id; default assigned by the core (`"L<n>"`). */
  readonly lotId?: string;
  /** Units (integer > 0). */
  readonly quantity: number;
  /** Expiry time, minutes since scenario start; the lot is expired when `timeMin >= expiresAtMin`. */
  readonly expiresAtMin: number;
}

/** Behavioural rules of the core (they change outcomes, so they are part of the config). */
export interface DispensingRules {
  /** How many alternative cabinets a refusal names at most; default 3. */
  readonly maxAlternatives?: number;
  /**
   * How many most recent request ids are remembered for idempotency; default 65,536; 0 turns
   * idempotency off. A request id repeated after more newer requests than this is a new request.
   */
  readonly idempotencyWindow?: number;
  /**
   * Whether SKUs without an entitlement rule are allowed (unlimited) or refused as
   * `not-entitled` to a named patient; default `'allow'`.
   */
  readonly unlistedSkus?: 'allow' | 'deny';
}

/** Everything `createDispensingState` needs. */
export interface DispensingConfig {
  readonly catalog: Catalog;
  readonly cabinetModels: readonly CabinetModel[];
  readonly cabinets: readonly CabinetConfig[];
  readonly rooms?: readonly RoomConfig[];
  readonly entitlements?: readonly EntitlementRule[];
  readonly initialLots?: readonly InitialLot[];
  readonly rules?: DispensingRules;
}
