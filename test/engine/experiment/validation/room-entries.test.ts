import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../../../engine/experiment/validation/run-validation.js';
import type { WardReplication } from '../../../../engine/ward/index.js';
import { runValidation, VISITOR_BAN_CHECK } from '../../../../engine/experiment/validation/run-validation.js';
import { FAMILY_SHARE_CHECK, NURSE_SHARE_CHECK, roomEntryShareRows } from '../../../../engine/experiment/validation/room-entry-rows.js';
import { simulateWard } from '../../../../engine/ward/index.js';
import type { Scenario } from '../../../../scenarios/index.js';
import { preset } from '../preset.js';

const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;

describe('room entries by role', () => {
  it('add up to the room-entry KPI, nurses and other staff at their rates, visitors and companions counted per entry', () => {
    const s = preset('county-mch', 20);
    const o = simulateWard(s, { seed: 4, replication: 0, diagnostics: true });
    const e = o.diagnostics!.roomEntries;
    const k = o.kpis;
    expect((e.nurse + e.staff + e.visitor + e.companion + e.mother) / (24 * k.patientDays)).toBeCloseTo(k.roomEntriesPerPatientHour, 9);
    expect(e.nurse / k.patientDays).toBeCloseTo(s.contacts.room.nurseEntriesPerPatientDay, 6);
    expect(e.staff / k.patientDays).toBeCloseTo(s.contacts.room.staffEntriesPerPatientDay, 6);
    expect(e.companion + e.mother).toBeGreaterThanOrEqual(k.trips);
    expect(e.visitor).toBeGreaterThan(0);
    // No visitors, no hand-overs and mothers fetch for themselves: only staff and mothers enter.
    const quiet: Scenario = { ...s, people: { ...s.people, visitorsPerMotherPerDay: 0, companionSwapsPerDay: 0, companionFetchShare: 0 } };
    const q = simulateWard(quiet, { seed: 4, replication: 0, diagnostics: true });
    expect([q.diagnostics!.roomEntries.visitor, q.diagnostics!.roomEntries.companion]).toEqual([0, 0]);
    expect(q.diagnostics!.roomEntries.mother).toBe(q.kpis.trips);
  });

  it('without room entries by role from the executor both share rows are not measured, and say why', () => {
    const o = simulateWard(preset('county-mch', 3), { seed: 1, replication: 0 });
    const rows = roomEntryShareRows([o, o], [o.kpis.patientDays, o.kpis.patientDays]);
    expect(rows.map((r) => [r.check, r.verdict])).toEqual([[NURSE_SHARE_CHECK, 'not measured'], [FAMILY_SHARE_CHECK, 'not measured']]);
    expect(rows[0].note).toMatch(/no room entries by role/);
    expect(rows[0].zh.note).toMatch(/按角色的进房次数/);
  });
});

describe('validation rows against Cohen et al. 2012 and the visitor-ban field range', () => {
  const s = preset('county-mch', 30);
  let report: ValidationReport;
  let reps: WardReplication[];
  let kpis: WardReplication['kpis'][];
  beforeAll(async () => {
    report = await runValidation(s, null, { replications: 2, seed: 5 });
    reps = [0, 1].map((i) => simulateWard(s, { seed: 5, replication: i, diagnostics: true }));
    kpis = reps.map((r) => r.kpis);
  }, 60_000);

  it('share of room entries by nurses: band 35-55 % around Cohen\'s 45 %, the model\'s nurse entries over all entries', () => {
    const row = report.validation.find((x) => x.check === NURSE_SHARE_CHECK)!;
    expect(row.kind).toBe('validation');
    expect([row.expected, row.expectedHi]).toEqual([0.35, 0.55]);
    expect(row.source).toMatch(/^Cohen et al\. 2012 .*nurses 45 %.*: 0\.45; ±10 points/);
    expect(row.zh.source).toMatch(/^Cohen 等 2012.*护士占进房次数的 45%/);
    expect(row.model!.mean).toBeCloseTo(mean(kpis.map((k) => s.contacts.room.nurseEntriesPerPatientDay / (24 * k.roomEntriesPerPatientHour))), 6);
    // Nurses enter at Cohen's rate (45 % of 5.5 an hour), but few family entries are modelled: outside, and the note says why.
    expect(row.verdict).toBe('outside band');
    expect(row.note).toMatch(/nurses enter 2\.475 times a patient-hour .*few family entries/);
  });

  it('share of room entries by visitors and companions: band 13-33 % around Cohen\'s 23 % (personal visitors)', () => {
    const row = report.validation.find((x) => x.check === FAMILY_SHARE_CHECK)!;
    expect(row.kind).toBe('validation');
    expect([row.expected, row.expectedHi]).toEqual([0.13, 0.33]);
    expect(row.source).toMatch(/^Cohen et al\. 2012 .*personal visitors 23 %.*: 0\.23; ±10 points/);
    // Everything but staff and mothers back from their own trips is family: visits, hand-overs, companions' trips.
    const family = reps.map((r) => {
      const e = r.diagnostics!.roomEntries;
      return (e.visitor + e.companion) / (24 * r.kpis.patientDays * r.kpis.roomEntriesPerPatientHour);
    });
    expect(row.model!.mean).toBeCloseTo(mean(family), 9);
    expect(row.model!.mean).toBeGreaterThan(0);
    expect(row.verdict).toBe('outside band');
    expect(row.note).toMatch(/^visitors \d\.\d %, companions \d\.\d %.*Cohen's share needs about 3\d \(Sulmasy & Rahn 2001/);
    expect(row.zh.note).toMatch(/^探视者 \d\.\d%，陪护者 \d\.\d%/);
  });

  it('the visitor-ban row counts patients\' (mothers\' and newborns\') infections, as the field studies do', () => {
    const row = report.validation.find((x) => x.check === VISITOR_BAN_CHECK)!;
    const noVisitors = (x: Scenario): Scenario => ({ ...x, people: { ...x.people, visitorsPerMotherPerDay: 0 } });
    const banned = [0, 1].map((i) => simulateWard(noVisitors(s), { seed: 5, replication: i }).kpis);
    const patients = (k: WardReplication['kpis']): number => k.expectedInfectionsMother + k.expectedInfectionsNewborn;
    const cut = mean(kpis.map((k, i) => 1 - patients(banned[i]) / patients(k)));
    const all = mean(kpis.map((k, i) => 1 - banned[i].expectedInfections / k.expectedInfections));
    expect(row.model!.mean).toBeCloseTo(cut, 12);
    expect(Math.abs(cut - all)).toBeGreaterThan(0.01);
    expect([row.expected, row.expectedHi]).toEqual([0.39, 0.59]);
    expect(row.source).toMatch(/McClaughry.*39 %.*Forkpa.*59 %/);
    expect(row.note).toContain(`all ward people, companions and staff too: ${(100 * all).toFixed(1)} %`);
  });
});
