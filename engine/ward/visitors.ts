/**
 * Visitors, companion hand-overs and nurse room entries: people who come to a mother's bedside
 * but not for supplies. Each bed has its own Poisson stream of visits
 * (`visitorsPerMotherPerDay`), of hand-overs when it has a companion (`companionSwapsPerDay`;
 * the pass id stays the same) and of nurse care entries (`contacts.room.nurseEntriesPerPatientDay`).
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
 */
import { COMPANION, MOTHER, NEWBORN, NURSE, PUBLIC, PURPOSE_CARE, PURPOSE_VISITS, VISITOR } from './contacts.js';
import type { Scenario } from '../../scenarios/index.js';
import type { Zone } from './contacts.js';
import { distanceM } from './layout.js';
import type { WardLayout } from './layout.js';
import type { WardParams } from './params.js';
import type { Bed, Ward } from './ward-state.js';

/** One visit, hand-over or nurse entry under way (pooled in `Ward.visitPool` once over). */
export interface Visit {
  readonly w: Ward;
  bed: Bed;
  /** Contact role of the person coming: visitor, companion (hand-over) or nurse. */
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
  /** All three for a bed with a companion, per minute. */
  readonly totalWithCompanion: number;
  /** Visits and nurse entries for a bed without one, per minute. */
  readonly totalAlone: number;
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
    totalWithCompanion: visitRate + swapRate + nurseRate,
    totalAlone: visitRate + 0 + nurseRate,
    walkMin: Float64Array.from(layout.roomX, (x, r) => distanceM(L.entrance.x, L.entrance.y, x, layout.roomY[r]) / p.walkMPerMin),
    liftMin: L.liftWaitMinutesMean + L.liftRideMinutes,
  };
}

/** Schedules the bed's next visit, hand-over or nurse entry. */
export function scheduleVisit(w: Ward, bed: Bed): void {
  const vp = w.visitPlan;
  const visitRate = vp.visitRate;
  const swapRate = bed.companionId === null ? 0 : vp.swapRate;
  const total = bed.companionId === null ? vp.totalAlone : vp.totalWithCompanion;
  if (total <= 0) return;
  const r = w.rng.visitors;
  const gap = -Math.log(1 - r.next()) / total;
  const u = r.next() * total;
  const role = u < visitRate ? VISITOR : u < visitRate + swapRate ? COMPANION : NURSE;
  const dwell = role === VISITOR ? -Math.log(1 - r.next()) * w.s.people.visitorDwellMinutes : role === COMPANION ? 5 : w.s.contacts.room.nurseEntryMinutes;
  const at = w.env.now + gap;
  if (at >= bed.dischargeMin || at >= w.p.endMin) return;
  const corridor = w.corridors[w.layout.roomUnit[bed.room]];
  const v = w.visitPool.pop() ?? { w, bed, role, dwellMin: 0, walkMin: 0, phase: 0, corridor };
  v.bed = bed;
  v.role = role;
  v.dwellMin = dwell;
  v.walkMin = vp.walkMin[bed.room];
  v.phase = role === NURSE ? -1 : 0;
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

function onVisitStep(v: Visit): void {
  const w = v.w;
  const now = w.env.now;
  const corridor = v.corridor;
  switch (v.phase++) {
    case -1: // a nurse comes in for care
      if (v.bed.present) {
        roomContacts(w, v.bed, NURSE, v.dwellMin, PURPOSE_CARE);
        scheduleVisit(w, v.bed);
      }
      w.visitPool.push(v);
      break;
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
