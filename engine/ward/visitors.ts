/**
 * Visitors, companion hand-overs and nurse room entries: people who come to a mother's bedside
 * but not for supplies. Each bed has its own Poisson stream of visits
 * (`visitorsPerMotherPerDay`) and of hand-overs when it has a companion (`companionSwapsPerDay`;
 * the pass id stays the same); nurse care entries (`contacts.room.nurseEntriesPerPatientDay`)
 * are counted in closed form (see `accrueCare`).
 *
 * A visitor (role `visitor`) rides the lift with the public (crowd contacts), walks the
 * unit's corridor to the room, spends the visit at the bedside with the mother, her rooming-in
 * newborns and her companion (room contacts; the companion counts as present throughout, a
 * supply trip of a few minutes aside), and goes back the same way. A hand-over brings a
 * companion in the same way but has no room contacts of its own: the incoming companion joins
 * the family, whose contacts among themselves are not counted. A nurse entry is a care visit of
 * `nurseEntryMinutes` with the same family (no walk: the nurse is already on the unit).
 * Outbreak rules set visits and hand-overs to zero. Draws come from the `visitors` stream,
 * which depends on births and stays only, so channel changes never shift them.
 *
 * Nurse entries touch nothing but the family's room contacts: no zone occupancy, queue or
 * stock, and the family is fixed from admission to discharge. So instead of one event per entry
 * (a sixth of a provincial year's events), each stay adds its expected entries — rate × the part
 * of the stay inside the counted horizon — and the totals go into the contact book at the end of
 * the run. The expectation is the same as the Poisson stream's; only the noise of the entry count
 * is gone (a conditional expectation, which narrows the care KPIs' intervals).
 */
import { COMPANION, MOTHER, NEWBORN, NURSE, PUBLIC, PURPOSE_CARE, PURPOSE_VISITS, VISITOR } from './contacts.js';
import type { Scenario } from '../../scenarios/index.js';
import { standardExponential } from '../kernel/index.js';
import type { Zone } from './contacts.js';
import { distanceM } from './layout.js';
import type { WardLayout } from './layout.js';
import type { WardParams } from './params.js';
import type { Bed, Ward } from './ward-state.js';

/** One visit or hand-over under way (pooled in `Ward.visitPool` once over). */
export interface Visit {
  readonly w: Ward;
  bed: Bed;
  /** Contact role of the person coming: visitor or companion (hand-over). */
  role: number;
  dwellMin: number;
  walkMin: number;
  phase: number;
  /** Corridor stretch of the bed's ward unit. */
  corridor: Zone;
}

/** The visit streams' rates and walks, worked out once per run (the same arithmetic as per visit). */
export interface VisitPlan {
  /** Visits per bed per minute. */
  readonly visitRate: number;
  /** Companion hand-overs per bed with a companion per minute. */
  readonly swapRate: number;
  /** Nurse entries per bed per minute. */
  readonly nurseRate: number;
  /** Visits and hand-overs for a bed with a companion, per minute. */
  readonly totalWithCompanion: number;
  /** Walk from the entrance to each room, min. */
  readonly walkMin: Float64Array;
  /** Lift wait and ride, min. */
  readonly liftMin: number;
}

/** Plans the visit streams of a run. */
export function planVisits(s: Scenario, layout: WardLayout, p: WardParams): VisitPlan {
  const pp = s.people;
  const visitRate = pp.visitorsPerMotherPerDay / 1440;
  const swapRate = pp.companionSwapsPerDay / 1440;
  const nurseRate = s.contacts.room.nurseEntriesPerPatientDay / 1440;
  const L = s.layout;
  return {
    visitRate, swapRate, nurseRate,
    totalWithCompanion: visitRate + swapRate,
    walkMin: Float64Array.from(layout.roomX, (x, r) => distanceM(L.entrance.x, L.entrance.y, x, layout.roomY[r]) / p.walkMPerMin),
    liftMin: L.liftWaitMinutesMean + L.liftRideMinutes,
  };
}

