/**
 * The KPI values of one replication: `finishKpis` turns the accumulator's counters and
 * statistics (see kpi-accumulator.ts, where each is counted) into the plain numbers of the
 * DESIGN.md keys, plus a few model extras.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import type { InfectionKpis } from './contacts.js';
import type { KpiAccumulator } from './kpi-accumulator.js';
import { inCatalogueOrder } from './kpi-catalogue.js';

/** The KPI values of one replication (DESIGN.md keys), plus a few model-specific extras. */
export interface WardKpis extends InfectionKpis {
  /** Deliveries after warm-up. */
  deliveries: number;
  /** Occupied bed-days (mother with her newborns) after warm-up, d. */
  patientDays: number;
  /** Item lines raised (one SKU for one patient on one trip). */
  itemRequests: number;
  /** Units handed out by cabinets. */
  dispenses: number;
  /**
   * Share of item lines fully met at the first channel stop tried, whatever channel that is,
   * among the lines that channel holds (`stockedBy`; 1 = never out). With cabinets it is the first cabinet tried; in a scenario without cabinets
   * it is the nurse station, whose store room has each item with `nurseStationStockShare` (an
   * input), so there it checks the model rather than measures a finding.
   */
  fillRate: number;
  /**
   * Stock-outs: times an item (SKU) a cabinet stocks ran out in that cabinet, i.e. every slot
   * assigned to it went empty or jammed (after a dispense or a jam). A single slot emptying while
   * the SKU's other slots still serve is not one (see `laneDrains`).
   */
  stockoutEvents: number;
  /** Hours (cabinet, SKU) pairs sat with no usable stock, summed over pairs, h (DESIGN key name kept). */
  stockoutSlotHours: number;
  /** Stock-outs per 1,000 patient-days (`stockoutEvents` scaled to the volume). */
  stockoutsPer1000PatientDays: number;
  /** Single slots emptied by a dispense; routine under first-expiry-first-out (key name kept from when slots were called lanes). */
  laneDrains: number;
  /** Hours single slots sat empty, summed over slots, h. */
  laneEmptyHours: number;
  /** Median queueing time per trip (all stops), min. */
  tripWaitP50Min: number;
  /** 95th percentile queueing time per trip, min. */
  tripWaitP95Min: number;
  /** Mean whole trip from bed and back, min. */
  tripDurationMeanMin: number;
  /** Nurse minutes on supply handovers and fetching per roster shift, all shifts weighted equally, min. */
  nurseSupplyMinutesPerShift: number;
  /**
   * Nurse supply minutes per night shift (the roster shift covering 03:00), min: the night
   * burden, where one or two nurses cover the ward. Per-shift figures for every roster shift are
   * in the replication's `nurseSupplyMinutesByShift`.
   */
  nurseSupplyMinutesNightShift: number;
  /** Supply trips that left the ward and came back (shop). */
  boundaryCrossings: number;
  /** Ward contact episodes: pairs with at least one ward person (expected count; corridor episodes are scaled by proximity). */
  contacts: number;
  /** Ward contact-minutes, min. */
  contactMinutes: number;
  /** Contact episodes per mother per patient-day (a mother's contacts with anyone; Jiang et al. 2017 band 16-30). */
  contactsPerPatientDay: number;
  /** Contact-minutes per mother per patient-day, min (Jiang et al. 2017 band 220-410). */
  contactMinutesPerPatientDay: number;
  /** Room entries (staff, visitors, companions back from trips) per patient-hour (Cohen et al. 2012 band 3.85-7.15). */
  roomEntriesPerPatientHour: number;
  /** Expected transmissions to ward people (mother, newborn, companion, nurse, restocker) from the contact model. */
  expectedInfections: number;
  /** Restock rounds walked (fixed and par-triggered). */
  restockRounds: number;
  /** Restocker time on rounds, h. */
  restockLaborHours: number;
  /** Expired units taken out of cabinets. */
  expiredUnits: number;
  /** Time-average units in all cabinets. */
  inventoryUnitsMean: number;
  /** Supply trips made. */
  trips: number;
  /** Item lines that needed a later stop than the first (another cabinet or another channel). */
  fallbacks: number;
  /**
   * Units a trip came back without: the need not covered at the bedside after every channel in
   * the fallback order (a discharged patient's lines are not counted).
   */
  unmetUnits: number;
  /**
   * Units a cabinet refused because the patient's quota for the postpartum day (or stay) was
   * used; they go on to the next channel (nurse station), so they are not `unmetUnits` by themselves.
   */
  quotaRefusedUnits: number;
  /** Units brought back to bedsides by trips (all channels). */
  unitsFetched: number;
  /** Units used at bedsides (consumption actually covered by bedside stock). */
  unitsUsed: number;
  /**
   * Item lines (one SKU for one patient) a family covered from its own supplies instead of a
   * trip (`channels.ownSupplyShare`, an assumption): no trip, contact or crossing for them.
   */
  needsMetFromOwnSupplies: number;
  /** Caesarean deliveries after warm-up. */
  caesareans: number;
  /** Mean drawn postpartum stay of vaginal deliveries after warm-up, d. */
  meanStayVaginalDays: number;
  /** Mean drawn postpartum stay of caesarean deliveries after warm-up, d. */
  meanStayCaesareanDays: number;
}

