/**
 * The ward's population: births and stays. Each delivery admits a mother and her newborn(s) to
 * a bed in the least occupied room. The delivery mode comes from the caesarean share
 * (scheduled caesareans are caesareans by definition; labours end in caesarean with the
 * remaining share), the stay from a lognormal by mode, a share of newborns go to the neonatal
 * unit (the mother then pumps), and each patient gets a usage multiplier per item. All of this
 * is drawn from the `births`, `stays` and `needs` streams in a fixed order per delivery, so
 * scenarios that differ only in their channels see the same deliveries, stays and needs
 * (common random numbers). Each bed then gets its supply trips (through a `TripPlanner`), its
 * visits and its expected nurse care entries.
 */
import { admitPatient, carryQuotaUse, dischargePatient, MINUTES_PER_DAY } from '../../dispensing/index.js';
import type { DispensingState, QuotaUse } from '../../dispensing/index.js';
import { standardExponential } from '../../kernel/index.js';
import { baseRate } from '../context/params.js';
import type { WardContext } from '../context/ward-context.js';
import { birthKind, KIND_SCHEDULED_CS } from './birth-rates.js';
import type { BirthRates } from './birth-rates.js';
import { CareEntries } from './care.js';
import { consumeTo, minutesToReorder } from './needs.js';
import { Visits } from './visits.js';
import type { Bed, TripPlanner } from './bed.js';

/** A patient on the ward at a warm start, as the live state knows her. */
export interface PresentPatient {
  readonly id: string;
  readonly kind: 'mother' | 'newborn';
  /** Room id. */
  readonly room: string;
  readonly companionIds: readonly string[];
  /** Admission time, minutes since the scenario start. */
  readonly admittedAtMin: number;
  /**
   * Quota use so far, per SKU received (quota days count from `admittedAtMin`); default none:
   * a fresh quota from the start.
   */
  readonly quotaUse?: readonly QuotaUse[];
}

/** Mean of the exponential delay to a new bed's first trip, min. */
const FIRST_TRIP_MEAN_MIN = 30;

/** Who may act for the patient being admitted (rewritten per admission; the core keeps a copy). */
const scratchCarers: string[] = [];

/** The beds of one run and the births that fill them. */
export class Population {
  /** Beds occupied now. */
  bedsPresent = 0;
  private nextBed = 0;
  /** Prefix of the ids of patients born in the run (a warm start picks one no live id starts with). */
  private idPrefix = '';
  /** Occupancy per room. */
  private readonly roomLoad: Int32Array;
  readonly visits: Visits;
  readonly care: CareEntries;
  private readonly birthDue: () => void;
  private readonly dischargeDue: (bed: Bed) => void;

  /**
   * @param dispensing the cabinets' core state, told of admissions and discharges (null: no cabinets)
   * @param trips schedules each bed's supply trips
   */
  constructor(
    private readonly ctx: WardContext,
    private readonly rates: BirthRates,
    private readonly dispensing: DispensingState | null,
    private readonly trips: TripPlanner,
  ) {
    this.roomLoad = new Int32Array(ctx.layout.roomX.length);
    this.care = new CareEntries(ctx);
    this.visits = new Visits(ctx, (bed) => this.care.roommates(bed));
    this.birthDue = () => this.onBirth();
    this.dischargeDue = (bed) => this.onDischarge(bed);
  }

  /** Starts the birth process at `fromMin` (the clock now; 0 for a run from the start). */
  start(fromMin = 0): void {
    this.scheduleNextBirth(fromMin);
  }

  private scheduleNextBirth(afterMin: number): void {
    const arrivals = this.rates.arrivals;
    if (arrivals === null) return;
    const ctx = this.ctx;
    const t = arrivals.nextArrival(ctx.streams.births, afterMin);
    if (t < ctx.params.endMin) ctx.env.post(t - ctx.env.now, this.birthDue, 0);
  }

  private onBirth(): void {
    const ctx = this.ctx;
    const now = ctx.env.now;
    const kind = birthKind(this.rates, ctx.streams.births.next(), now);
    this.admit(kind, now);
    if (ctx.series !== null) ctx.series.birth(now);
    this.scheduleNextBirth(now);
  }

  private leastLoadedRoom(): number {
    const load = this.roomLoad;
    let best = 0;
    for (let r = 1; r < load.length; r++) if (load[r] < load[best]) best = r;
    return best;
  }

