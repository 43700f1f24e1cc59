import { describe, expect, it } from 'vitest';
import { simulateWard } from '../../../engine/ward/index.js';
import { expectedDemandPerDay } from '../../../engine/ward/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { shortPreset } from './presets.js';

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

  it('hour-of-day shape: spontaneous night peak and weekday-morning caesarean lists', () => {
    const heat = year.series!.birthsHeatmap;
    const sum = (days: number[], hours: number[]): number => days.reduce((a, d) => a + hours.reduce((b, h) => b + heat[d][h], 0), 0);
    const weekdays = [0, 1, 2, 3, 4];
    const weekend = [5, 6];
    // Weekday 09-12 carries the scheduled caesareans: per day clearly above the weekend.
    expect(sum(weekdays, [9, 10, 11]) / 5).toBeGreaterThan(1.5 * (sum(weekend, [9, 10, 11]) / 2));
    // Weekends: 02-05 (spontaneous peak) above 14-17 (trough).
    expect(sum(weekend, [2, 3, 4, 5])).toBeGreaterThan(sum(weekend, [14, 15, 16, 17]) * 0.95);
    // Weekend dip against theory: the kinds' day-of-week shapes weighted by their shares.
    const b = countyYear.births;
    const sched = b.caesareanShare * b.scheduledCaesareanShare;
    const kinds: [number, number[]][] = [
      [(1 - sched) * (1 - b.inducedLabourShare), b.spontaneous.dayOfWeek],
      [(1 - sched) * b.inducedLabourShare, b.induced.dayOfWeek],
      [sched, b.scheduledCaesarean.dayOfWeek],
    ];
    const rate = (days: number[]): number => kinds.reduce((a, [share, w]) => a + (share * days.reduce((x, d) => x + w[d], 0)) / (days.length * (w.reduce((x, y) => x + y, 0) / 7)), 0);
    const theory = rate(weekend) / rate(weekdays);
    const all = [...Array(24).keys()];
    const nWeekday = sum(weekdays, all);
    const nWeekend = sum(weekend, all);
    const observed = nWeekend / 2 / (nWeekday / 5);
    // Delta-method sd of a ratio of two Poisson rates.
    const sd = observed * Math.sqrt(1 / nWeekday + 1 / nWeekend);
    expect(Math.abs(observed - theory)).toBeLessThan(4 * sd);
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