/** Inputs to `finishKpis` that live outside the accumulator. */
export interface KpiContext {
  readonly nowMin: number;
  readonly horizonDays: number;
  readonly shiftsPerDay: number;
  /** Index of the night shift (the roster shift covering 03:00). */
  readonly nightShift: number;
  readonly contacts: number;
  readonly contactMinutes: number;
  readonly expectedInfections: number;
  /** Mothers' contact episodes and contact-minutes (all mothers together). */
  readonly motherContacts: number;
  readonly motherContactMinutes: number;
  /** Room entries other than trips (staff entries, visits and hand-overs). */
  readonly roomEntries: number;
  /** Expected infections by receiving role and by activity. */
  readonly infections: InfectionKpis;
}

/** Plain KPI numbers of the statistics window, in catalogue order. */
export function finishKpis(k: KpiAccumulator, c: KpiContext): WardKpis {
  const patientDays = k.bedMinutes(c.nowMin) / MINUTES_PER_DAY;
  return inCatalogueOrder({
    deliveries: k.deliveries,
    patientDays,
    itemRequests: k.itemRequests,
    dispenses: k.dispenses,
    fillRate: k.firstStopLines === 0 ? 1 : k.metFirst / k.firstStopLines,
    stockoutEvents: k.stockoutEvents,
    stockoutSlotHours: k.stockoutSlotMin / 60,
    stockoutsPer1000PatientDays: patientDays === 0 ? 0 : (1000 * k.stockoutEvents) / patientDays,
    laneDrains: k.slotDrains,
    laneEmptyHours: k.slotEmptyMin / 60,
    tripWaitP50Min: k.tripWaitQuantile(0.5),
    tripWaitP95Min: k.tripWaitQuantile(0.95),
    tripDurationMeanMin: k.tripDurationMeanMin,
    nurseSupplyMinutesPerShift: k.nurseSupplyMin / (c.horizonDays * c.shiftsPerDay),
    nurseSupplyMinutesNightShift: k.nurseSupplyMinInShift(c.nightShift) / c.horizonDays,
    boundaryCrossings: k.boundaryCrossings,
    contacts: c.contacts,
    contactMinutes: c.contactMinutes,
    contactsPerPatientDay: patientDays === 0 ? 0 : c.motherContacts / patientDays,
    contactMinutesPerPatientDay: patientDays === 0 ? 0 : c.motherContactMinutes / patientDays,
    roomEntriesPerPatientHour: patientDays === 0 ? 0 : (c.roomEntries + k.trips) / (24 * patientDays),
    expectedInfections: c.expectedInfections,
    ...c.infections,
    restockRounds: k.restockRounds,
    restockLaborHours: k.restockLaborMin / 60,
    expiredUnits: k.expiredUnits,
    inventoryUnitsMean: k.inventoryMean(c.nowMin),
    trips: k.trips,
    fallbacks: k.fallbacks,
    unmetUnits: k.unmetUnits,
    quotaRefusedUnits: k.quotaRefusedUnits,
    unitsFetched: k.unitsFetched,
    unitsUsed: k.unitsUsed,
    needsMetFromOwnSupplies: k.ownSupplyLines,
    caesareans: k.caesareans,
    meanStayVaginalDays: k.meanStayVaginalDays,
    meanStayCaesareanDays: k.meanStayCaesareanDays,
  });
}

/** Nurse supply minutes per occurrence of each roster shift, keyed by shift name, min. */
export function nurseMinutesByShift(k: KpiAccumulator, shiftNames: readonly string[], horizonDays: number): Record<string, number> {
  const out: Record<string, number> = {};
  shiftNames.forEach((name, i) => {
    out[name] = (out[name] ?? 0) + k.nurseSupplyMinInShift(i) / horizonDays;
  });
  return out;
}