  private admit(kind: number, now: number): void {
    const ctx = this.ctx;
    const s = ctx.scenario;
    const p = ctx.params;
    const st = ctx.streams.stays;
    const uMode = st.next();
    const uTwin = st.next();
    const uNicu = st.next();
    const uCompanion = st.next();
    const caesarean = kind === KIND_SCHEDULED_CS || uMode < p.labourCaesareanShare;
    const stayDays = (caesarean ? ctx.distributions.caesareanStay : ctx.distributions.vaginalStay).sample(st);
    const twins = uTwin < s.births.twinShare;
    const nicu = uNicu < s.stays.nicuShare;
    const n = this.nextBed++;
    const id = this.idPrefix;
    const motherId = `${id}m${n}`;
    const newbornIds = nicu ? [] : twins ? [`${id}n${n}a`, `${id}n${n}b`] : [`${id}n${n}`];
    const companionId = uCompanion < s.people.companionShare ? `${id}c${n}` : null;
    const usage = this.drawUsage(nicu, newbornIds.length);
    const firstTripMin = standardExponential(ctx.streams.needs) * FIRST_TRIP_MEAN_MIN;
    const room = this.leastLoadedRoom();
    this.roomLoad[room]++;
    const bed: Bed = {
      index: n, motherId, newbornIds, room, birthMin: now, dischargeMin: now + stayDays * MINUTES_PER_DAY, nicu, companionId,
      usage, level: new Float64Array(p.skuCount), lastMin: now, present: true, onTrip: false, stockedUp: false, tripEvent: -1,
    };
    const disp = this.dispensing;
    if (disp !== null) {
      const rid = ctx.layout.roomIds[room];
      // admitPatient copies the companion list, so one scratch list serves every admission.
      const carers = scratchCarers;
      carers.length = 0;
      if (companionId !== null) carers.push(companionId);
      admitPatient(disp, { patientId: motherId, kind: 'mother', room: rid, companionIds: carers, timeMin: now });
      carers.push(motherId);
      for (const id of newbornIds) admitPatient(disp, { patientId: id, kind: 'newborn', room: rid, companionIds: carers, timeMin: now });
    }
    ctx.kpis.delivered(caesarean, stayDays);
    if (ctx.diagnostics !== null) ctx.diagnostics.birth(now, twins);
    this.bedsPresent++;
    ctx.kpis.bedsOccupied(now, this.bedsPresent);
    if (bed.dischargeMin < p.endMin) ctx.env.post(bed.dischargeMin - now, this.dischargeDue, 0, bed);
    this.trips.schedule(bed, firstTripMin);
    this.visits.schedule(bed);
    this.care.accrue(bed);
  }

  /** Per SKU the bed's usage multiplier times the patients it applies to, from the `needs` stream. */
  private drawUsage(nicu: boolean, newborns: number): Float64Array {
    const ctx = this.ctx;
    const p = ctx.params;
    const usage = new Float64Array(p.skuCount);
    for (let k = 0; k < p.skuCount; k++) {
      const u = ctx.distributions.usage.sample(ctx.streams.needs);
      const cond = p.skuCondition[k];
      const applies = cond === 0 || (cond === 1 && !nicu) || (cond === 2 && nicu);
      const count = p.skuForNewborn[k] === 1 ? newborns : 1;
      usage[k] = applies ? u * count : 0;
    }
    return usage;
  }

