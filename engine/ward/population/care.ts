/**
 * Room life in closed form: staff room entries (nurses and other staff, Cohen et al. 2012),
 * roommates of a multi-bed room with their companions, and the household factors of
 * second-generation transmission. None of these touch a zone's occupancy, a queue or stock, and
 * a family is fixed from admission to discharge. So instead of one event per entry or per
 * roommate encounter, each stay adds its expected contacts — rate × the part of the stay (or of
 * the roommates' shared stay) inside the counted horizon — and the totals go into the contact
 * book at the end of the run. The expectation is the same as a Poisson stream's; only the noise
 * of the counts is gone (a conditional expectation, which narrows those KPIs' intervals).
 *
 * A staff entry is a contact episode with the family only with probability `staffCloseShare`
 * (most entries are a look-in from the door); a close entry lasts `nurseEntryMinutes` or
 * `staffEntryMinutes`. Two people of neighbouring beds (mothers and companions; newborns stay in
 * their own cot) meet `roommateEpisodesPerPairDay` times and spend `roommateCloseMinutesPerPairDay`
 * within ~1.5 m each day they share the room. All of them, newborns included, breathe the
 * room's air for the whole shared stay: one Wells–Riley exposure per pair of people of
 * neighbouring beds, its probability 1 − exp(−q p t / Q) over the pair's shared time t in the
 * counted horizon (which saturates: a week beside an infectious roommate is not seven times a
 * day). A family's own members are left to the household block. A close staff entry shares
 * the room's air with the family it is for over its minutes; look-ins from the door and the
 * other beds' families are left out of the staff entries' air.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { COMPANION, MOTHER, NEWBORN, NURSE, PURPOSE_CARE, PURPOSE_ROOMMATES } from '../accounting/contacts.js';
import type { HouseholdFactors } from '../accounting/contacts.js';
import type { WardContext } from '../context/ward-context.js';
import type { Bed } from './bed.js';

/** Role pairs of neighbouring beds that share a room's air: [source or receiver, the other]. */
const AIR_PAIRS = [[MOTHER, MOTHER], [MOTHER, COMPANION], [COMPANION, COMPANION], [MOTHER, NEWBORN], [COMPANION, NEWBORN]] as const;

/** Integral over a remaining stay r in [0, S] of the infectious days still on the ward, d². */
function onWardInfectious(stayDays: number, latentDays: number, infectiousDays: number): number {
  const s = stayDays - latentDays;
  if (s <= 0) return 0;
  if (s <= infectiousDays) return (s * s) / 2;
  return (infectiousDays * infectiousDays) / 2 + infectiousDays * (s - infectiousDays);
}

/** Expected staff entries and roommate contacts of the counted horizon, and household factors. */
export class CareEntries {
  /** Close staff entries per bed per minute: nurses, other staff. */
  private readonly closeNursePerMin: number;
  private readonly closeStaffPerMin: number;
  /** All staff entries (close or not) per bed per minute, and the nurses' among them. */
  private readonly entriesPerMin: number;
  private readonly nurseEntriesPerMin: number;
  /** Close nurse and staff entries, weighted by mothers, newborns and companions in the room. */
  private readonly nurse = new Float64Array(3);
  private readonly staff = new Float64Array(3);
  /** Roommate pair-days: mother-mother, mother-companion, companion-companion. */
  private readonly pairDays = new Float64Array(3);
  /**
   * Roommates' shared air: per role pair (see `AIR_PAIRS`), the sum over pairs of the
   * Wells–Riley probability of the second role given an infectious first, and the reverse.
   */
  private readonly air = new Float64Array(AIR_PAIRS.length * 2);
  /** Staff room entries of the counted horizon (close or not). */
  entries = 0;
  /** Of `entries`, the nurses' (the rest are other staff's). */
  nurseEntries = 0;
  /** Beds present, by room. */
  private readonly rooms: Bed[][];
  /** Household weights: companion stays, their g(S) and newborn-weighted g(S); all stays, newborn-weighted g(S). */
  private readonly hh = new Float64Array(5);

  constructor(private readonly ctx: WardContext) {
    const room = ctx.scenario.contacts.room;
    this.closeNursePerMin = (room.nurseEntriesPerPatientDay * room.staffCloseShare) / MINUTES_PER_DAY;
    this.closeStaffPerMin = (room.staffEntriesPerPatientDay * room.staffCloseShare) / MINUTES_PER_DAY;
    this.entriesPerMin = (room.nurseEntriesPerPatientDay + room.staffEntriesPerPatientDay) / MINUTES_PER_DAY;
    this.nurseEntriesPerMin = room.nurseEntriesPerPatientDay / MINUTES_PER_DAY;
    this.rooms = Array.from({ length: ctx.layout.roomX.length }, () => []);
  }

