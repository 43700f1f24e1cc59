/**
 * KPI accumulation: the counters and statistics behind the DESIGN.md KPI keys, updated by the
 * event handlers as the run goes and reset at the end of warm-up (the ward is still full; only
 * the counting starts again). `finishKpis` turns them into the plain numbers of one replication.
 */
import { Tally } from '../kernel/index.js';
import { TimeWeighted } from '../kernel/index.js';
import type { InfectionKpis } from './contacts.js';
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
   * assigned to it went empty or jammed (after a dispense or a jam). A single lane emptying while
   * the SKU's other lanes still serve is not one (see `laneDrains`).
   */
  stockoutEvents: number;
  /** Hours (cabinet, SKU) pairs sat with no usable stock, summed over pairs, h (DESIGN key name kept). */
  stockoutSlotHours: number;
  /** Stock-outs per 1,000 patient-days (`stockoutEvents` scaled to the volume). */
  stockoutsPer1000PatientDays: number;
  /** Single slots (lanes) emptied by a dispense; routine under first-expiry-first-out. */
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
  /** Caesarean deliveries after warm-up. */
  caesareans: number;
  /** Mean drawn postpartum stay of vaginal deliveries after warm-up, d. */
  meanStayVaginalDays: number;
  /** Mean drawn postpartum stay of caesarean deliveries after warm-up, d. */
  meanStayCaesareanDays: number;
}

/** Running accumulators. */
export class KpiAccumulator {
  deliveries = 0;
  itemRequests = 0;
  metFirst = 0;
  /** Lines the first channel tried holds (`stockedBy`): the fill rate's denominator. */
  firstStopLines = 0;
  dispenses = 0;
  stockoutEvents = 0;
  stockoutSlotMin = 0;
  laneDrains = 0;
  laneEmptyMin = 0;
  quotaRefusedUnits = 0;
  nurseSupplyMin = 0;
  boundaryCrossings = 0;
  restockRounds = 0;
  restockLaborMin = 0;
  expiredUnits = 0;
  trips = 0;
  fallbacks = 0;
  unmetUnits = 0;
  unitsFetched = 0;
  unitsUsed = 0;
  caesareans = 0;
  readonly stayVaginal = new Tally();
  readonly stayCaesarean = new Tally();
  readonly waits = new Tally({ keepSamples: true });
  readonly durations = new Tally();
  readonly beds: TimeWeighted;
  readonly inventory: TimeWeighted;
  /** Trip-wait histogram counts (last bin = tail). */
  readonly waitHistogram: Float64Array;
  /** Nurse supply minutes by roster shift (index in the scenario's `people.shifts`). */
  readonly nurseSupplyMinByShift: Float64Array;

  constructor(readonly waitBinMin: number, waitBins: number, shiftCount = 1) {
    this.beds = new TimeWeighted({ startMin: 0, level: 0 });
    this.inventory = new TimeWeighted({ startMin: 0, level: 0 });
    this.waitHistogram = new Float64Array(waitBins);
    this.nurseSupplyMinByShift = new Float64Array(shiftCount);
  }

  /** Records `minutes` of nurse supply work in roster shift `shift`. */
  nurseSupply(shift: number, minutes: number): void {
    this.nurseSupplyMin += minutes;
    this.nurseSupplyMinByShift[shift] += minutes;
  }

  /** Records one finished trip. */
  trip(waitMin: number, durationMin: number): void {
    this.trips++;
    this.waits.add(waitMin);
    this.durations.add(durationMin);
    const h = this.waitHistogram;
    const bin = Math.min(h.length - 1, Math.floor(waitMin / this.waitBinMin));
    h[bin]++;
  }

  /** Statistics reset at the end of warm-up. */
  reset(nowMin: number): void {
    this.deliveries = this.itemRequests = this.metFirst = this.firstStopLines = this.dispenses = 0;
    this.stockoutEvents = this.stockoutSlotMin = this.nurseSupplyMin = this.boundaryCrossings = 0;
    this.laneDrains = this.laneEmptyMin = this.quotaRefusedUnits = 0;
    this.nurseSupplyMinByShift.fill(0);
    this.restockRounds = this.restockLaborMin = this.expiredUnits = this.trips = this.fallbacks = this.unmetUnits = 0;
    this.unitsFetched = this.unitsUsed = this.caesareans = 0;
    this.stayVaginal.reset();
    this.stayCaesarean.reset();
    this.waits.reset();
    this.durations.reset();
    this.beds.reset(nowMin);
    this.inventory.reset(nowMin);
    this.waitHistogram.fill(0);
  }
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
  /** Expected infections by receiving role and by activity. */
  readonly infections: InfectionKpis;
}

function q(t: Tally, p: number): number {
  return t.count === 0 ? 0 : t.quantile(p);
}

/** Plain KPI numbers of the statistics window, in catalogue order. */
export function finishKpis(k: KpiAccumulator, c: KpiContext): WardKpis {
  const patientDays = k.beds.integral(c.nowMin) / 1440;
  return inCatalogueOrder({
    deliveries: k.deliveries,
    patientDays,
    itemRequests: k.itemRequests,
    dispenses: k.dispenses,
    fillRate: k.firstStopLines === 0 ? 1 : k.metFirst / k.firstStopLines,
    stockoutEvents: k.stockoutEvents,
    stockoutSlotHours: k.stockoutSlotMin / 60,
    stockoutsPer1000PatientDays: patientDays === 0 ? 0 : (1000 * k.stockoutEvents) / patientDays,
    laneDrains: k.laneDrains,
    laneEmptyHours: k.laneEmptyMin / 60,
    tripWaitP50Min: q(k.waits, 0.5),
    tripWaitP95Min: q(k.waits, 0.95),
    tripDurationMeanMin: k.durations.count === 0 ? 0 : k.durations.mean,
    nurseSupplyMinutesPerShift: k.nurseSupplyMin / (c.horizonDays * c.shiftsPerDay),
    nurseSupplyMinutesNightShift: k.nurseSupplyMinByShift[c.nightShift] / c.horizonDays,
    boundaryCrossings: k.boundaryCrossings,
    contacts: c.contacts,
    contactMinutes: c.contactMinutes,
    expectedInfections: c.expectedInfections,
    ...c.infections,
    restockRounds: k.restockRounds,
    restockLaborHours: k.restockLaborMin / 60,
    expiredUnits: k.expiredUnits,
    inventoryUnitsMean: k.inventory.mean(c.nowMin),
    trips: k.trips,
    fallbacks: k.fallbacks,
    unmetUnits: k.unmetUnits,
    quotaRefusedUnits: k.quotaRefusedUnits,
    unitsFetched: k.unitsFetched,
    unitsUsed: k.unitsUsed,
    caesareans: k.caesareans,
    meanStayVaginalDays: k.stayVaginal.count === 0 ? 0 : k.stayVaginal.mean,
    meanStayCaesareanDays: k.stayCaesarean.count === 0 ? 0 : k.stayCaesarean.mean,
  });
}

/** Nurse supply minutes per occurrence of each roster shift, keyed by shift name, min. */
export function nurseMinutesByShift(k: KpiAccumulator, shiftNames: readonly string[], horizonDays: number): Record<string, number> {
  const out: Record<string, number> = {};
  shiftNames.forEach((name, i) => {
    out[name] = (out[name] ?? 0) + k.nurseSupplyMinByShift[i] / horizonDays;
  });
  return out;
}
