/**
 * Contacts: people in the same zone at the same time (a cabinet alcove with its queue, a
 * nurse-station counter, a unit's corridor, the lift, the shop, a patient room) are in contact
 * for the overlap. Each zone keeps how many people of each role are in it; between changes,
 * every pair present accrues contact-minutes, scaled by the zone's proximity share (the share of
 * co-present pairs actually within ~1.5 m). Someone entering a zone starts one contact episode
 * with each person already there (also scaled, so corridor episodes are expected counts).
 *
 * Ward contacts are pairs with at least one ward person (mother, newborn, companion, nurse,
 * restocker): the `contacts` and `contactMinutes` totals leave out pairs of outsiders only
 * (a visitor with strangers in the lift), which stay visible in the role matrix.
 *
 * Expected infections: each pair-minute transmits from an infectious person to a susceptible
 * one with the zone's per-minute probability (prevalence by role), counted only when the
 * receiver is a ward person (visitors and the public leave; what they catch is not a ward
 * infection). A low-incidence approximation: no depletion of susceptibles. Second-generation
 * cases inside the stay (companion to mother and newborns, mother to newborns) are added at the
 * end by `addHousehold`, filed under the activity of the first infection.
 * Airborne (Wells–Riley, see wells-riley.ts): every pair sharing a zone's air, at any distance
 * (no proximity share), also transmits with P(source infectious) × (1 − exp(−q p t / Q)) per
 * exposure of t minutes, Q the zone's volume times its air changes, p the receiver's breathing
 * rate (a newborn's is far below an adult's). Between two changes of a zone's occupancy t is
 * the interval (visits to a lift, an alcove, a counter, a corridor or the shop last minutes:
 * splitting a visit into intervals raises its probability by at most half its dose, relative,
 * under 1 % at these zones' doses of a few hundredths of a quantum at most); a crowd
 * contact's t is its minutes per episode; roommates breathe their room's air for the whole
 * shared stay (`addAir` with one probability per pair). These are in the totals and also
 * counted apart (`expectedInfectionsAirborne`); close-contact ones in
 * `expectedInfectionsCloseContact`.
 * Each infection is also filed under the activity that brought the pair together: supply
 * (trips, handovers, restock), visits (visitors and companion hand-overs) or care (nurse room
 * entries), so a researcher can see what cabinets change.
 *
 * Roles and activities live in contact-roles.ts, the zone record in contact-zone.ts and the
 * infection report's shapes in infection-kpis.ts; this module re-exports them, so callers keep
 * importing from here.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { infectedByDose, quantaPerMinute } from './wells-riley.js';
import type { AirSpace } from './wells-riley.js';
import { COMPANION, MOTHER, NEWBORN, NURSE, PURPOSES, PURPOSE_CARE, PURPOSE_ROOMMATES, PURPOSE_SUPPLY, PURPOSE_VISITS, RESTOCKER, ROLES, VISITOR, WARD_ROLES } from './contact-roles.js';
import type { Zone } from './contact-zone.js';
import type { HouseholdFactors, InfectionKpis } from './infection-kpis.js';

export { COMPANION, MOTHER, NEWBORN, NURSE, PUBLIC, PURPOSE_CARE, PURPOSE_ROOMMATES, PURPOSE_SUPPLY, PURPOSE_VISITS, RESTOCKER, ROLES, VISITOR, WARD_ROLES } from './contact-roles.js';
export type { Role } from './contact-roles.js';
export type { Zone } from './contact-zone.js';
export type { HouseholdFactors, InfectionKpis } from './infection-kpis.js';

const R = ROLES.length;

/** Contact totals, accumulated over all zones. */
export class ContactBook {
  /** Contact episodes by role pair, upper triangle `[min * R + max]`. */
  readonly episodes = new Float64Array(R * R);
  /** Contact-minutes by role pair, upper triangle. */
  readonly minutes = new Float64Array(R * R);
  /** Expected infections by receiving role (ward roles only; the rest stay 0). */
  readonly infectionsTo = new Float64Array(R);
  /** Expected infections by activity (`PURPOSE_*`). */
  readonly infectionsBy = new Float64Array(PURPOSES);
  /** Expected infections received by mothers and companions, by activity (`[role * PURPOSES + purpose]`). */
  private readonly toBy = new Float64Array(R * PURPOSES);
  /** Expected second-generation infections. */
  private secondary = 0;
  /** Expected first-generation infections by close contact. */
  private closeContact = 0;
  /** Expected first-generation infections by the airborne route. */
  private airborne = 0;
  private readonly zones: Zone[] = [];
  private readonly prevalence: number[];
  /** P(a infectious) × P(b susceptible), `[a * R + b]`; 0 when b is not a ward role (nobody else counts as infected). */
  private readonly pairPrevalence = new Float64Array(R * R);
  private readonly airborneParams: Scenario['contacts']['airborne'];

