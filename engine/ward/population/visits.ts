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
 * supply trip of a few minutes aside) and in the room's air with the other beds' families, and
 * goes back the same way. A hand-over brings a
 * companion in the same way but has no room contacts of its own: the incoming companion joins
 * the family, whose contacts among themselves are not counted. A nurse entry is a care visit of
 * `nurseEntryMinutes` with the same family (no walk: the nurse is already on the unit).
 * Visitors arrive only within the daily visiting window (`visitingStartHour`, `visitingHours`):
 * a Poisson stream in open time, so the daily rate is kept and squeezed into the window;
 * hand-overs come around the clock. Outbreak rules set visits and hand-overs to zero. Draws come from the `visitors` stream,
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

/**
 * Contacts of someone of `role` at the bedside for `minutes` with the bed's family, and the
 * room's air shared with the families of the other beds (`roommates`) for as long.
 */
function roomContacts(ctx: WardContext, bed: Bed, roommates: readonly Bed[], role: number, minutes: number, purpose: number): void {
  const z = ctx.roomZone;
  const book = ctx.contacts;
  book.addCrowd(z, role, MOTHER, 1, minutes, purpose);
  const newborns = bed.newbornIds.length;
  if (newborns > 0) book.addCrowd(z, role, NEWBORN, newborns, newborns * minutes, purpose);
  if (bed.companionId !== null) book.addCrowd(z, role, COMPANION, 1, minutes, purpose);
  let adults = 0;
  let babies = 0;
  let companions = 0;
  for (const o of roommates) {
    if (o === bed) continue;
    adults++;
    babies += o.newbornIds.length;
    if (o.companionId !== null) companions++;
  }
  if (adults === 0) return;
  const adult = book.airProbability(z, MOTHER, minutes);
  book.addAir(z, role, MOTHER, adults * adult, adults * adult, purpose);
  if (companions > 0) book.addAir(z, role, COMPANION, companions * adult, companions * adult, purpose);
  if (babies > 0) book.addAir(z, role, NEWBORN, babies * book.airProbability(z, NEWBORN, minutes), babies * adult, purpose);
}

/**
 * The clock time after `openMin` minutes of a daily window `[startMin, startMin + lenMin)`
 * (minutes of the day, may wrap past midnight) have passed, counted from `fromMin`, min.
 */
export function openTimeAfter(fromMin: number, openMin: number, startMin: number, lenMin: number): number {
  if (lenMin >= MINUTES_PER_DAY) return fromMin + openMin;
  let t = fromMin;
  let left = openMin;
  for (;;) {
    const dayStart = Math.floor((t - startMin) / MINUTES_PER_DAY) * MINUTES_PER_DAY + startMin;
    const closeAt = dayStart + lenMin;
    if (t < closeAt) {
      if (t + left <= closeAt) return t + left;
      left -= closeAt - t;
    }
    t = dayStart + MINUTES_PER_DAY;
  }
}

/** The visit streams of one run. */
export class Visits {
  /** Visits per bed per open visiting minute. */
  private readonly visitRate: number;
  /** Hand-overs per bed with a companion, per minute. */
  private readonly swapRate: number;
  /** Visiting window: start and length in minutes of the day. */
  private readonly openStart: number;
  private readonly openLen: number;
  /** Visits and hand-overs that reached the room after the warm-up (room entries). */
  entries = 0;
  /** Of `entries`, the visits (the rest are hand-overs). */
  visitorEntries = 0;
  /** Walk from the entrance to each room, min. */
  private readonly walkMin: Float64Array;
  /** Lift wait and ride, min. */
  private readonly liftMin: number;
  /** Finished visits kept for reuse. */
  private readonly pool: Visit[] = [];
  private readonly step: (v: Visit) => void;

  /**
   * @param roommates the beds in a bed's room now (the bed itself included or not), whose
   *   families share the air of its visits
   */
  constructor(private readonly ctx: WardContext, private readonly roommates: (bed: Bed) => readonly Bed[]) {
    const s = ctx.scenario;
    const pp = s.people;
    const L = s.layout;
    this.openLen = Math.min(pp.visitingHours * 60, MINUTES_PER_DAY);
    this.openStart = pp.visitingStartHour * 60;
    this.visitRate = pp.visitorsPerMotherPerDay / this.openLen;
    this.swapRate = pp.companionSwapsPerDay / MINUTES_PER_DAY;
    const layout = ctx.layout;
    this.walkMin = Float64Array.from(layout.roomX, (x, r) => distanceM(L.entrance.x, L.entrance.y, x, layout.roomY[r]) / ctx.params.walkMPerMin);
    this.liftMin = L.liftWaitMinutesMean + L.liftRideMinutes;
    this.step = (v) => this.onStep(v);
  }

  /**
   * Schedules the bed's next visit or hand-over: the earlier of the next visit (in open
   * visiting time) and the next hand-over; both streams are memoryless, so the later draw can
   * be dropped and drawn afresh next time.
   */
  schedule(bed: Bed): void {
    const ctx = this.ctx;
    const r = ctx.streams.visitors;
    const now = ctx.env.now;
    const visitAt = this.visitRate > 0 ? openTimeAfter(now, standardExponential(r) / this.visitRate, this.openStart, this.openLen) : Infinity;
    const swapAt = bed.companionId !== null && this.swapRate > 0 ? now + standardExponential(r) / this.swapRate : Infinity;
    const role = visitAt <= swapAt ? VISITOR : COMPANION;
    const at = role === VISITOR ? visitAt : swapAt;
    if (at === Infinity) return;
    const dwell = role === VISITOR ? standardExponential(r) * ctx.scenario.people.visitorDwellMinutes : HANDOVER_MIN;
    const gap = at - now;
    if (at >= bed.dischargeMin || at >= ctx.params.endMin) return;
    const corridor = ctx.corridors[ctx.layout.roomUnit[bed.room]];
    const v = this.pool.pop() ?? { bed, role, dwellMin: 0, walkMin: 0, phase: 0, corridor };
    v.bed = bed;
    v.role = role;
    v.dwellMin = dwell;
    v.walkMin = this.walkMin[bed.room];
    v.phase = 0;
    v.corridor = corridor;
    ctx.env.post(gap, this.step, 0, v);
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
        ctx.env.post(v.walkMin, this.step, 0, v);
        if (v.bed.present) this.schedule(v.bed);
        break;
      case 1: // in the room
        ctx.contacts.leave(corridor, v.role, now);
        if (now >= ctx.params.warmupMin) {
          this.entries++;
          if (v.role === VISITOR) this.visitorEntries++;
        }
        if (v.role === VISITOR && v.bed.present) roomContacts(ctx, v.bed, this.roommates(v.bed), VISITOR, v.dwellMin, PURPOSE_VISITS);
        ctx.env.post(v.dwellMin, this.step, 0, v);
        break;
      case 2: // walks out
        ctx.contacts.enter(corridor, v.role, now);
        ctx.env.post(v.walkMin, this.step, 0, v);
        break;
      default: // takes the lift down
        ctx.contacts.leave(corridor, v.role, now);
        this.liftCrowd(v.role);
        this.pool.push(v);
    }
  }
}
