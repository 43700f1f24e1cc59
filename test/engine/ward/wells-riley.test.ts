import { describe, expect, it } from 'vitest';
import { infectedByDose, quantaPerMinute, wellsRiley } from '../../../engine/ward/accounting/wells-riley.js';
import { simulateWard } from '../../../engine/ward/index.js';
import { shortPreset } from './presets.js';

const room = { volumeM3: 90, airChangesPerHour: 4 };

describe('wellsRiley()', () => {
  it('matches hand-computed values: P = 1 - exp(-I q p t / Q)', () => {
    // 1 infector, 15 quanta/h, 0.48 m3/h, 1 h, Q = 90 x 4 = 360 m3/h: dose 0.02 quanta.
    expect(wellsRiley(1, 15, 0.48, 1, room)).toBeCloseTo(0.019801326693244695, 15);
    // 2 infectors for a day: dose 0.96 quanta, P = 1 - exp(-0.96).
    expect(wellsRiley(2, 15, 0.48, 24, room)).toBeCloseTo(0.6171071140248879, 15);
    expect(wellsRiley(0, 15, 0.48, 24, room)).toBe(0);
    expect(infectedByDose(quantaPerMinute(15, 0.48, room), 60)).toBeCloseTo(wellsRiley(1, 15, 0.48, 1, room), 15);
  });

  it('doubling Q (volume x air changes) halves the risk at low doses', () => {
    const low = wellsRiley(1, 15, 0.48, 0.05, room);
    expect(wellsRiley(1, 15, 0.48, 0.05, { volumeM3: 90, airChangesPerHour: 8 }) / low).toBeCloseTo(0.5, 3);
    expect(wellsRiley(1, 15, 0.48, 0.05, { volumeM3: 180, airChangesPerHour: 4 }) / low).toBeCloseTo(0.5, 3);
  });

  it('saturates below 1: a week beside an infectious roommate is far less than seven days of risk', () => {
    const day = wellsRiley(1, 15, 0.48, 24, room);
    const week = wellsRiley(1, 15, 0.48, 24 * 7, room);
    expect(day).toBeCloseTo(1 - Math.exp(-0.48), 12);
    expect(week).toBeLessThan(1);
    expect(week).toBeGreaterThan(0.96);
    expect(week).toBeLessThan(7 * day / 2);
    for (const hours of [1, 10, 100, 1000]) expect(wellsRiley(1, 15, 0.48, hours, room)).toBeLessThan((15 * 0.48 * hours) / 360);
  });
});

describe('the airborne route on the ward', () => {
  const base = shortPreset('city-mch', 30);
  const run = (s: typeof base) => simulateWard(s, { seed: 3, replication: 0 }).kpis;
  const city = run(base);

  it('adds to the total: close contact + airborne + second generation = expected infections', () => {
    expect(city.expectedInfectionsAirborne).toBeGreaterThan(0);
    expect(city.expectedInfectionsCloseContact + city.expectedInfectionsAirborne + city.expectedInfectionsSecondary).toBeCloseTo(city.expectedInfections, 9);
  });

  it('no infectious people, no airborne risk (and no risk at all)', () => {
    const prevalence = { mother: 0, newborn: 0, companion: 0, nurse: 0, restocker: 0, public: 0, visitor: 0 };
    const k = run({ ...base, contacts: { ...base.contacts, prevalence } });
    expect(k.expectedInfectionsAirborne).toBe(0);
    expect(k.expectedInfections).toBe(0);
    expect(k.contacts).toBe(city.contacts);
  });

  it('no quanta, no airborne route: contacts unchanged and the close-contact part as before', () => {
    const k = run({ ...base, contacts: { ...base.contacts, airborne: { ...base.contacts.airborne, quantaPerHour: 0 } } });
    expect(k.expectedInfectionsAirborne).toBe(0);
    expect(k.contacts).toBe(city.contacts);
    expect(k.expectedInfectionsCloseContact).toBeCloseTo(city.expectedInfectionsCloseContact, 12);
  });

  it('twice the air changes in the rooms cuts the roommates\' airborne risk by less than half: their exposures last days and saturate', () => {
    const noHousehold = { ...base.contacts, household: { ...base.contacts.household, secondaryAttackRate: 0 } };
    const air = base.contacts.airborne;
    const at = (airborne: typeof air) => run({ ...base, contacts: { ...noHousehold, airborne } }).expectedInfectionsRoommates;
    const close = at({ ...air, quantaPerHour: 0 });
    const roomAir = at(air) - close;
    const ventedAir = at({ ...air, room: { ...air.room, airChangesPerHour: 2 * air.room.airChangesPerHour } }) - close;
    expect(roomAir).toBeGreaterThan(0);
    // Linear in the dose (risk = dose) this ratio would be exactly 0.5.
    expect(ventedAir / roomAir).toBeGreaterThan(0.55);
    expect(ventedAir / roomAir).toBeLessThan(1);
  });
});

describe('shared room air', () => {
  const base = shortPreset('county-mch', 30);
  const run = (bedsPerRoom: number, quantaPerHour: number) => simulateWard({
    ...base,
    layout: { ...base.layout, bedsPerRoom },
    contacts: { ...base.contacts, household: { ...base.contacts.household, secondaryAttackRate: 0 }, airborne: { ...base.contacts.airborne, quantaPerHour } },
  }, { seed: 5, replication: 0 }).kpis;

  it('single rooms (doubled up only when the census overflows): far fewer roommate infections', () => {
    expect(run(1, 15).expectedInfectionsRoommates).toBeLessThan(0.2 * run(3, 15).expectedInfectionsRoommates);
  });

  it('a visitor breathes the air of the other beds\' families too: airborne visit infections grow with beds per room', () => {
    const visitAir = (beds: number) => run(beds, 15).expectedInfectionsVisits - run(beds, 0).expectedInfectionsVisits;
    const single = visitAir(1);
    expect(single).toBeGreaterThan(0);
    expect(visitAir(3)).toBeGreaterThan(1.5 * single);
  });
});
