import { describe, expect, it } from 'vitest';
import { simulateWard } from '../../../engine/ward/index.js';
import { expectedDemandPerDay, weekendDip } from '../../../engine/ward/index.js';
import { BirthsSchema } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { fillDefaults } from '../../../scenarios/defaults.js';
import { loadPreset, shortPreset } from './presets.js';

// One county year, reused by the "reproduces its inputs" checks (about half a second).
const countyYear = shortPreset('county-mch', 365, 14);
const year = simulateWard(countyYear, { seed: 11, replication: 0, series: true });

describe('simulateWard() reproduces its inputs (county-mch, one year)', () => {
  it('deliveries per year are within 4 sd of the Poisson volume', () => {
    const v = countyYear.births.annualDeliveries;
    expect(Math.abs(year.kpis.deliveries - v)).toBeLessThan(4 * Math.sqrt(v));
  });

  it('caesarean share matches the scenario within 4 binomial sd', () => {
    const n = year.kpis.deliveries;
    const p = countyYear.births.caesareanShare;
    expect(Math.abs(year.kpis.caesareans / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });

  it('mean stays by mode match the lognormal means within 4 standard errors', () => {
    const st = countyYear.stays;
    const nC = year.kpis.caesareans;
    const nV = year.kpis.deliveries - nC;
    expect(Math.abs(year.kpis.meanStayVaginalDays - st.vaginalMeanDays)).toBeLessThan((4 * st.vaginalSdDays) / Math.sqrt(nV));
    expect(Math.abs(year.kpis.meanStayCaesareanDays - st.caesareanMeanDays)).toBeLessThan((4 * st.caesareanSdDays) / Math.sqrt(nC));
  });

  it('hour-of-day shape: spontaneous night peak and weekday-morning caesarean lists, against theory', () => {
    const heat = year.series!.birthsHeatmap;
    const sum = (days: number[], hours: number[]): number => days.reduce((a, d) => a + hours.reduce((b, h) => b + heat[d][h], 0), 0);
    const weekdays = [0, 1, 2, 3, 4];
    const weekend = [5, 6];
    const morning = [9, 10, 11];
    // Expected births per day in `hours` on `days`, from the kinds' shares and shapes.
    const b = countyYear.births;
    const sched = b.caesareanShare * b.scheduledCaesareanShare;
    const kinds: [number, { hourOfDay: number[]; dayOfWeek: number[] }][] = [
      [(1 - sched) * (1 - b.inducedLabourShare), b.spontaneous],
      [(1 - sched) * b.inducedLabourShare, b.induced],
      [sched, b.scheduledCaesarean],
    ];
    const mean = (w: number[]): number => w.reduce((x, y) => x + y, 0) / w.length;
    const rate = (days: number[], hours: number[]): number =>
      kinds.reduce((a, [share, k]) => a + (share * mean(days.map((d) => k.dayOfWeek[d])) * hours.reduce((x, h) => x + k.hourOfDay[h], 0)) / (mean(k.dayOfWeek) * mean(k.hourOfDay) * 24), 0);
    // Ratio of two Poisson counts per day, observed against theory within 4 delta-method sd.
    const againstTheory = (daysA: number[], daysB: number[], hours: number[]): number => {
      const nA = sum(daysA, hours);
      const nB = sum(daysB, hours);
      const observed = nA / daysA.length / (nB / daysB.length);
      const theory = rate(daysA, hours) / rate(daysB, hours);
      expect(Math.abs(observed - theory)).toBeLessThan(4 * observed * Math.sqrt(1 / nA + 1 / nB));
      return theory;
    };
    // Weekday 09-12 carries the caesarean lists: per day clearly above the weekend.
    expect(againstTheory(weekdays, weekend, morning)).toBeGreaterThan(1.4);
    // Weekends: 02-05 (spontaneous peak) above 14-17 (trough).
    expect(sum(weekend, [2, 3, 4, 5])).toBeGreaterThan(sum(weekend, [14, 15, 16, 17]) * 0.95);
    // Weekend dip of all births against theory.
    const all = [...Array(24).keys()];
    const dip = againstTheory(weekend, weekdays, all) - 1;
    expect(dip).toBeCloseTo(weekendDip(b), 12);
  });

  it('the default birth shapes: a half scheduled list on Saturday, none on Sunday, a weekend dip of -15 % inside the published -10 to -18 % (scenarios/schema/births.ts), induced births peaking around midnight', () => {
    const defaults = fillDefaults(BirthsSchema, { spontaneous: {}, induced: {}, scheduledCaesarean: {}, peak: {} }) as Scenario['births'];
    expect(defaults.scheduledCaesarean.dayOfWeek.slice(5)).toEqual([0.5, 0]);
    // shares 0.642 / 0.214 / 0.144 (spontaneous / induced / scheduled); each week normalised to mean 1:
    // weekday levels 1 / 1.03 / 7/5.5, weekend 1 / 0.925 / (0.5 x 7/5.5) / 2
    const cs = 7 / 5.5;
    const expected = (0.642 + 0.214 * 0.925 + 0.144 * (0.5 * cs) / 2) / (0.642 + 0.214 * 1.03 + 0.144 * cs) - 1;
    expect(weekendDip(defaults)).toBeCloseTo(expected, 2);
    expect(weekendDip(defaults)).toBeGreaterThanOrEqual(-0.18);
    expect(weekendDip(defaults)).toBeLessThanOrEqual(-0.1);
    for (const name of ['county-mch', 'city-mch', 'provincial-mch']) expect(weekendDip(loadPreset(name).births)).toBeCloseTo(weekendDip(defaults), 12);
    // without weekend lists the dip was -21 %, outside the band
    expect(weekendDip({ ...defaults, scheduledCaesarean: { ...defaults.scheduledCaesarean, dayOfWeek: [1, 1, 1, 1, 1, 0, 0] } })).toBeCloseTo(-0.211, 3);
    // the old defaults (scheduled share 0.5, inductions at 0.65 on weekends, no weekend lists) were at -34 %
    const old = { ...defaults, scheduledCaesareanShare: 0.5, induced: { ...defaults.induced, dayOfWeek: [1.15, 1.15, 1.15, 1.15, 1.1, 0.65, 0.65] }, scheduledCaesarean: { ...defaults.scheduledCaesarean, dayOfWeek: [1, 1, 1, 1, 1, 0, 0] } };
    expect(weekendDip({ ...old, spontaneous: { ...old.spontaneous, dayOfWeek: [1.01, 1.01, 1.01, 1.01, 1.01, 0.98, 0.97] } })).toBeCloseTo(-0.338, 3);
    // Martin et al. 2018: births after induction peak around midnight, not in the afternoon
    for (const b of [defaults, ...['county-mch', 'city-mch', 'provincial-mch'].map((n) => loadPreset(n).births)]) {
      const h = b.induced.hourOfDay;
      const peak = h.indexOf(Math.max(...h));
      expect([22, 23, 0, 1]).toContain(peak);
      expect(h[peak]).toBeGreaterThan(1.5 * Math.min(...h));
    }
  });

  it('units used per bed-day match the catalog curves within 10 %', () => {
    const s = countyYear;
    const perDay = expectedDemandPerDay(s).reduce((a, b) => a + b, 0);
    const cs = s.births.caesareanShare;
    const bedsPerDay = (s.births.annualDeliveries / 365) * ((1 - cs) * s.stays.vaginalMeanDays + cs * s.stays.caesareanMeanDays);
    const expected = perDay / bedsPerDay;
    const got = year.kpis.unitsUsed / year.kpis.patientDays;
    expect(Math.abs(got / expected - 1)).toBeLessThan(0.1);
  });

  it('series stay small: at most maxSamples samples per series', () => {
    const ser = year.series!;
    expect(ser.t.length).toBeLessThanOrEqual(countyYear.outputs.maxSamples + 1);
    for (const st of ser.stock) expect(st.values.length).toBe(ser.t.length);
    expect(ser.board.t.length).toBeLessThanOrEqual(countyYear.outputs.maxSamples / 10 + 1);
    expect(ser.nurseSupplyByShift.length).toBe(365 * countyYear.people.shifts.length);
  });
});

describe('simulateWard() determinism', () => {
  it('same scenario, seed and replication give byte-identical JSON; another replication differs', () => {
    const s = shortPreset('county-mch', 20, 3);
    const a = JSON.stringify(simulateWard(s, { seed: 5, replication: 1, series: true }));
    const b = JSON.stringify(simulateWard(s, { seed: 5, replication: 1, series: true }));
    const c = JSON.stringify(simulateWard(s, { seed: 5, replication: 2, series: true }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('common random numbers: cabinet scenario and its baseline see the same deliveries and stays', () => {
    const a = simulateWard(shortPreset('county-mch', 30, 3), { seed: 9, replication: 0 });
    const b = simulateWard(shortPreset('county-mch-baseline', 30, 3), { seed: 9, replication: 0 });
    expect(b.kpis.deliveries).toBe(a.kpis.deliveries);
    expect(b.kpis.caesareans).toBe(a.kpis.caesareans);
    expect(b.kpis.meanStayVaginalDays).toBe(a.kpis.meanStayVaginalDays);
    expect(b.kpis.patientDays).toBe(a.kpis.patientDays);
  });
});

function pairedCi(diffs: number[]): [number, number] {
  // Student t, 95 %, n - 1 degrees of freedom (n = 4 here).
  const t = { 3: 3.182, 4: 2.776, 5: 2.571 }[diffs.length - 1] ?? 2.0;
  const n = diffs.length;
  const m = diffs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(diffs.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
  return [m - (t * sd) / Math.sqrt(n), m + (t * sd) / Math.sqrt(n)];
}

describe('direction: cabinets vs baseline (county, paired over 4 replications)', () => {
  const reps = [0, 1, 2, 3];
  const cab = reps.map((r) => simulateWard(shortPreset('county-mch', 30, 5), { seed: 3, replication: r }).kpis);
  const base = reps.map((r) => simulateWard(shortPreset('county-mch-baseline', 30, 5), { seed: 3, replication: r }).kpis);
  it.each(['boundaryCrossings', 'contacts', 'contactMinutes', 'nurseSupplyMinutesPerShift'] as const)('cabinets cut %s: CI of (baseline - cabinets) above zero', (key) => {
    const [lo] = pairedCi(reps.map((i) => base[i][key] - cab[i][key]));
    expect(lo).toBeGreaterThan(0);
  });
});

describe('a starved cabinet', () => {
  it('tiny slots and no restock: fill rate falls and fallbacks rise', () => {
    const normal = shortPreset('county-mch', 20, 2);
    const starved: Scenario = {
      ...normal,
      people: { ...normal.people, restockers: 0 },
      restock: { ...normal.restock, roundHours: [], parTrigger: false },
      cabinets: { ...normal.cabinets, models: normal.cabinets.models.map((m) => ({ ...m, slotGroups: m.slotGroups.map((g) => ({ ...g, capacityUnits: 2 })) })) },
    };
    const a = simulateWard(normal, { seed: 4, replication: 0 }).kpis;
    const b = simulateWard(starved, { seed: 4, replication: 0 }).kpis;
    expect(b.fillRate).toBeLessThan(a.fillRate - 0.3);
    expect(b.fallbacks).toBeGreaterThan(a.fallbacks + 100);
    expect(b.dispenses).toBeLessThan(a.dispenses / 5);
    expect(b.nurseSupplyMinutesPerShift).toBeGreaterThan(a.nurseSupplyMinutesPerShift);
  });
});