  /**
   * Adds a newly admitted bed's expected staff entries and its shared days with the beds
   * already in its room, each over the part after the warm-up and before the end.
   */
  accrue(bed: Bed): void {
    const p = this.ctx.params;
    const from = bed.birthMin > p.warmupMin ? bed.birthMin : p.warmupMin;
    const to = bed.dischargeMin < p.endMin ? bed.dischargeMin : p.endMin;
    const newborns = bed.newbornIds.length;
    const comp = bed.companionId !== null ? 1 : 0;
    if (to > from) {
      const span = to - from;
      this.entries += this.entriesPerMin * span;
      this.nurseEntries += this.nurseEntriesPerMin * span;
      addWeighted(this.nurse, this.closeNursePerMin * span, newborns, comp);
      addWeighted(this.staff, this.closeStaffPerMin * span, newborns, comp);
    }
    const mates = this.rooms[bed.room];
    for (const o of mates) {
      const end = o.dischargeMin < to ? o.dischargeMin : to;
      if (end <= from) continue;
      const days = (end - from) / MINUTES_PER_DAY;
      const oc = o.companionId !== null ? 1 : 0;
      this.pairDays[0] += days;
      this.pairDays[1] += days * (comp + oc);
      this.pairDays[2] += days * comp * oc;
      this.shareAir(end - from, comp, oc, newborns, o.newbornIds.length);
    }
    mates.push(bed);
    this.household(bed, newborns, comp);
  }

  /**
   * Adds the shared-air exposures of two neighbouring families over `minutes`: mothers and
   * companions (`comp`, `oc`: 1 when present) with each other and with the other bed's newborns.
   */
  private shareAir(minutes: number, comp: number, oc: number, newborns: number, otherNewborns: number): void {
    const book = this.ctx.contacts;
    const z = this.ctx.roomZone;
    const adult = book.airProbability(z, MOTHER, minutes);
    const newborn = book.airProbability(z, NEWBORN, minutes);
    // Pairs by role pair, in AIR_PAIRS order.
    const pairs = [1, comp + oc, comp * oc, newborns + otherNewborns, comp * otherNewborns + oc * newborns];
    const a = this.air;
    for (let i = 0; i < AIR_PAIRS.length; i++) {
      const [, second] = AIR_PAIRS[i];
      a[2 * i] += pairs[i] * (second === NEWBORN ? newborn : adult);
      a[2 * i + 1] += pairs[i] * adult;
    }
  }

  /** The other beds in `bed`'s room now (their families share its air). */
  roommates(bed: Bed): readonly Bed[] {
    return this.rooms[bed.room];
  }

  private household(bed: Bed, newborns: number, comp: number): void {
    const h = this.ctx.scenario.contacts.household;
    const stay = (bed.dischargeMin - bed.birthMin) / MINUTES_PER_DAY;
    const g = onWardInfectious(stay, h.latentDays, h.infectiousDays);
    const w = this.hh;
    w[0] += comp * stay;
    w[1] += comp * g;
    w[2] += comp * g * newborns;
    w[3] += stay;
    w[4] += g * newborns;
  }

  /** A bed leaves its room. */
  discharge(bed: Bed): void {
    const mates = this.rooms[bed.room];
    const i = mates.indexOf(bed);
    if (i >= 0) mates.splice(i, 1);
  }

  /**
   * Second-generation factors: an infection at a time spread evenly over the stay (an
   * assumption) turns infectious after the latent period; the share of its infectious period
   * still on the ward, times the household attack rate, is the chance it reaches the family.
   */
  householdFactors(): HouseholdFactors {
    const h = this.ctx.scenario.contacts.household;
    const w = this.hh;
    const k = h.secondaryAttackRate / h.infectiousDays;
    return {
      companionToMother: w[0] > 0 ? (k * w[1]) / w[0] : 0,
      companionToNewborn: w[0] > 0 ? (k * w[2]) / w[0] : 0,
      motherToNewborn: w[3] > 0 ? (k * w[4]) / w[3] : 0,
    };
  }

  /** End of run: the accrued contacts into the contact book (after its warm-up reset). */
  addContacts(): void {
    const ctx = this.ctx;
    const room = ctx.scenario.contacts.room;
    const z = ctx.roomZone;
    const book = ctx.contacts;
    for (const [e, minutes] of [[this.nurse, room.nurseEntryMinutes], [this.staff, room.staffEntryMinutes]] as const) {
      if (e[0] > 0) book.addCrowd(z, NURSE, MOTHER, e[0], e[0] * minutes, PURPOSE_CARE);
      if (e[1] > 0) book.addCrowd(z, NURSE, NEWBORN, e[1], e[1] * minutes, PURPOSE_CARE);
      if (e[2] > 0) book.addCrowd(z, NURSE, COMPANION, e[2], e[2] * minutes, PURPOSE_CARE);
    }
    const ep = room.roommateEpisodesPerPairDay;
    const min = room.roommateCloseMinutesPerPairDay;
    const d = this.pairDays;
    // Their air is filed apart, over the whole shared stay (airMinutes 0 here).
    if (d[0] > 0) book.addCrowd(z, MOTHER, MOTHER, d[0] * ep, d[0] * min, PURPOSE_ROOMMATES, 0);
    if (d[1] > 0) book.addCrowd(z, MOTHER, COMPANION, d[1] * ep, d[1] * min, PURPOSE_ROOMMATES, 0);
    if (d[2] > 0) book.addCrowd(z, COMPANION, COMPANION, d[2] * ep, d[2] * min, PURPOSE_ROOMMATES, 0);
    const a = this.air;
    for (let i = 0; i < AIR_PAIRS.length; i++) {
      const [first, second] = AIR_PAIRS[i];
      if (a[2 * i] > 0 || a[2 * i + 1] > 0) book.addAir(z, first, second, a[2 * i], a[2 * i + 1], PURPOSE_ROOMMATES);
    }
  }
}

/** Adds `n` entries with a mother, `newborns` newborns each and a companion when `comp` is 1. */
function addWeighted(e: Float64Array, n: number, newborns: number, comp: number): void {
  e[0] += n;
  e[1] += n * newborns;
  e[2] += n * comp;
}
