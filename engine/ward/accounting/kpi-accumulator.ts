/**
 * KPI accumulation: the counters and statistics behind the DESIGN.md KPI keys. Each part of
 * the model reports what happened through one method here (a delivery, a trip back home, a
 * slot drained, a stock-out); the counters themselves are private and read only by
 * `finishKpis`. Everything is reset at the end of warm-up (the ward is still full; only the
 * counting starts again).
 */
import { Tally, TimeWeighted } from '../../kernel/index.js';

/** Running accumulators of one replication (see the module header). */
export class KpiAccumulator {
  #deliveries = 0;
  #caesareans = 0;
  #itemRequests = 0;
  #metFirst = 0;
  /** Start of the counted horizon (the last reset), min. */
  #countedFromMin = 0;
  #firstStopLines = 0;
  #fallbacks = 0;
  #dispenses = 0;
  #stockoutEvents = 0;
  #stockoutSlotMin = 0;
  #slotDrains = 0;
  #slotEmptyMin = 0;
  #quotaRefusedUnits = 0;
  #nurseSupplyMin = 0;
  #boundaryCrossings = 0;
  #restockRounds = 0;
  #restockLaborMin = 0;
  #expiredUnits = 0;
  #trips = 0;
  #companionTrips = 0;
  #unmetUnits = 0;
  #unitsFetched = 0;
  #unitsUsed = 0;
  #ownSupplyLines = 0;
  readonly #stayVaginal = new Tally();
  readonly #stayCaesarean = new Tally();
  readonly #waits = new Tally({ keepSamples: true });
  readonly #durations = new Tally();
  readonly #beds = new TimeWeighted({ startMin: 0, level: 0 });
  readonly #inventory = new TimeWeighted({ startMin: 0, level: 0 });
  /** Trip-wait histogram counts (last bin = tail). */
  readonly #waitHistogram: Float64Array;
  /** Nurse supply minutes by roster shift (index in the scenario's `people.shifts`). */
  readonly #nurseSupplyMinByShift: Float64Array;

  /**
   * @param waitBinMin width of a trip-wait histogram bin, min
   * @param waitBins bins of the histogram (the last one takes the tail)
   * @param shiftCount roster shifts per day
   */
  constructor(readonly waitBinMin: number, waitBins: number, shiftCount = 1) {
    this.#waitHistogram = new Float64Array(waitBins);
    this.#nurseSupplyMinByShift = new Float64Array(shiftCount);
  }

  /** A delivery with a drawn postpartum stay of `stayDays`, d. */
  delivered(caesarean: boolean, stayDays: number): void {
    this.#deliveries++;
    if (caesarean) {
      this.#caesareans++;
      this.#stayCaesarean.add(stayDays);
    } else {
      this.#stayVaginal.add(stayDays);
    }
  }

  /** Beds occupied from `nowMin` on. */
  bedsOccupied(nowMin: number, beds: number): void {
    this.#beds.update(nowMin, beds);
  }

  /** Units in all cabinets from `nowMin` on. */
  inventoryLevel(nowMin: number, units: number): void {
    this.#inventory.update(nowMin, units);
  }

  /** Units used at a bedside (consumption covered by bedside stock). */
  consumed(units: number): void {
    this.#unitsUsed += units;
  }

  /** `lines` item lines were covered from a family's own supplies (no trip made for them). */
  ownSupplied(lines: number): void {
    this.#ownSupplyLines += lines;
  }

  /** A trip set out with `lines` item lines. */
  tripStarted(lines: number): void {
    this.#itemRequests += lines;
  }

  /** The first stop of a trip, at a channel that holds `lines` of its lines (the fill rate's denominator). */
  firstStop(lines: number): void {
    this.#firstStopLines += lines;
  }

  /** A later stop, with `lines` lines still wanted. */
  fallback(lines: number): void {
    this.#fallbacks += lines;
  }