  /**
   * A warm start: the patients present now become beds (a mother with the newborns that name
   * her as a carer; a newborn without a mother here gets a bed of its own). The stay is drawn
   * by the labour caesarean share and redrawn until it ends after now (at most 20 draws, then
   * the bed leaves within the hour); a mother without a newborn here counts as a neonatal-unit
   * stay. The bedside stock is not logged, so it is estimated: each item holds a uniform
   * draw between the reorder point and the trip target, in hours of the patient's use.
   */
  admitPresent(patients: readonly PresentPatient[], nowMin: number): void {
    const ctx = this.ctx;
    const s = ctx.scenario;
    const p = ctx.params;
    const st = ctx.streams.stays;
    this.idPrefix = 'sim-';
    while (patients.some((x) => x.id.startsWith(this.idPrefix) || x.companionIds.some((c) => c.startsWith(this.idPrefix)))) this.idPrefix += '-';
    const mothers = patients.filter((x) => x.kind === 'mother');
    const motherIds = new Set(mothers.map((m) => m.id));
    const babies = new Map<string, PresentPatient[]>();
    const alone: PresentPatient[] = [];
    for (const x of patients) {
      if (x.kind !== 'newborn') continue;
      const mother = x.companionIds.find((id) => motherIds.has(id));
      if (mother === undefined) alone.push(x);
      else babies.set(mother, [...(babies.get(mother) ?? []), x]);
    }
    const beds = [...mothers.map((m) => ({ lead: m, newbornIds: (babies.get(m.id) ?? []).map((b) => b.id), motherPresent: true })), ...alone.map((b) => ({ lead: b, newbornIds: [b.id], motherPresent: false }))];
    const roomIndex = new Map(ctx.layout.roomIds.map((id, r) => [id, r]));
    const disp = this.dispensing;
    for (const b of beds) {
      const caesarean = st.next() < p.labourCaesareanShare;
      const birthMin = Math.min(b.lead.admittedAtMin, nowMin);
      let stayMin = 0;
      for (let tries = 0; tries < 20 && birthMin + stayMin <= nowMin; tries++) stayMin = (caesarean ? ctx.distributions.caesareanStay : ctx.distributions.vaginalStay).sample(st) * MINUTES_PER_DAY;
      const dischargeMin = birthMin + stayMin > nowMin ? birthMin + stayMin : nowMin + standardExponential(st) * 60;
      const nicu = b.motherPresent && b.newbornIds.length === 0;
      const room = roomIndex.get(b.lead.room) ?? this.leastLoadedRoom();
      const n = this.nextBed++;
      const companionId = b.motherPresent ? (b.lead.companionIds[0] ?? null) : null;
      const bed: Bed = {
        index: n, motherId: b.motherPresent ? b.lead.id : `${this.idPrefix}m${n}`, newbornIds: b.newbornIds, room, birthMin, dischargeMin, nicu, companionId,
        usage: this.drawUsage(nicu, b.newbornIds.length), level: new Float64Array(p.skuCount), lastMin: nowMin, present: true, onTrip: false, stockedUp: true, tripEvent: -1,
      };
      const day = Math.floor((nowMin - birthMin) / MINUTES_PER_DAY);
      const catalog = s.catalog;
      for (let k = 0; k < p.skuCount; k++) {
        const hours = catalog.reorderHours + ctx.streams.needs.next() * Math.max(0, catalog.targetHours - catalog.reorderHours);
        bed.level[k] = baseRate(p, k, day) * bed.usage[k] * hours * 60;
      }
      this.roomLoad[room]++;
      if (disp !== null) {
        const rid = ctx.layout.roomIds[room];
        if (b.motherPresent) admitPatient(disp, { patientId: bed.motherId, kind: 'mother', room: rid, companionIds: b.lead.companionIds.filter((id) => !b.newbornIds.includes(id)), timeMin: nowMin });
        for (const id of b.newbornIds) admitPatient(disp, { patientId: id, kind: 'newborn', room: rid, companionIds: b.motherPresent ? [bed.motherId] : [], timeMin: nowMin });
        // What the live state's quota already gave them stays given.
        for (const x of [...(b.motherPresent ? [b.lead] : []), ...(babies.get(b.lead.id) ?? (b.motherPresent ? [] : [b.lead]))]) {
          if (x.quotaUse !== undefined) carryQuotaUse(disp, x.id, Math.min(x.admittedAtMin, nowMin), x.quotaUse);
        }
      }
      this.bedsPresent++;
      if (bed.dischargeMin < p.endMin) ctx.env.post(bed.dischargeMin - nowMin, this.dischargeDue, 0, bed);
      this.trips.schedule(bed, Math.max(0, minutesToReorder(p, bed, nowMin, catalog.reorderHours * 60)));
      this.visits.schedule(bed);
      this.care.accrue(bed);
    }
    ctx.kpis.bedsOccupied(nowMin, this.bedsPresent);
  }

  private onDischarge(bed: Bed): void {
    const ctx = this.ctx;
    const now = ctx.env.now;
    ctx.kpis.consumed(consumeTo(ctx.params, bed, now));
    bed.present = false;
    if (bed.tripEvent >= 0) ctx.env.cancel(bed.tripEvent);
    bed.tripEvent = -1;
    this.roomLoad[bed.room]--;
    this.care.discharge(bed);
    this.bedsPresent--;
    ctx.kpis.bedsOccupied(now, this.bedsPresent);
    const disp = this.dispensing;
    if (disp !== null) {
      // A forecast can start with newborns whose mother is not on the ward (her bed id was never admitted).
      if (disp.patients.has(bed.motherId)) dischargePatient(disp, bed.motherId, now);
      for (const id of bed.newbornIds) dischargePatient(disp, id, now);
    }
  }

  /** End of warm-up: the bed count carries on into the counted window. */
  restart(nowMin: number): void {
    this.ctx.kpis.bedsOccupied(nowMin, this.bedsPresent);
  }
}
