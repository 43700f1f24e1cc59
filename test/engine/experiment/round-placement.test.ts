import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeRounds, tripActivityByHour } from '../../../engine/experiment/round-placement.js';
import { roundHoursFor } from '../../../engine/experiment/ward-plan.js';
import { TRIP_HOURS } from '../../../scenarios/schema/catalog.js';
import { loadPreset } from '../../../scenarios/index.js';

const uniform = new Array<number>(24).fill(1 / 24);
const inShift = (h: number, start: number, hours: number): boolean => ((h - start + 24) % 24) < hours;

describe('tripActivityByHour()', () => {
  it('is uniform when every hour is fully active, and sums to 1 for the default trip timing', () => {
    expect(tripActivityByHour(new Array<number>(24).fill(1))).toEqual(uniform);
    expect(tripActivityByHour(TRIP_HOURS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('moves what a quiet hour does not make to the last fully active hour before it (22:00 takes the night)', () => {
    const a = tripActivityByHour(TRIP_HOURS);
    // 22:00 makes its own 1/24 plus the unmade share of 23:00-06:00: (0.7 + 6 × 0.9 + 0.5) / 24
    expect(a[22]).toBeCloseTo((1 + 0.7 + 6 * 0.9 + 0.5) / 24, 12);
    expect(a[3]).toBeCloseTo(0.1 / 24, 12);
  });
});

describe('placeRounds()', () => {
  it('spaces rounds evenly over a 24-hour shift when demand is flat', () => {
    for (const r of [1, 2, 3, 4]) {
      const p = placeRounds(r, { startHour: 0, hours: 24 }, uniform);
      expect(p.maxGapDemand).toBeCloseTo(1 / r, 9);
      const gaps = p.roundHours.map((h, i) => ((p.roundHours[(i + 1) % r] - h + 24) % 24) || 24);
      for (const g of gaps) expect(g).toBeCloseTo(24 / r, 9);
    }
  });

  it('keeps every round inside the restocker shift and out of the evening surge for the presets (the old rule put a 4th round at 22:45)', () => {
    const s = loadPreset('city-mch');
    if (!s.ok) throw new Error('preset');
    for (const r of [1, 2, 3, 4, 5]) {
      const hours = roundHoursFor(s.scenario, r);
      expect(hours).toHaveLength(r);
      for (const h of hours) expect(inShift(h, s.scenario.people.restockerShiftStartHour, s.scenario.people.restockerShiftHours)).toBe(true);
    }
    // 3 rounds: first at the shift start, last late in the shift before the night, one between.
    expect(roundHoursFor(s.scenario, 3)).toEqual([7, 12.5, 18.5]);
  });

  it('never makes the largest gap worse when a round is added, and never leaves the shift (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 0, max: 23 }), fc.integer({ min: 4, max: 24 }), fc.integer({ min: 1, max: 4 }),
        (weights, start, hours, r) => {
          const a = tripActivityByHour(weights);
          const p = placeRounds(r, { startHour: start, hours }, a);
          const q = placeRounds(r + 1, { startHour: start, hours }, a);
          expect(q.maxGapDemand).toBeLessThanOrEqual(p.maxGapDemand + 1e-9);
          for (const h of [...p.roundHours, ...q.roundHours]) expect(inShift(h, start, hours)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects bad arguments naming the API and the bound', () => {
    expect(() => placeRounds(0, { startHour: 7, hours: 12 }, uniform)).toThrow('placeRounds: rounds(=0) must be an integer in [1, 6]');
    expect(() => placeRounds(3, { startHour: 7, hours: 1 }, uniform)).toThrow('exceed the 2 half-hour times');
    expect(() => placeRounds(2, { startHour: 25, hours: 12 }, uniform)).toThrow('placeRounds: shift(start 25 h, 12 h)');
    expect(() => tripActivityByHour([1, 2])).toThrow('tripActivityByHour');
  });
});
