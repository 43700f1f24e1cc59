import { describe, expect, it } from 'vitest';
import { ROLES, simulateWard } from '../../../engine/ward/index.js';
import type { WardReplication } from '../../../engine/ward/index.js';
import { shortPreset } from './presets.js';

const run = (name: string, days = 14): WardReplication => simulateWard(shortPreset(name, days, 3), { seed: 5, replication: 0 });
const city = run('city-mch');
const baseline = run('city-mch-baseline');
const outbreakBaseline = run('city-mch-baseline-outbreak');
const idx = (role: string): number => ROLES.indexOf(role as (typeof ROLES)[number]);
const pair = (r: WardReplication, a: string, b: string): number => r.contactsByRolePair.contacts[idx(a)][idx(b)];

describe('simulateWard() contacts and expected infections', () => {
  it.each([['city-mch', city], ['city-mch-baseline', baseline]] as const)('%s: no public-public contacts; the contacts KPI is the matrix over pairs with a ward person', (_, r) => {
    expect(pair(r, 'public', 'public')).toBe(0);
    expect(pair(r, 'visitor', 'public')).toBeGreaterThan(0);
    const m = r.contactsByRolePair.contacts;
    let ward = 0;
    for (let a = 0; a < ROLES.length; a++) for (let b = a; b < ROLES.length; b++) if (a < 5) ward += m[a][b];
    expect(r.kpis.contacts).toBeCloseTo(ward, 6);
  });

  it('visitors meet mother, newborn and companion in the room; newborns are contacts of visitors and nurses only', () => {
    for (const role of ['mother', 'newborn', 'companion']) expect(pair(city, role, 'visitor')).toBeGreaterThan(0);
    expect(pair(city, 'newborn', 'nurse')).toBeGreaterThan(0);
    // Mother and visitor meet once per visit (visits = room episodes): about visitorsPerMotherPerDay per patient-day.
    const perPatientDay = pair(city, 'mother', 'visitor') / city.kpis.patientDays;
    expect(perPatientDay).toBeGreaterThan(0.8);
    expect(perPatientDay).toBeLessThan(1.2);
  });

  it.each([['city-mch', city], ['city-mch-baseline', baseline], ['city-mch-baseline-outbreak', outbreakBaseline]] as const)('%s: expected infections add up by receiving role and by activity; visitors and the public receive none', (_, r) => {
    const k = r.kpis;
    const byRole = k.expectedInfectionsMother + k.expectedInfectionsNewborn + k.expectedInfectionsCompanion + k.expectedInfectionsNurse + k.expectedInfectionsRestocker;
    expect(byRole).toBeCloseTo(k.expectedInfections, 9);
    expect(k.expectedInfectionsSupply + k.expectedInfectionsVisits + k.expectedInfectionsCare + k.expectedInfectionsRoommates).toBeCloseTo(k.expectedInfections, 9);
    expect(r.expectedInfectionsByRole.visitor).toBe(0);
    expect(r.expectedInfectionsByRole.public).toBe(0);
    expect(r.expectedInfectionsByRole.newborn).toBe(k.expectedInfectionsNewborn);
  });

  it('cabinets cut supply infections and leave visit and care infections alone (same visitors and nurse entries)', () => {
    // Over seeds 1-10 the ratio is 0.16-0.22 (what remains: nurse-only items and hand-overs in the
    // corridor); 0.3 keeps the claim (a cut of more than two thirds) without hanging on one seed.
    expect(city.kpis.expectedInfectionsSupply).toBeLessThan(0.3 * baseline.kpis.expectedInfectionsSupply);
    expect(city.kpis.expectedInfectionsCare).toBeCloseTo(baseline.kpis.expectedInfectionsCare, 9);
    expect(Math.abs(city.kpis.expectedInfectionsVisits - baseline.kpis.expectedInfectionsVisits)).toBeLessThan(0.01 * baseline.kpis.expectedInfectionsVisits);
  });

  it('nurse care entries add nurseEntriesPerPatientDay x staffCloseShare x patient-days close entries of nurseEntryMinutes with each mother, and nothing else', () => {
    const base = shortPreset('city-mch', 14, 3);
    const withRate = (rate: number): WardReplication => simulateWard({ ...base, contacts: { ...base.contacts, room: { ...base.contacts.room, nurseEntriesPerPatientDay: rate } } }, { seed: 5, replication: 0 });
    const none = withRate(0);
    const three = withRate(3);
    const room = base.contacts.room;
    const nm = (r: WardReplication): number => r.contactsByRolePair.contactMinutes[idx('mother')][idx('nurse')];
    // Patient-days are mother-days in the counted horizon, the span care entries accrue over.
    const entries = 3 * three.kpis.patientDays;
    expect(pair(three, 'mother', 'nurse') - pair(none, 'mother', 'nurse')).toBeCloseTo(entries * room.staffCloseShare * room.proximityShare, 6);
    expect(nm(three) - nm(none)).toBeCloseTo(entries * room.staffCloseShare * room.nurseEntryMinutes * room.proximityShare, 6);
    expect(three.kpis.expectedInfectionsCare).toBeGreaterThan(none.kpis.expectedInfectionsCare);
    expect(three.kpis.expectedInfectionsCare).toBeGreaterThan(0);
    // Care entries draw nothing and schedule nothing: every other figure is unchanged.
    expect(three.kpis.expectedInfectionsVisits).toBe(none.kpis.expectedInfectionsVisits);
    expect(three.kpis.trips).toBe(none.kpis.trips);
    expect(three.eventsProcessed).toBe(none.eventsProcessed);
  });

  it('outbreak rules: no visit infections, no visitor contacts', () => {
    expect(outbreakBaseline.kpis.expectedInfectionsVisits).toBe(0);
    expect(pair(outbreakBaseline, 'mother', 'visitor')).toBe(0);
    expect(outbreakBaseline.kpis.boundaryCrossings).toBeGreaterThan(0);
  });
});

describe('simulateWard() ward units', () => {
  it('provincial baseline: six unit counters instead of one cut counter contacts between families by more than half', () => {
    const p = shortPreset('provincial-mch-baseline', 7, 2);
    // Roommates' companions meet in their room whatever the units: leave them out here.
    const s = { ...p, contacts: { ...p.contacts, room: { ...p.contacts.room, roommateEpisodesPerPairDay: 0 } } };
    const six = simulateWard(s, { seed: 3, replication: 0 });
    const one = simulateWard({ ...s, layout: { ...s.layout, units: 1 } }, { seed: 3, replication: 0 });
    // Companions meet each other at the counter and in the corridor; splitting the queue divides the pairs.
    expect(pair(six, 'companion', 'companion')).toBeLessThan(0.5 * pair(one, 'companion', 'companion'));
    expect(six.kpis.deliveries).toBe(one.kpis.deliveries);
  });
});
