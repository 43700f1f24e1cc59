import { describe, expect, it } from 'vitest';
import { simulateWard } from '../../../engine/ward/index.js';
import { openTimeAfter } from '../../../engine/ward/population/visits.js';
import { buildBirthRates, KIND_SCHEDULED_CS } from '../../../engine/ward/population/birth-rates.js';
import { CONTACT_BANDS } from '../../../scenarios/schema/contacts.js';
import { loadPreset, shortPreset } from './presets.js';

// Published bands (centre = the source, width ±30 % = assumption A), as in the schema:
// contacts per patient-day 16-30 (Jiang et al. 2017: 23; Isella et al. 2011: ~20);
// contact-minutes per patient-day 220-410 (Jiang et al. 2017: 314);
// room entries per patient-hour 3.85-7.15 (Cohen et al. 2012: median 5.5).
const BANDS = [
  ['contactsPerPatientDay', 16, 30],
  ['contactMinutesPerPatientDay', 220, 410],
  ['roomEntriesPerPatientHour', 3.85, 7.15],
] as const;

describe('contact levels on the presets fall in the published bands', () => {
  it('the schema states the same bands with their sources', () => {
    for (const [key, low, high] of BANDS) {
      expect(CONTACT_BANDS[key].low).toBe(low);
      expect(CONTACT_BANDS[key].high).toBe(high);
      expect(CONTACT_BANDS[key].source).toMatch(/et al\. 20(11|12|17)/);
    }
  });

  it.each(['county-mch', 'city-mch', 'city-mch-baseline', 'provincial-mch'])('%s (30 days)', (name) => {
    const k = simulateWard(shortPreset(name, 30), { seed: 3, replication: 0 }).kpis;
    for (const [key, low, high] of BANDS) {
      expect(k[key], key).toBeGreaterThanOrEqual(low);
      expect(k[key], key).toBeLessThanOrEqual(high);
    }
  });
});

describe('second-generation transmission within the stay', () => {
  const city = simulateWard(shortPreset('city-mch', 30), { seed: 3, replication: 0 }).kpis;
  const baseline = simulateWard(shortPreset('city-mch-baseline', 30), { seed: 3, replication: 0 }).kpis;

  it('companions infected on supply trips pass it on: newborn infections differ between arms', () => {
    expect(city.expectedInfectionsSecondary).toBeGreaterThan(0);
    expect(baseline.expectedInfectionsSupply).toBeGreaterThan(city.expectedInfectionsSupply);
    expect(baseline.expectedInfectionsNewborn).toBeGreaterThan(city.expectedInfectionsNewborn);
  });

  it('no household transmission when the attack rate is 0 or the latent period outlasts every stay', () => {
    const base = shortPreset('city-mch', 30);
    const off = (h: Partial<typeof base.contacts.household>) => simulateWard({ ...base, contacts: { ...base.contacts, household: { ...base.contacts.household, ...h } } }, { seed: 3, replication: 0 }).kpis;
    expect(off({ secondaryAttackRate: 0 }).expectedInfectionsSecondary).toBe(0);
    expect(off({ latentDays: 30 }).expectedInfectionsSecondary).toBe(0);
    expect(off({ secondaryAttackRate: 0 }).expectedInfections).toBeCloseTo(city.expectedInfections - city.expectedInfectionsSecondary, 9);
  });
});

describe('visiting hours', () => {
  it('open time is counted only inside the daily window (15:00-20:00 and one wrapping past midnight)', () => {
    const D = 1440;
    expect(openTimeAfter(0, 10, 900, 300)).toBe(910); // 00:00 + 10 open minutes = 15:10
    expect(openTimeAfter(1000, 250, 900, 300)).toBe(D + 900 + 50); // 100 left today, 150 tomorrow
    expect(openTimeAfter(1000, 50, 900, 300)).toBe(1050);
    expect(openTimeAfter(100, 5, 1320, 240)).toBe(105); // 22:00-02:00 window, 01:40 is open
    expect(openTimeAfter(200, 5, 1320, 240)).toBe(1325);
    expect(openTimeAfter(7, 3, 900, D)).toBe(10);
    for (let t = 0; t < 3 * D; t += 37) {
      const at = openTimeAfter(t, (t * 7) % 500, 900, 300) % D;
      expect(at >= 900 && at <= 1200).toBe(true);
    }
  });


  it('visitors arrive only inside the window; the daily rate is kept', () => {
    const base = loadPreset('city-mch');
    const s = { ...base, run: { ...base.run, horizonDays: 14, warmupDays: 3 }, people: { ...base.people, visitingStartHour: 15, visitingHours: 5 } };
    const r = simulateWard(s, { seed: 3, replication: 0 });
    const allDay = simulateWard({ ...s, people: { ...s.people, visitingHours: 24 } }, { seed: 3, replication: 0 });
    const visitorPairs = (x: typeof r): number => x.contactsByRolePair.contacts[0][6];
    expect(visitorPairs(r) / visitorPairs(allDay)).toBeGreaterThan(0.85);
    expect(visitorPairs(r) / visitorPairs(allDay)).toBeLessThan(1.15);
  });
});

describe('expiry a study can exercise', () => {
  it('lots with little shelf life left expire within a run; fresh lots do not', () => {
    const base = shortPreset('county-mch', 30, 3);
    const withShare = (share: number) => simulateWard({ ...base, restock: { ...base.restock, remainingShelfLifeShare: share } }, { seed: 3, replication: 0 }).kpis;
    expect(withShare(1).expiredUnits).toBe(0);
    expect(withShare(0.01).expiredUnits).toBeGreaterThan(0);
  });
});

describe('public holidays', () => {
  it('scheduled caesareans avoid a holiday window and move to other days; the volume is kept', () => {
    const base = loadPreset('city-mch');
    const s = { ...base, births: { ...base.births, holidays: [{ startDay: 14, days: 7 }], holidayScheduledCsFactor: 0 } };
    const plain = buildBirthRates(base, 56);
    const hol = buildBirthRates(s, 56);
    const day = (r: typeof plain, d: number, k: number): number => {
      let x = 0;
      for (let h = 0; h < 24; h++) x += r.kindPerMin[(d * 24 + h) * 3 + k];
      return x;
    };
    const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
    for (let d = 14; d < 21; d++) expect(day(hol, d, KIND_SCHEDULED_CS)).toBe(0);
    expect(day(plain, 14, KIND_SCHEDULED_CS)).toBeGreaterThan(0);
    expect(day(hol, 7, KIND_SCHEDULED_CS)).toBeGreaterThan(day(plain, 7, KIND_SCHEDULED_CS));
    expect(day(hol, 14, 0)).toBe(day(plain, 14, 0));
    expect(sum(hol.totalPerMin)).toBeCloseTo(sum(plain.totalPerMin), 9);
  });
});
