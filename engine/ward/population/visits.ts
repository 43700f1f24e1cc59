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
 * Nurse care entries are counted in closed form (see care.ts).
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { standardExponential } from '../../kernel/index.js';
import { COMPANION, MOTHER, NEWBORN, PUBLIC, PURPOSE_VISITS, VISITOR } from '../accounting/contacts.js';
import type { Zone } from '../accounting/contacts.js';
import { distanceM } from '../context/layout.js';
import type { WardContext } from '../context/ward-context.js';
import type { Bed } from './bed.js';

/** One visit or hand-over under way (pooled once over). */
interface Visit {
  bed: Bed;
  /** Contact role of the person coming: visitor or companion (hand-over). */
  role: number;
  dwellMin: number;
  walkMin: number;
  phase: number;
  /** Corridor stretch of the bed's ward unit. */
  corridor: Zone;
}

/** A hand-over at the door: the incoming companion's time in the room, min. */
const HANDOVER_MIN = 5;

/** Contacts of someone of `role` at the bedside for `minutes` with the bed's family. */
function roomContacts(ctx: WardContext, bed: Bed, role: number, minutes: number, purpose: number): void {
  const z = ctx.roomZone;
  ctx.contacts.addCrowd(z, role, MOTHER, 1, minutes, purpose);
  const newborns = bed.newbornIds.length;
  if (newborns > 0) ctx.contacts.addCrowd(z, role, NEWBORN, newborns, newborns * minutes, purpose);
  if (bed.companionId !== null) ctx.contacts.addCrowd(z, role, COMPANION, 1, minutes, purpose);
}

/** The visit streams of one run. */
export class Visits {
  /** Visits per bed per minute. */
  private readonly visitRate: number;
  /** Visits and hand-overs for a bed with a companion, per minute. */
  private readonly totalWithCompanion: number;
  /** Walk from the entrance to each room, min. */
  private readonly walkMin: Float64Array;
  /** Lift wait and ride, min. */
  private readonly liftMin: number;
  /** Finished visits kept for reuse. */
  private readonly pool: Visit[] = [];
  private readonly step: (v: Visit) => void;

  constructor(private readonly ctx: WardContext) {
    const s = ctx.scenario;
    const pp = s.people;
    const L = s.layout;
    this.visitRate = pp.visitorsPerMotherPerDay / MINUTES_PER_DAY;
    this.totalWithCompanion = this.visitRate + pp.companionSwapsPerDay / MINUTES_PER_DAY;
    const layout = ctx.layout;
    this.walkMin = Float64Array.from(layout.roomX, (x, r) => distanceM(L.entrance.x, L.entrance.y, x, layout.roomY[r]) / ctx.params.walkMPerMin);
    this.liftMin = L.liftWaitMinutesMean + L.liftRideMinutes;
    this.step = (v) => this.onStep(v);
  }

  /** Schedules the bed's next visit or hand-over. */
  schedule(bed: Bed): void {
    const ctx = this.ctx;
    const visitRate = this.visitRate;
    const total = bed.companionId === null ? visitRate : this.totalWithCompanion;
    if (total <= 0) return;
    const r = ctx.streams.visitors;
    const gap = standardExponential(r) / total;
    const role = r.next() * total < visitRate ? VISITOR : COMPANION;
    const dwell = role === VISITOR ? standardExponential(r) * ctx.scenario.people.visitorDwellMinutes : HANDOVER_MIN;
    const at = ctx.env.now + gap;
    if (at >= bed.dischargeMin || at >= ctx.params.endMin) return;
    const corridor = ctx.corridors[ctx.layout.roomUnit[bed.room]];
    const v = this.pool.pop() ?? { bed, role, dwellMin: 0, walkMin: 0, phase: 0, corridor };
    v.bed = bed;
    v.role = role;
    v.dwellMin = dwell;
    v.walkMin = this.walkMin[bed.room];
    v.phase = 0;
    v.corridor = corridor;
    ctx.env.schedule(gap, this.step, 0, v);
  }

  private liftCrowd(role: number): void {
    const ctx = this.ctx;
    const crowd = ctx.scenario.layout.liftCrowd;
    ctx.contacts.addCrowd(ctx.liftZone, role, PUBLIC, crowd, crowd * this.liftMin, PURPOSE_VISITS);
  }

  private onStep(v: Visit): void {
    const ctx = this.ctx;
    const now = ctx.env.now;
    const corridor = v.corridor;
    switch (v.phase++) {
      case 0: // arrives by lift, walks in
        this.liftCrowd(v.role);
        ctx.contacts.enter(corridor, v.role, now);
        ctx.env.schedule(v.walkMin, this.step, 0, v);
        if (v.bed.present) this.schedule(v.bed);
        break;
      case 1: // in the room
        ctx.contacts.leave(corridor, v.role, now);
        if (v.role === VISITOR && v.bed.present) roomContacts(ctx, v.bed, VISITOR, v.dwellMin, PURPOSE_VISITS);
        ctx.env.schedule(v.dwellMin, this.step, 0, v);
        break;
      case 2: // walks out
        ctx.contacts.enter(corridor, v.role, now);
        ctx.env.schedule(v.walkMin, this.step, 0, v);
        break;
      default: // takes the lift down
        ctx.contacts.leave(corridor, v.role, now);
        this.liftCrowd(v.role);
        this.pool.push(v);
    }
  }
}
