/**
 * Births and stays: each delivery admits a mother and her newborn(s) to a bed in the least
 * occupied room. The delivery mode comes from the caesarean share (scheduled caesareans are
 * caesareans by definition; labours end in caesarean with the remaining share), the stay from
 * a lognormal by mode, a share of newborns go to the neonatal unit (the mother then pumps), and
 * each patient gets a usage multiplier per item. All of this is drawn from the `births`,
 * `stays` and `needs` streams in a fixed order per delivery, so scenarios that differ only in
 * their channels see the same deliveries, stays and needs (common random numbers).
 */
import { admitPatient, dischargePatient } from '../dispensing/index.js';
import { standardExponential } from '../kernel/index.js';
import { birthKind, KIND_SCHEDULED_CS } from './birth-rates.js';
import { DAY_MIN } from './params.js';
import { consumeTo } from './needs.js';
import { scheduleTrip } from './trips.js';
import { accrueCare, scheduleVisit } from './visitors.js';
import type { Bed, Ward } from './ward-state.js';

/** Starts the birth process at time 0. */
export function startBirths(w: Ward): void {
  scheduleNextBirth(w, 0);
}

function scheduleNextBirth(w: Ward, afterMin: number): void {
  const arrivals = w.rates.arrivals;
  if (arrivals === null) return;
  const t = arrivals.nextArrival(w.rng.births, afterMin);
  if (t < w.p.endMin) w.env.schedule(t - w.env.now, onBirth, 0, w);
}

function onBirth(w: Ward): void {
  const now = w.env.now;
  const kind = birthKind(w.rates, w.rng.births.next(), now);
  admit(w, kind, now);
  if (w.series !== null) w.series.birth(now);
  scheduleNextBirth(w, now);
}

function leastLoadedRoom(w: Ward): number {
  const load = w.roomLoad;
  let best = 0;
  for (let r = 1; r < load.length; r++) if (load[r] < load[best]) best = r;
  return best;
}

/** Who may act for the patient being admitted (rewritten per admission; the core keeps a copy). */
const scratchCarers: string[] = [];

function admit(w: Ward, kind: number, now: number): void {
  const s = w.s;
  const st = w.rng.stays;
  const uMode = st.next();
  const uTwin = st.next();
  const uNicu = st.next();
  const uCompanion = st.next();
  const caesarean = kind === KIND_SCHEDULED_CS || uMode < w.p.labourCaesareanShare;
  const stayDays = (caesarean ? w.dist.caesareanStay : w.dist.vaginalStay).sample(st);
  const twins = uTwin < s.births.twinShare;
  const nicu = uNicu < s.stays.nicuShare;
  const n = w.nextBed++;
  const motherId = `m${n}`;
  const newbornIds = nicu ? [] : twins ? [`n${n}a`, `n${n}b`] : [`n${n}`];
  const companionId = uCompanion < s.people.companionShare ? `c${n}` : null;
  const p = w.p;
  const mult = new Float64Array(p.skuCount);
  for (let k = 0; k < p.skuCount; k++) {
    const u = w.dist.usage.sample(w.rng.needs);
    const cond = p.skuCondition[k];
    const applies = cond === 0 || (cond === 1 && !nicu) || (cond === 2 && nicu);
    const count = p.skuForNewborn[k] === 1 ? newbornIds.length : 1;
    mult[k] = applies ? u * count : 0;
  }
  const firstTripMin = standardExponential(w.rng.needs) * 30;
  const room = leastLoadedRoom(w);
  w.roomLoad[room]++;
  const bed: Bed = {
    w, index: n, motherId, newbornIds, room, birthMin: now, dischargeMin: now + stayDays * DAY_MIN, nicu, companionId,
    mult, level: new Float64Array(p.skuCount), lastMin: now, present: true, onTrip: false, tripEvent: -1,
  };
  if (w.disp !== null) {
    const rid = w.layout.roomIds[room];
    // admitPatient copies the companion list, so one scratch list serves every admission.
    const carers = scratchCarers;
    carers.length = 0;
    if (companionId !== null) carers.push(companionId);
    admitPatient(w.disp, { patientId: motherId, kind: 'mother', room: rid, companionIds: carers, timeMin: now });
    carers.push(motherId);
    for (const id of newbornIds) admitPatient(w.disp, { patientId: id, kind: 'newborn', room: rid, companionIds: carers, timeMin: now });
  }
  w.kpi.deliveries++;
  if (caesarean) {
    w.kpi.caesareans++;
    w.kpi.stayCaesarean.add(stayDays);
  } else {
    w.kpi.stayVaginal.add(stayDays);
  }
  w.bedsPresent++;
  w.kpi.beds.update(now, w.bedsPresent);
  if (bed.dischargeMin < w.p.endMin) w.env.schedule(bed.dischargeMin - now, onDischarge, 0, bed);
  scheduleTrip(w, bed, firstTripMin);
  scheduleVisit(w, bed);
  accrueCare(w, bed);
}

function onDischarge(bed: Bed): void {
  const w = bed.w;
  const now = w.env.now;
  w.kpi.unitsUsed += consumeTo(w.p, bed, now);
  bed.present = false;
  if (bed.tripEvent >= 0) w.env.cancel(bed.tripEvent);
  bed.tripEvent = -1;
  w.roomLoad[bed.room]--;
  w.bedsPresent--;
  w.kpi.beds.update(now, w.bedsPresent);
  if (w.disp !== null) {
    dischargePatient(w.disp, bed.motherId, now);
    for (const id of bed.newbornIds) dischargePatient(w.disp, id, now);
  }
}
