/**
 * The dispensing core: what a ward's smart cabinets decide. Cabinets, slots and lots;
 * "one item, one person" entitlements; first-expiry-first-out dispensing with idempotent
 * request ids; routing to the nearest cabinet that can serve; restock planning and delivery;
 * the planogram; and a ledger whose fold rebuilds the state. Pure: no clock (time in minutes is
 * passed in), no I/O, no randomness.
 */
export type {
  PatientKind,
  SizeClass,
  CatalogItem,
  Catalog,
  SlotSpec,
  CabinetModel,
  Location,
  CabinetConfig,
  RoomConfig,
  EntitlementRule,
  InitialLot,
  DispensingRules,
  DispensingConfig,
} from './config-types.js';
export type {
  AdmitRequest,
  DispenseRequest,
  RefusalReason,
  Grant,
  DispenseGrant,
  DispenseRefusal,
  DispenseOutcome,
  RouteQuery,
} from './request-types.js';
export { REFUSAL_REASONS } from './request-types.js';
export type {
  LedgerEvent,
  AdmittedEvent,
  DischargedEvent,
  DispensedEvent,
  RefusedEvent,
  RestockedEvent,
  ExpiredRemovedEvent,
  SlotFaultEvent,
  CabinetStatusEvent,
  SlotAssignedEvent,
} from './ledger-events.js';
export type {
  DispensingState,
  DispensingStateOptions,
  DispensingCounters,
  CabinetState,
  SlotState,
  LotState,
  PatientState,
} from './state-types.js';
export { DispensingConfigError, DispensingInputError } from './errors.js';
export { createDispensingState, DEFAULT_IDEMPOTENCY_WINDOW, DEFAULT_MAX_ALTERNATIVES } from './create-state.js';
export { copyDispensingState } from './copy-state.js';
export { admitPatient, dischargePatient } from './patients.js';
export { carryQuotaUse } from './quota-carry.js';
export type { QuotaUse } from './quota-carry.js';
export { dispense } from './dispense.js';
export { admittedPatient, dispenseUnits, dispenseUnitsOf, alternativeCabinets, usableUnitsAt } from './dispense-units.js';
export { route } from './router.js';
export { walkingDistanceM } from './walking-distance.js';
export { MINUTES_PER_DAY, quotaDay, quotaLeft } from './entitlement.js';
export { planRestock } from './restock-plan.js';
export type { RestockPolicy, RestockPlan, CabinetPickList, RestockLine, LotToRemove } from './restock-plan.js';
export { applyRestock, removeExpired, deliveryFromPlan } from './restock-apply.js';
export { needsRestock, restockCabinet, restockLines } from './restock-cabinet.js';
export type { RestockDelivery, DeliveryLine, DeliveryLot, RestockReceipt, DeliveryOptions } from './restock-apply.js';
export { setSlotJammed, setCabinetOnline, assignSlot } from './faults.js';
export { replayLedger, applyEvent } from './replay.js';
export { stockLevel, snapshotState } from './inspect.js';
export type { StockLevel, DispensingSnapshot } from './inspect.js';
export { cabinetSummaries, cabinetView, cabinetViews, hasCabinet } from './views.js';
export type { CabinetSummary, CabinetView } from './views.js';
export { slotView } from './slot-view.js';
export type { LotView, SlotView } from './slot-view.js';
export { planogram } from './planogram.js';
export type { PlanogramLayout, PlanogramResult } from './planogram.js';