  constructor(contacts: Scenario['contacts']) {
    const p = contacts.prevalence;
    this.prevalence = [p.mother, p.newborn, p.companion, p.nurse, p.restocker, p.public, p.visitor];
    for (let a = 0; a < R; a++) {
      for (let b = 0; b < WARD_ROLES; b++) this.pairPrevalence[a * R + b] = this.prevalence[a] * (1 - this.prevalence[b]);
    }
    this.airborneParams = contacts.airborne;
  }

  /** Expected infections received by ward people. */
  get infections(): number {
    const by = this.infectionsBy;
    return by[0] + by[1] + by[2] + by[3];
  }

  /** Creates a zone with the transmission and proximity of a scenario zone section, and its air. */
  zone(name: string, params: { transmissionPerMinute: number; proximityShare: number }, air: AirSpace, purpose = PURPOSE_SUPPLY): Zone {
    const risk = new Float64Array(R * R);
    for (let i = 0; i < R * R; i++) risk[i] = params.transmissionPerMinute * params.proximityShare * this.pairPrevalence[i];
    const q = this.airborneParams;
    const z: Zone = {
      name, counts: new Int32Array(R), present: 0, occupancy: 0, lastMin: 0, proximity: params.proximityShare, purpose, risk,
      adultDosePerMin: quantaPerMinute(q.quantaPerHour, q.breathingM3PerHour, air),
      newbornDosePerMin: quantaPerMinute(q.quantaPerHour, q.newbornBreathingM3PerHour, air),
    };
    this.zones.push(z);
    return z;
  }

  /**
   * Wells–Riley probability that a susceptible person of `role` is infected by one infectious
   * person over `minutes` in the air of `z`: 1 − exp(−q p t / Q).
   */
  airProbability(z: Zone, role: number, minutes: number): number {
    return infectedByDose(role === NEWBORN ? z.newbornDosePerMin : z.adultDosePerMin, minutes);
  }

  /**
   * Files `pairMinutes` (unscaled) between roles a and b as contact-minutes and close-contact
   * infections, and the pairs' airborne exposure (see `transmit`).
   */
  private accrue(z: Zone, a: number, b: number, pairMinutes: number, purpose: number, airToB: number, airToA: number): void {
    this.minutes[a < b ? a * R + b : b * R + a] += pairMinutes * z.proximity;
    this.transmit(a, b, pairMinutes * z.risk[a * R + b], pairMinutes * z.risk[b * R + a], airToB, airToA, purpose);
  }

  /**
   * Files expected infections between roles a and b: close-contact ones `closeToB` (a to b) and
   * `closeToA`, and airborne ones, where `airToB` is the sum over the pairs' exposures of b's
   * Wells–Riley probability should a be infectious (weighted here by the prevalences).
   */
  private transmit(a: number, b: number, closeToB: number, closeToA: number, airToB: number, airToA: number, purpose: number): void {
    const airB = airToB * this.pairPrevalence[a * R + b];
    const airA = airToA * this.pairPrevalence[b * R + a];
    const toB = closeToB + airB;
    const toA = closeToA + airA;
    const inf = toB + toA;
    if (inf === 0) return;
    this.closeContact += closeToB + closeToA;
    this.airborne += airB + airA;
    this.infectionsTo[b] += toB;
    this.infectionsTo[a] += toA;
    const p = a === VISITOR || b === VISITOR ? PURPOSE_VISITS : purpose;
    this.infectionsBy[p] += inf;
    this.toBy[b * PURPOSES + p] += toB;
    this.toBy[a * PURPOSES + p] += toA;
  }

