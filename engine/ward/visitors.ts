/**
 * Visitors and companion hand-overs: people who come onto the ward for a mother but not for
 * supplies. Each bed has its own Poisson stream of visits (`visitorsPerMotherPerDay`) and,
 * when it has a companion, of hand-overs (`companionSwapsPerDay`; the pass id stays the same).
 * A visitor rides the lift with the public (crowd contacts), walks the corridor to the room
 * and back after the visit (corridor contacts); the time in the room is not a contact zone of
 * this model. Outbreak rules set both rates to zero. Draws come from the `visitors` stream,
 * which depends on births and stays only, so channel changes never shift them.
 */
import { COMPANION, PUBLIC } from './contacts.js';
import { distanceM } from './layout.js';
import type { Bed, Ward } from './ward-state.js';

/** One visit or hand-over under way (pooled in `Ward.visitPool` once over). */
export interface Visit {
  readonly w: Ward;
  bed: Bed;
  role: number;
  dwellMin: number;
  walkMin: number;
  phase: number;
}

/** Schedules the bed's next visit or hand-over. */
export function scheduleVisit(w: Ward, bed: Bed): void {
  const pp = w.s.people;
  const visitRate = pp.visitorsPerMotherPerDay / 1440;
  const swapRate = bed.companionId === null ? 0 : pp.companionSwapsPerDay / 1440;
  const total = visitRate + swapRate;
  if (total <= 0) return;
  const r = w.rng.visitors;
  const gap = -Math.log(1 - r.next()) / total;
  const swap = r.next() * total >= visitRate;
  const dwell = swap ? 5 : -Math.log(1 - r.next()) * pp.visitorDwellMinutes;
  const at = w.env.now + gap;
  if (at >= bed.dischargeMin || at >= w.p.endMin) return;
  const L = w.s.layout;
  const walkMin = distanceM(L.entrance.x, L.entrance.y, w.layout.roomX[bed.room], w.layout.roomY[bed.room]) / w.p.walkMPerMin;
  const v = w.visitPool.pop() ?? { w, bed, role: PUBLIC, dwellMin: 0, walkMin: 0, phase: 0 };
  v.bed = bed;
  v.role = swap ? COMPANION : PUBLIC;
  v.dwellMin = dwell;
  v.walkMin = walkMin;
  v.phase = 0;
  w.env.schedule(gap, onVisitStep, 0, v);
}

function liftCrowd(w: Ward, role: number): void {
  const L = w.s.layout;
  const minutes = L.liftWaitMinutesMean + L.liftRideMinutes;
  w.contacts.addCrowd(w.lift, role, PUBLIC, L.liftCrowd, L.liftCrowd * minutes);
}

function onVisitStep(v: Visit): void {
  const w = v.w;
  const now = w.env.now;
  switch (v.phase++) {
    case 0: // arrives by lift, walks in
      liftCrowd(w, v.role);
      w.contacts.enter(w.corridor, v.role, now);
      w.env.schedule(v.walkMin, onVisitStep, 0, v);
      if (v.bed.present) scheduleVisit(w, v.bed);
      break;
    case 1: // in the room
      w.contacts.leave(w.corridor, v.role, now);
      w.env.schedule(v.dwellMin, onVisitStep, 0, v);
      break;
    case 2: // walks out
      w.contacts.enter(w.corridor, v.role, now);
      w.env.schedule(v.walkMin, onVisitStep, 0, v);
      break;
    default: // takes the lift down
      w.contacts.leave(w.corridor, v.role, now);
      liftCrowd(w, v.role);
      w.visitPool.push(v);
  }
}