/** Schedules the bed's next visit or hand-over. */
export function scheduleVisit(w: Ward, bed: Bed): void {
  const vp = w.visitPlan;
  const visitRate = vp.visitRate;
  const total = bed.companionId === null ? visitRate : vp.totalWithCompanion;
  if (total <= 0) return;
  const r = w.rng.visitors;
  const gap = standardExponential(r) / total;
  const role = r.next() * total < visitRate ? VISITOR : COMPANION;
  const dwell = role === VISITOR ? standardExponential(r) * w.s.people.visitorDwellMinutes : 5;
  const at = w.env.now + gap;
  if (at >= bed.dischargeMin || at >= w.p.endMin) return;
  const corridor = w.corridors[w.layout.roomUnit[bed.room]];
  const v = w.visitPool.pop() ?? { w, bed, role, dwellMin: 0, walkMin: 0, phase: 0, corridor };
  v.bed = bed;
  v.role = role;
  v.dwellMin = dwell;
  v.walkMin = vp.walkMin[bed.room];
  v.phase = 0;
  v.corridor = corridor;
  w.env.schedule(gap, onVisitStep, 0, v);
}

function liftCrowd(w: Ward, role: number): void {
  const crowd = w.s.layout.liftCrowd;
  w.contacts.addCrowd(w.lift, role, PUBLIC, crowd, crowd * w.visitPlan.liftMin, PURPOSE_VISITS);
}

/** Contacts of someone of `role` at the bedside for `minutes` with the bed's family. */
function roomContacts(w: Ward, bed: Bed, role: number, minutes: number, purpose: number): void {
  const z = w.room;
  w.contacts.addCrowd(z, role, MOTHER, 1, minutes, purpose);
  const newborns = bed.newbornIds.length;
  if (newborns > 0) w.contacts.addCrowd(z, role, NEWBORN, newborns, newborns * minutes, purpose);
  if (bed.companionId !== null) w.contacts.addCrowd(z, role, COMPANION, 1, minutes, purpose);
}

/**
 * Adds a newly admitted bed's expected nurse care entries: `nurseRate` × the part of the stay
 * after the warm-up and before the end (entries in the warm-up would be reset anyway), weighted
 * by who is in the room (`Ward.careEntries`: mother, newborns, companion).
 */
export function accrueCare(w: Ward, bed: Bed): void {
  const from = bed.birthMin > w.p.warmupMin ? bed.birthMin : w.p.warmupMin;
  const to = bed.dischargeMin < w.p.endMin ? bed.dischargeMin : w.p.endMin;
  if (to <= from) return;
  const entries = w.visitPlan.nurseRate * (to - from);
  const e = w.careEntries;
  e[0] += entries;
  e[1] += entries * bed.newbornIds.length;
  if (bed.companionId !== null) e[2] += entries;
}

/** End of run: the accrued nurse care entries into the contact book (after its warm-up reset). */
export function addCareContacts(w: Ward): void {
  const e = w.careEntries;
  const minutes = w.s.contacts.room.nurseEntryMinutes;
  const z = w.room;
  if (e[0] > 0) w.contacts.addCrowd(z, NURSE, MOTHER, e[0], e[0] * minutes, PURPOSE_CARE);
  if (e[1] > 0) w.contacts.addCrowd(z, NURSE, NEWBORN, e[1], e[1] * minutes, PURPOSE_CARE);
  if (e[2] > 0) w.contacts.addCrowd(z, NURSE, COMPANION, e[2], e[2] * minutes, PURPOSE_CARE);
}

function onVisitStep(v: Visit): void {
  const w = v.w;
  const now = w.env.now;
  const corridor = v.corridor;
  switch (v.phase++) {
    case 0: // arrives by lift, walks in
      liftCrowd(w, v.role);
      w.contacts.enter(corridor, v.role, now);
      w.env.schedule(v.walkMin, onVisitStep, 0, v);
      if (v.bed.present) scheduleVisit(w, v.bed);
      break;
    case 1: // in the room
      w.contacts.leave(corridor, v.role, now);
      if (v.role === VISITOR && v.bed.present) roomContacts(w, v.bed, VISITOR, v.dwellMin, PURPOSE_VISITS);
      w.env.schedule(v.dwellMin, onVisitStep, 0, v);
      break;
    case 2: // walks out
      w.contacts.enter(corridor, v.role, now);
      w.env.schedule(v.walkMin, onVisitStep, 0, v);
      break;
    default: // takes the lift down
      w.contacts.leave(corridor, v.role, now);
      liftCrowd(w, v.role);
      w.visitPool.push(v);
  }
}