  /**
   * Accrues contact-minutes in `z` up to `nowMin`. Kept to the check most calls end at (fewer
   * than two people present), so that it inlines into `enter` and `leave` and they into their
   * callers: a call that is not inlined passes the time as a freshly boxed heap number.
   */
  integrate(z: Zone, nowMin: number): void {
    const dt = nowMin - z.lastMin;
    z.lastMin = nowMin;
    if (!(dt <= 0) && z.occupancy >= 2) this.accruePairs(z, dt);
  }

  /**
   * Files `dt` minutes of every pair present in `z`. Role pairs go in ascending order (a, then
   * b >= a) over the roles present only: most zones hold two or three of the seven roles.
   */
  private accruePairs(z: Zone, dt: number): void {
    const c = z.counts;
    // Each pair shares the interval's air: one exposure of dt minutes.
    const adult = infectedByDose(z.adultDosePerMin, dt);
    const newborn = (z.present & (1 << NEWBORN)) !== 0 ? infectedByDose(z.newbornDosePerMin, dt) : 0;
    for (let roles = z.present; roles !== 0; ) {
      const a = 31 - Math.clz32(roles & -roles);
      roles &= roles - 1;
      const na = c[a];
      const airA = a === NEWBORN ? newborn : adult;
      // n people of one role make n(n-1)/2 pairs; each pair can transmit either way.
      const same = (na * (na - 1)) / 2;
      if (same > 0) this.accrue(z, a, a, same * dt, z.purpose, same * airA, same * airA);
      for (let others = roles; others !== 0; ) {
        const b = 31 - Math.clz32(others & -others);
        others &= others - 1;
        const pairs = na * c[b];
        this.accrue(z, a, b, pairs * dt, z.purpose, pairs * (b === NEWBORN ? newborn : adult), pairs * airA);
      }
    }
  }

  /** Someone of `role` enters `z`: an episode with everyone present. */
  enter(z: Zone, role: number, nowMin: number): void {
    this.integrate(z, nowMin);
    const c = z.counts;
    for (let roles = z.present; roles !== 0; roles &= roles - 1) {
      const r = 31 - Math.clz32(roles & -roles);
      this.episodes[r < role ? r * R + role : role * R + r] += c[r] * z.proximity;
    }
    c[role]++;
    z.present |= 1 << role;
    z.occupancy++;
  }

  /** Someone of `role` leaves `z`. */
  leave(z: Zone, role: number, nowMin: number): void {
    this.integrate(z, nowMin);
    if (--z.counts[role] === 0) z.present &= ~(1 << role);
    z.occupancy--;
  }

  /**
   * Contacts with people not simulated one by one (the public in the lift or the shop, the
   * family in a room): `episodes` with people of `other` role over `pairMinutes` in all
   * (unscaled by proximity), filed under `purpose` (default the zone's). Each episode is also
   * one airborne exposure of `airMinutes` (default its mean length, `pairMinutes / episodes`;
   * 0 when the pair's air is filed apart with `addAir`).
   */
  addCrowd(z: Zone, role: number, other: number, episodes: number, pairMinutes: number, purpose = z.purpose, airMinutes = episodes > 0 ? pairMinutes / episodes : 0): void {
    // Strangers among themselves are not ward contacts: keep them out of the matrix.
    if (role >= WARD_ROLES && other >= WARD_ROLES && role !== VISITOR && other !== VISITOR) return;
    this.episodes[role < other ? role * R + other : other * R + role] += episodes * z.proximity;
    const toOther = airMinutes > 0 ? episodes * this.airProbability(z, other, airMinutes) : 0;
    const toRole = airMinutes > 0 ? episodes * this.airProbability(z, role, airMinutes) : 0;
    this.accrue(z, role, other, pairMinutes, purpose, toOther, toRole);
  }

