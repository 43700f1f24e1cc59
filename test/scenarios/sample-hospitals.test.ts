import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHospitals, presetFor } from '../../engine/experiment/index.js';
import { SAMPLE_HOSPITALS, sampleHospitalsCsv } from '../../scenarios/portfolio/sample-hospitals.js';

const FILE = new URL('../../scenarios/portfolio/sample-hospitals.csv', import.meta.url);

describe('scenarios/portfolio/sample-hospitals.csv', () => {
  it('is the generator\'s output byte for byte (regenerate with the command in sample-hospitals.ts)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(sampleHospitalsCsv());
    expect(sampleHospitalsCsv()).toBe(sampleHospitalsCsv());
  });

  it('reads without a row error: 50 synthetic hospitals over all three presets, with and without floor space, beds and nurses', () => {
    const p = parseHospitals(readFileSync(FILE, 'utf8'));
    expect(p.errors).toEqual([]);
    expect(p.hospitals).toHaveLength(SAMPLE_HOSPITALS);
    expect(new Set(p.hospitals.map((h) => presetFor(h.annualDeliveries)))).toEqual(new Set(['county-mch', 'city-mch', 'provincial-mch']));
    expect(new Set(p.hospitals.map((h) => h.hospitalType))).toEqual(new Set(['general', 'specialty', 'maternal-child']));
    expect(new Set(p.hospitals.map((h) => h.floorSpace))).toEqual(new Set([true, false]));
    expect(p.hospitals.some((h) => h.name.includes(','))).toBe(true);
    expect(p.hospitals.some((h) => h.nurses !== undefined) && p.hospitals.some((h) => h.beds === undefined)).toBe(true);
  });
});
