/**
 * Contacts: people in the same zone at the same time (a cabinet alcove with its queue, the
 * nurse-station counter, the corridor, the lift, the shop) are in contact for the overlap.
 * Each zone keeps how many people of each role are in it; between changes, every pair present
 * accrues contact-minutes, scaled by the zone's proximity share (the share of co-present pairs
 * actually within ~1.5 m). Someone entering a zone starts one contact episode with each person
 * already there (also scaled, so corridor episodes are expected counts, not integers).
 * Expected infections: each pair-minute transmits with the zone's per-minute probability when
 * exactly one of the two is infectious (prevalence by role), summed over pairs (a low-incidence
 * approximation: no depletion of susceptibles, no secondary cases).
 */
import type { Scenario } from '../../scenarios/index.js';

/** Roles, in matrix order. */
export const ROLES = ['mother', 'newborn', 'companion', 'nurse', 'restocker', 'public'] as const;
/** A role name. */
export type Role = (typeof ROLES)[number];
export const MOTHER = 0;
export const NEWBORN = 1;
export const COMPANION = 2;
export const NURSE = 3;
export const RESTOCKER = 4;
export const PUBLIC = 5;
const R = ROLES.length;

/** One contact zone. */
export interface Zone {
  readonly name: string;
  readonly counts: Int32Array;
  occupancy: number;
  lastMin: number;
  readonly proximity: number;
  /** Expected transmissions per pair-minute, `[a * 6 + b]`, proximity included. */
  readonly risk: Float64Array;
}

/** Contact totals, accumulated over all zones. */
export class ContactBook {
  /** Contact episodes by role pair, upper triangle `[min * 6 + max]`. */
  readonly episodes = new Float64Array(R * R);
  /** Contact-minutes by role pair, upper triangle. */
  readonly minutes = new Float64Array(R * R);
  /** Expected infections. */
  infections = 0;
  private readonly zones: Zone[] = [];
  private readonly prevalence: number[];

  constructor(private readonly contacts: Scenario['contacts']) {
    const p = contacts.prevalence;
    this.prevalence = [p.mother, p.newborn, p.companion, p.nurse, p.restocker, p.public];
  }

  /** Creates a zone with the transmission and proximity of a scenario zone section. */
  zone(name: string, params: { transmissionPerMinute: number; proximityShare: number }): Zone {
    const risk = new Float64Array(R * R);
    for (let a = 0; a < R; a++) {
      for (let b = 0; b < R; b++) {
        const pa = this.prevalence[a];
        const pb = this.prevalence[b];
        risk[a * R + b] = params.transmissionPerMinute * params.proximityShare * (pa * (1 - pb) + pb * (1 - pa));
      }
    }
    const z: Zone = { name, counts: new Int32Array(R), occupancy: 0, lastMin: 0, proximity: params.proximityShare, risk };
    this.zones.push(z);
    return z;
  }

  /** Accrues contact-minutes in `z` up to `nowMin`. */
  integrate(z: Zone, nowMin: number): void {
    const dt = nowMin - z.lastMin;
    z.lastMin = nowMin;
    if (dt <= 0 || z.occupancy < 2) return;
    const c = z.counts;
    const scale = dt * z.proximity;
    for (let a = 0; a < R; a++) {
      const na = c[a];
      if (na === 0) continue;
      const same = (na * (na - 1)) / 2;
      if (same > 0) {
        this.minutes[a * R + a] += same * scale;
        this.infections += same * dt * z.risk[a * R + a];
      }
      for (let b = a + 1; b < R; b++) {
        const pairs = na * c[b];
        if (pairs === 0) continue;
        this.minutes[a * R + b] += pairs * scale;
        this.infections += pairs * dt * z.risk[a * R + b];
      }
    }
  }

  /** Someone of `role` enters `z`: an episode with everyone present. */
  enter(z: Zone, role: number, nowMin: number): void {
    this.integrate(z, nowMin);
    const c = z.counts;
    for (let r = 0; r < R; r++) {
      if (c[r] > 0) this.episodes[r < role ? r * R + role : role * R + r] += c[r] * z.proximity;
    }
    c[role]++;
    z.occupancy++;
  }

  /** Someone of `role` leaves `z`. */
  leave(z: Zone, role: number, nowMin: number): void {
    this.integrate(z, nowMin);
    z.counts[role]--;
    z.occupancy--;
  }

  /**
   * Contacts with people not simulated one by one (the public in the lift or the shop):
   * `people` expected co-present others of `other` role for `minutes`, plus `episodes`.
   */
  addCrowd(z: Zone, role: number, other: number, episodes: number, pairMinutes: number): void {
    const i = role < other ? role * R + other : other * R + role;
    this.episodes[i] += episodes * z.proximity;
    this.minutes[i] += pairMinutes * z.proximity;
    this.infections += pairMinutes * z.risk[role * R + other];
  }

  /** Statistics reset (end of warm-up): totals to zero, occupancy kept. */
  reset(nowMin: number): void {
    for (const z of this.zones) this.integrate(z, nowMin);
    this.episodes.fill(0);
    this.minutes.fill(0);
    this.infections = 0;
  }

  /** Brings all zones up to `nowMin` (end of run). */
  close(nowMin: number): void {
    for (const z of this.zones) this.integrate(z, nowMin);
  }

  /** Total episodes. */
  totalEpisodes(): number {
    return this.episodes.reduce((a, b) => a + b, 0);
  }

  /** Total contact-minutes. */
  totalMinutes(): number {
    return this.minutes.reduce((a, b) => a + b, 0);
  }
}
