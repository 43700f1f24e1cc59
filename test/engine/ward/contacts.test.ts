import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContactBook, MOTHER, NEWBORN, NURSE, PUBLIC, PURPOSE_CARE, PURPOSE_SUPPLY, PURPOSE_VISITS, ROLES, VISITOR, WARD_ROLES } from '../../../engine/ward/accounting/contacts.js';
import { loadPreset } from './presets.js';

const R = ROLES.length;
const contacts = loadPreset('city-mch').contacts;
const prev = contacts.prevalence;
const zoneParams = { transmissionPerMinute: 0.01, proximityShare: 0.5 };

describe('ContactBook', () => {
  it('ROLES keeps the six original roles in place and adds visitor last', () => {
    expect(ROLES).toEqual(['mother', 'newborn', 'companion', 'nurse', 'restocker', 'public', 'visitor']);
    expect(VISITOR).toBe(6);
  });

  it('enter()/leave() trace: a mother and a nurse together 10 min make one episode, 5 contact-minutes and directed infections', () => {
    const book = new ContactBook(contacts);
    const z = book.zone('counter', zoneParams);
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

  it('addCrowd() keeps strangers among themselves out; visitor-public pairs stay in the matrix but not in the ward totals, and nobody off the ward catches anything', () => {
    const book = new ContactBook(contacts);
    const lift = book.zone('lift', zoneParams);
    book.addCrowd(lift, PUBLIC, PUBLIC, 3, 30);
    expect(book.episodes[PUBLIC * R + PUBLIC]).toBe(0);
    book.addCrowd(lift, VISITOR, PUBLIC, 3, 30, PURPOSE_VISITS);
    expect(book.episodes[PUBLIC * R + VISITOR]).toBeCloseTo(1.5, 12);
    expect(book.totalEpisodes()).toBe(0);
    expect(book.totalMinutes()).toBe(0);
    expect(book.infections).toBe(0);
  });

  it('a visitor at the bedside infects mother and newborn, filed under visits; a nurse entry under care', () => {
    const book = new ContactBook(contacts);
    const room = book.zone('room', { transmissionPerMinute: 0.003, proximityShare: 1 }, PURPOSE_VISITS);
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
        const z = book.zone('corridor', zoneParams);
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
