import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContactBook, MOTHER, NEWBORN, NURSE, PUBLIC, PURPOSE_CARE, PURPOSE_SUPPLY, PURPOSE_VISITS, ROLES, VISITOR, WARD_ROLES } from '../../../engine/ward/accounting/contacts.js';
import { loadPreset } from './presets.js';

const R = ROLES.length;
const contacts = loadPreset('city-mch').contacts;
const prev = contacts.prevalence;
const zoneParams = { transmissionPerMinute: 0.01, proximityShare: 0.5 };
const air = { volumeM3: 100, airChangesPerHour: 4 };
/** The close-contact route alone (no quanta): the traces below check it exactly. */
const closeOnly = { ...contacts, airborne: { ...contacts.airborne, quantaPerHour: 0 } };

describe('ContactBook', () => {
  it('ROLES keeps the six original roles in place and adds visitor last', () => {
    expect(ROLES).toEqual(['mother', 'newborn', 'companion', 'nurse', 'restocker', 'public', 'visitor']);
    expect(VISITOR).toBe(6);
  });

  it('enter()/leave() trace: a mother and a nurse together 10 min make one episode, 5 contact-minutes and directed infections', () => {
    const book = new ContactBook(closeOnly);
    const z = book.zone('counter', zoneParams, air);
    book.enter(z, MOTHER, 0);
    book.enter(z, NURSE, 0);
    book.leave(z, NURSE, 10);
    book.leave(z, MOTHER, 12);
    expect(book.episodes[MOTHER * R + NURSE]).toBeCloseTo(0.5, 12);
    expect(book.minutes[MOTHER * R + NURSE]).toBeCloseTo(5, 12);
    const toMother = 10 * 0.01 * 0.5 * prev.nurse * (1 - prev.mother);
    const toNurse = 10 * 0.01 * 0.5 * prev.mother * (1 - prev.nurse);
    expect(book.infectionsTo[MOTHER]).toBeCloseTo(toMother, 15);
    expect(book.infectionsTo[NURSE]).toBeCloseTo(toNurse, 15);
    expect(book.infections).toBeCloseTo(toMother + toNurse, 15);
    expect(book.infectionsBy[PURPOSE_SUPPLY]).toBeCloseTo(toMother + toNurse, 15);
  });

  it('Wells–Riley: a mother and a nurse sharing 100 m3 at 4 air changes for 10 min add P(other infectious) x (1 - exp(-q p t / Q)) each way, counted apart as airborne; shared air alone makes no contact', () => {
    const book = new ContactBook(contacts);
    const z = book.zone('counter', zoneParams, air);
    book.enter(z, MOTHER, 0);
    book.enter(z, NURSE, 0);
    book.leave(z, NURSE, 10);
    const { quantaPerHour: q, breathingM3PerHour: p } = contacts.airborne;
    const infected = 1 - Math.exp(-(q * p * (10 / 60)) / (100 * 4));
    const airToMother = infected * prev.nurse * (1 - prev.mother);
    const airToNurse = infected * prev.mother * (1 - prev.nurse);
    const closeToMother = 10 * 0.01 * 0.5 * prev.nurse * (1 - prev.mother);
    const closeToNurse = 10 * 0.01 * 0.5 * prev.mother * (1 - prev.nurse);
    expect(book.infectionsTo[MOTHER]).toBeCloseTo(closeToMother + airToMother, 15);
    const k = book.infectionKpis();
    expect(k.expectedInfectionsAirborne).toBeCloseTo(airToMother + airToNurse, 15);
    expect(k.expectedInfectionsCloseContact).toBeCloseTo(closeToMother + closeToNurse, 15);
    expect(book.minutes[MOTHER * R + NURSE]).toBeCloseTo(5, 12);
    // Shared air without a contact (a visitor and the family at the next bed): no episode, no minute.
    const apart = new ContactBook(contacts);
    const room = apart.zone('room', zoneParams, air);
    const pm = apart.airProbability(room, MOTHER, 10);
    expect(pm).toBeCloseTo(infected, 15);
    apart.addAir(room, NURSE, MOTHER, pm, pm);
    expect(apart.infectionKpis().expectedInfectionsAirborne).toBeCloseTo(airToMother + airToNurse, 15);
    expect(apart.totalEpisodes()).toBe(0);
    expect(apart.totalMinutes()).toBe(0);
    expect(apart.infections).toBeCloseTo(airToMother + airToNurse, 15);
  });

  it('airProbability(): a newborn breathes its own rate; a crowd episode is one exposure of its mean length', () => {
    const book = new ContactBook(contacts);
    const room = book.zone('room', zoneParams, air);
    const { quantaPerHour: q, newbornBreathingM3PerHour: pn } = contacts.airborne;
    expect(book.airProbability(room, NEWBORN, 60)).toBeCloseTo(1 - Math.exp(-(q * pn) / 400), 15);
    expect(book.airProbability(room, NEWBORN, 60)).toBeLessThan(book.airProbability(room, MOTHER, 60));
    // Two visits of 30 min: two exposures of 30 min each, not one of 60.
    const two = new ContactBook(contacts);
    two.addCrowd(two.zone('room', zoneParams, air), VISITOR, MOTHER, 2, 60);
    expect(two.infectionKpis().expectedInfectionsAirborne).toBeCloseTo(2 * two.airProbability(room, MOTHER, 30) * prev.visitor * (1 - prev.mother), 15);
  });

  it('addCrowd() keeps strangers among themselves out; visitor-public pairs stay in the matrix but not in the ward totals, and nobody off the ward catches anything', () => {
    const book = new ContactBook(contacts);
    const lift = book.zone('lift', zoneParams, air);
    book.addCrowd(lift, PUBLIC, PUBLIC, 3, 30);
    expect(book.episodes[PUBLIC * R + PUBLIC]).toBe(0);
    book.addCrowd(lift, VISITOR, PUBLIC, 3, 30, PURPOSE_VISITS);
    expect(book.episodes[PUBLIC * R + VISITOR]).toBeCloseTo(1.5, 12);
    expect(book.totalEpisodes()).toBe(0);
    expect(book.totalMinutes()).toBe(0);
    expect(book.infections).toBe(0);
  });

  it('a visitor at the bedside infects mother and newborn, filed under visits; a nurse entry under care', () => {
    const book = new ContactBook(closeOnly);
    const room = book.zone('room', { transmissionPerMinute: 0.003, proximityShare: 1 }, air, PURPOSE_VISITS);
    book.addCrowd(room, VISITOR, MOTHER, 1, 30);
    book.addCrowd(room, VISITOR, NEWBORN, 1, 30);
    book.addCrowd(room, NURSE, MOTHER, 1, 5, PURPOSE_CARE);
    expect(book.infectionsTo[NEWBORN]).toBeCloseTo(30 * 0.003 * prev.visitor * (1 - prev.newborn), 15);
    expect(book.infectionsTo[VISITOR]).toBe(0);
    expect(book.infectionsBy[PURPOSE_VISITS]).toBeCloseTo(30 * 0.003 * prev.visitor * ((1 - prev.mother) + (1 - prev.newborn)), 15);
    expect(book.infectionsBy[PURPOSE_CARE]).toBeCloseTo(5 * 0.003 * (prev.nurse * (1 - prev.mother) + prev.mother * (1 - prev.nurse)), 15);
    expect(book.totalEpisodes()).toBeCloseTo(3, 12);
  });

  it('any enter/leave sequence: infections by role and by activity add up to the total; off-ward roles never receive; totals leave out off-ward pairs only', () => {
    const step = fc.record({ role: fc.integer({ min: 0, max: R - 1 }), leave: fc.boolean(), dt: fc.double({ min: 0, max: 30, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const book = new ContactBook(contacts);
        const z = book.zone('corridor', zoneParams, air);
        let now = 0;
        for (const s of steps) {
          now += s.dt;
          if (s.leave && z.counts[s.role] > 0) book.leave(z, s.role, now);
          else book.enter(z, s.role, now);
        }
        book.close(now + 5);
        const byRole = book.infectionsTo.reduce((a, b) => a + b, 0);
        const byPurpose = book.infectionsBy.reduce((a, b) => a + b, 0);
        expect(byRole).toBeCloseTo(book.infections, 12);
        expect(byPurpose).toBeCloseTo(book.infections, 12);
        for (let r = WARD_ROLES; r < R; r++) expect(book.infectionsTo[r]).toBe(0);
        let offWard = 0;
        for (let a = WARD_ROLES; a < R; a++) for (let b = a; b < R; b++) offWard += book.episodes[a * R + b];
        const all = book.episodes.reduce((x, y) => x + y, 0);
        expect(book.totalEpisodes()).toBeCloseTo(all - offWard, 9);
      }),
      { numRuns: 200 },
    );
  });
});