  /**
   * Airborne exposures of people of roles a and b who share a zone's air without a contact
   * (roommates across the room, a visitor and the other families): `airToB` is the sum over
   * the pairs' exposures of b's Wells–Riley probability should a be infectious
   * (`airProbability`), `airToA` the reverse. No episode or contact-minute.
   */
  addAir(z: Zone, a: number, b: number, airToB: number, airToA: number, purpose = z.purpose): void {
    this.transmit(a, b, 0, 0, airToB, airToA, purpose);
  }

  /** Statistics reset (end of warm-up): totals to zero, occupancy kept. */
  reset(nowMin: number): void {
    for (const z of this.zones) this.integrate(z, nowMin);
    this.episodes.fill(0);
    this.minutes.fill(0);
    this.infectionsTo.fill(0);
    this.infectionsBy.fill(0);
    this.toBy.fill(0);
    this.secondary = 0;
    this.closeContact = 0;
    this.airborne = 0;
  }

  /**
   * Second generation, once at the end: each companion or mother infection of the counted
   * window passes on to the family by the given factors, filed under the first infection's
   * activity. Call after every first-generation contact is in the book.
   */
  addHousehold(f: HouseholdFactors): void {
    for (let p = 0; p < PURPOSES; p++) {
      const comp = this.toBy[COMPANION * PURPOSES + p];
      const toMother = comp * f.companionToMother;
      const toNewborn = comp * f.companionToNewborn + (this.toBy[MOTHER * PURPOSES + p] + toMother) * f.motherToNewborn;
      this.infectionsTo[MOTHER] += toMother;
      this.infectionsTo[NEWBORN] += toNewborn;
      this.infectionsBy[p] += toMother + toNewborn;
      this.secondary += toMother + toNewborn;
    }
  }

  /** Brings all zones up to `nowMin` (end of run). */
  close(nowMin: number): void {
    for (const z of this.zones) this.integrate(z, nowMin);
  }

  /** Ward contact episodes (pairs with at least one ward person). */
  totalEpisodes(): number {
    return wardSum(this.episodes);
  }

  /** Ward contact-minutes (pairs with at least one ward person). */
  totalMinutes(): number {
    return wardSum(this.minutes);
  }

  /** Episodes and contact-minutes one person of `role` has in all (a pair of two such people counts for each). */
  ofRole(role: number): { episodes: number; minutes: number } {
    let episodes = 0;
    let minutes = 0;
    for (let r = 0; r < R; r++) {
      const i = r < role ? r * R + role : role * R + r;
      const k = r === role ? 2 : 1;
      episodes += k * this.episodes[i];
      minutes += k * this.minutes[i];
    }
    return { episodes, minutes };
  }

  /** Expected infections by receiving role and by activity. */
  infectionKpis(): InfectionKpis {
    const to = this.infectionsTo;
    const by = this.infectionsBy;
    return {
      expectedInfectionsMother: to[MOTHER],
      expectedInfectionsNewborn: to[NEWBORN],
      expectedInfectionsCompanion: to[COMPANION],
      expectedInfectionsNurse: to[NURSE],
      expectedInfectionsRestocker: to[RESTOCKER],
      expectedInfectionsSupply: by[PURPOSE_SUPPLY],
      expectedInfectionsVisits: by[PURPOSE_VISITS],
      expectedInfectionsCare: by[PURPOSE_CARE],
      expectedInfectionsRoommates: by[PURPOSE_ROOMMATES],
      expectedInfectionsSecondary: this.secondary,
      expectedInfectionsCloseContact: this.closeContact,
      expectedInfectionsAirborne: this.airborne,
    };
  }
}

/** Sum of an upper-triangle matrix over pairs whose lower index is a ward role. */
function wardSum(upper: Float64Array): number {
  let sum = 0;
  for (let a = 0; a < WARD_ROLES; a++) for (let b = a; b < R; b++) sum += upper[a * R + b];
  return sum;
}
