import { describe, expect, it } from 'vitest';
import { hospitalScenarios, presetFor, shareNurses } from '../../../../engine/experiment/portfolio/hospital-scenario.js';
import type { HospitalRow } from '../../../../engine/experiment/portfolio/hospital-row.js';
import { loadPreset } from '../../../../scenarios/index.js';
import type { Scenario } from '../../../../scenarios/index.js';

const presets = (name: string): Scenario => {
  const r = loadPreset(name);
  if (!r.ok) throw new Error(name);
  return r.scenario;
};
const row = (o: Partial<HospitalRow> = {}): HospitalRow => ({ line: 7, name: '县人民医院', annualDeliveries: 1500, hospitalType: 'general', has24hConvenience: false, floorSpace: true, separateObstetrics: true, ...o });

describe('presetFor()', () => {
  it.each([
    [1, 'county-mch'], [2999, 'county-mch'], [3001, 'city-mch'], [10_954, 'city-mch'], [10_955, 'provincial-mch'], [100_000, 'provincial-mch'],
  ])('%i deliveries -> %s (nearest by log volume: boundaries at sqrt(1500 x 6000) = 3000 and sqrt(6000 x 20000) = 10954)', (d, preset) => {
    expect(presetFor(d)).toBe(preset);
  });
});

describe('hospitalScenarios()', () => {
  it('builds the hospital with cabinets and its baseline twin from the nearest preset, with the deliveries, name and type of the row', () => {
    const w = hospitalScenarios(row({ annualDeliveries: 4200 }), presets, 9);
    expect(w.preset).toBe('city-mch');
    expect(w.scenario.meta).toMatchObject({ id: 'h7-city-mch', name: '县人民医院', hospitalType: 'general' });
    expect(w.baseline.meta.id).toBe('h7-city-mch-baseline');
    for (const s of [w.scenario, w.baseline]) expect([s.births.annualDeliveries, s.run.horizonDays]).toEqual([4200, 9]);
    expect(w.scenario.cabinets.instances.length).toBeGreaterThan(0);
    expect(w.baseline.cabinets.instances).toEqual([]);
    expect(w.baseline.channels.order).not.toContain('cabinet');
    expect(w.eligible).toBe(true);
    expect(w.assumptions.every((a) => a.basis === 'A')).toBe(true);
  });

  it('scales the roster with volume when nurses are not given, and from the head count x 5/7 when they are', () => {
    const city = presets('city-mch').people.shifts.map((s) => s.nurses);
    const scaled = hospitalScenarios(row({ annualDeliveries: 9000 }), presets);
    expect(scaled.scenario.people.shifts.map((s) => s.nurses)).toEqual(city.map((n) => Math.round((n * 9000) / 6000)));
    const given = hospitalScenarios(row({ annualDeliveries: 9000, nurses: 70 }), presets);
    const roster = given.scenario.people.shifts.map((s) => s.nurses);
    expect(roster.reduce((a, b) => a + b, 0)).toBe(50);
    expect(given.baseline.people.shifts.map((s) => s.nurses)).toEqual(roster);
    expect(shareNurses([9, 6, 3], 1)).toEqual([1, 1, 1]);
  });

  it('a 24-hour service shortens the shop walk in both wards, beds are taken as given, no floor space makes the hospital not eligible', () => {
    const w = hospitalScenarios(row({ has24hConvenience: true, beds: 40, floorSpace: false, separateObstetrics: false }), presets);
    expect([w.scenario.channels.shopWalkM, w.baseline.channels.shopWalkM]).toEqual([50, 50]);
    expect(hospitalScenarios(row(), presets).baseline.channels.shopWalkM).toBe(presets('county-mch').channels.shopWalkM);
    expect([w.scenario.layout.beds, w.baseline.layout.beds]).toEqual([40, 40]);
    expect(w.scenario.meta.has24hConvenience).toBe(true);
    expect(w.eligible).toBe(false);
    expect(w.flags).toEqual(['no-floor-space', 'no-separate-obstetrics']);
    expect(w.assumptions.map((a) => a.field)).toEqual(['preset', 'hospitalType', 'nurses', 'beds', 'has24hConvenience', 'separateObstetrics']);
  });
});