  /**
   * `lines` lines were fully met at the trip's first stop, which began at `firstStopMin`. A stop
   * that began before the last reset (warm-up's end) had its lines counted in the denominator
   * before it was cleared, so its met lines are left out too (else a short run's fill rate can
   * pass 1).
   */
  metAtFirstStop(lines: number, firstStopMin: number): void {
    if (firstStopMin >= this.#countedFromMin) this.#metFirst += lines;
  }

  /** A trip brought `units` back to the bedside. */
  fetched(units: number): void {
    this.#unitsFetched += units;
  }

  /** `units` of a present patient's need stayed uncovered. */
  unmet(units: number): void {
    this.#unmetUnits += units;
  }

  /**
   * A trip came home after `waitMin` of queueing and `durationMin` in all, min; `byCompanion`
   * when the companion made it (else the mother).
   */
  tripFinished(waitMin: number, durationMin: number, byCompanion: boolean): void {
    this.#trips++;
    if (byCompanion) this.#companionTrips++;
    this.#waits.add(waitMin);
    this.#durations.add(durationMin);
    const h = this.#waitHistogram;
    const bin = Math.min(h.length - 1, Math.floor(waitMin / this.waitBinMin));
    h[bin]++;
  }

  /** A cabinet handed out `units`. */
  dispensed(units: number): void {
    this.#dispenses += units;
  }

  /** A cabinet refused `units` under the patient's quota. */
  quotaRefused(units: number): void {
    this.#quotaRefusedUnits += units;
  }

  /** Records `minutes` of nurse supply work in roster shift `shift`. */
  nurseSupply(shift: number, minutes: number): void {
    this.#nurseSupplyMin += minutes;
    this.#nurseSupplyMinByShift[shift] += minutes;
  }

  /** A trip left the ward for the shop. */
  boundaryCrossed(): void {
    this.#boundaryCrossings++;
  }

  /** A restock round set out. */
  restockRound(): void {
    this.#restockRounds++;
  }

  /** A restocker came back after `minutes` on a round. */
  restockLabor(minutes: number): void {
    this.#restockLaborMin += minutes;
  }

  /** A restock took `units` out as expired. */
  expired(units: number): void {
    this.#expiredUnits += units;
  }

  /** A dispense emptied a slot. */
  slotDrained(): void {
    this.#slotDrains++;
  }

  /** A slot sat empty for `minutes`. */
  slotEmptyFor(minutes: number): void {
    this.#slotEmptyMin += minutes;
  }

  /** A (cabinet, SKU) pair lost its last usable unit. */
  stockoutStarted(): void {
    this.#stockoutEvents++;
  }

  /** A (cabinet, SKU) pair sat without usable stock for `minutes`. */
  stockoutLasted(minutes: number): void {
    this.#stockoutSlotMin += minutes;
  }

  get deliveries(): number { return this.#deliveries; }
  get caesareans(): number { return this.#caesareans; }
  get itemRequests(): number { return this.#itemRequests; }
  get metFirst(): number { return this.#metFirst; }
  get firstStopLines(): number { return this.#firstStopLines; }
  get fallbacks(): number { return this.#fallbacks; }
  get dispenses(): number { return this.#dispenses; }
  get stockoutEvents(): number { return this.#stockoutEvents; }
  get stockoutSlotMin(): number { return this.#stockoutSlotMin; }
  get slotDrains(): number { return this.#slotDrains; }
  get slotEmptyMin(): number { return this.#slotEmptyMin; }
  get quotaRefusedUnits(): number { return this.#quotaRefusedUnits; }
  get nurseSupplyMin(): number { return this.#nurseSupplyMin; }
  get boundaryCrossings(): number { return this.#boundaryCrossings; }
  get restockRounds(): number { return this.#restockRounds; }
  get restockLaborMin(): number { return this.#restockLaborMin; }
  get expiredUnits(): number { return this.#expiredUnits; }
  get trips(): number { return this.#trips; }
  /** Trips the companion made (the rest the mother made). */
  get companionTrips(): number { return this.#companionTrips; }
  get unmetUnits(): number { return this.#unmetUnits; }
  get unitsFetched(): number { return this.#unitsFetched; }
  get unitsUsed(): number { return this.#unitsUsed; }
  get ownSupplyLines(): number { return this.#ownSupplyLines; }

  /** Nurse supply minutes in roster shift `shift`, min. */
  nurseSupplyMinInShift(shift: number): number {
    return this.#nurseSupplyMinByShift[shift];
  }

  /** Occupied bed-minutes from the start (or reset) to `nowMin`. */
  bedMinutes(nowMin: number): number {
    return this.#beds.integral(nowMin);
  }

  /** Time-average units in all cabinets up to `nowMin`. */
  inventoryMean(nowMin: number): number {
    return this.#inventory.mean(nowMin);
  }

  /** Quantile `p` of the trip waits, min (0 without trips). */
  tripWaitQuantile(p: number): number {
    return this.#waits.count === 0 ? 0 : this.#waits.quantile(p);
  }

  /** Mean whole trip, min (0 without trips). */
  get tripDurationMeanMin(): number {
    return this.#durations.count === 0 ? 0 : this.#durations.mean;
  }

  /** Mean drawn stay of vaginal deliveries, d (0 without any). */
  get meanStayVaginalDays(): number {
    return this.#stayVaginal.count === 0 ? 0 : this.#stayVaginal.mean;
  }

  /** Mean drawn stay of caesarean deliveries, d (0 without any). */
  get meanStayCaesareanDays(): number {
    return this.#stayCaesarean.count === 0 ? 0 : this.#stayCaesarean.mean;
  }

  /** A copy of the trip-wait histogram counts. */
  waitHistogram(): Float64Array {
    return this.#waitHistogram.slice();
  }

  /** Statistics reset at the end of warm-up. */
  reset(nowMin: number): void {
    this.#countedFromMin = nowMin;
    this.#deliveries = this.#itemRequests = this.#metFirst = this.#firstStopLines = this.#dispenses = 0;
    this.#stockoutEvents = this.#stockoutSlotMin = this.#nurseSupplyMin = this.#boundaryCrossings = 0;
    this.#slotDrains = this.#slotEmptyMin = this.#quotaRefusedUnits = 0;
    this.#nurseSupplyMinByShift.fill(0);
    this.#restockRounds = this.#restockLaborMin = this.#expiredUnits = this.#trips = this.#companionTrips = this.#fallbacks = this.#unmetUnits = 0;
    this.#unitsFetched = this.#unitsUsed = this.#caesareans = this.#ownSupplyLines = 0;
    this.#stayVaginal.reset();
    this.#stayCaesarean.reset();
    this.#waits.reset();
    this.#durations.reset();
    this.#beds.reset(nowMin);
    this.#inventory.reset(nowMin);
    this.#waitHistogram.fill(0);
  }
}
