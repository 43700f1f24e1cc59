import { describe, expect, it } from 'vitest';
import { Roster } from '../../../engine/kernel/index.js';

const shifts = new Roster({
  periodMin: 1440,
  steps: [
    { atMin: 0, capacity: 1 }, // N 00-08
    { atMin: 480, capacity: 3 }, // A 08-16
    { atMin: 960, capacity: 2 }, // P 16-24
  ],
});

describe('Roster', () => {
  it.each([
    [0, 1],
    [479.9, 1],
    [480, 3],
    [1000, 2],
    [1440 + 500, 3],
    [-1, 2],
  ])('capacityAt(%s) = %s', (t, c) => {
    expect(shifts.capacityAt(t)).toBe(c);
  });

  it('a first step after 0 wraps: before it the last step holds', () => {
    const r = new Roster({ periodMin: 100, steps: [{ atMin: 20, capacity: 5 }, { atMin: 60, capacity: 1 }] });
    expect(r.capacityAt(10)).toBe(1);
    expect(r.cursorAt(10)).toEqual({ index: 1, periodStartMin: -100 });
    const cursor = r.cursorAt(10);
    expect(r.advance(cursor)).toBe(20);
    expect(r.advance(cursor)).toBe(60);
    expect(r.advance(cursor)).toBe(120);
  });

  it('meanCapacity is the time-average over a period', () => {
    expect(shifts.meanCapacity).toBeCloseTo((1 * 480 + 3 * 480 + 2 * 480) / 1440);
  });

  it.each([
    [{ periodMin: 0, steps: [{ atMin: 0, capacity: 1 }] }, 'Roster: periodMin(=0) must be > 0'],
    [{ periodMin: 10, steps: [] }, 'Roster: steps(=[]) must be a non-empty array'],
    [{ periodMin: 10, steps: [{ atMin: 10, capacity: 1 }] }, 'Roster: steps[0].atMin(=10) must be in [0, periodMin(=10))'],
    [{ periodMin: 10, steps: [{ atMin: 5, capacity: 1 }, { atMin: 5, capacity: 2 }] }, 'Roster: steps[1].atMin(=5) must be > steps[0].atMin(=5)'],
    [{ periodMin: 10, steps: [{ atMin: 0, capacity: -1 }] }, 'Roster: steps[0].capacity(=-1) must be >= 0'],
    [{ periodMin: 10, steps: [{ atMin: 0, capacity: 1.5 }] }, 'Roster: steps[0].capacity(=1.5) must be an integer'],
  ])('rejects %j', (options, message) => {
    expect(() => new Roster(options)).toThrow(message);
  });
});
