import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../../engine/kernel/index.js';

describe('TimeWeighted', () => {
  it('mean is the time integral over elapsed time', () => {
    const q = new TimeWeighted({ startMin: 0 });
    q.update(2, 5); // 0 for 2 min
    q.update(3, 1); // 5 for 1 min
    expect(q.mean(7)).toBeCloseTo((0 * 2 + 5 * 1 + 1 * 4) / 7);
    expect(q.integral(7)).toBe(9);
    expect([q.min, q.max, q.level]).toEqual([0, 5, 1]);
  });

  it('reset(now) starts a new window keeping the level (warm-up)', () => {
    const s = new TimeWeighted({ startMin: 0, level: 10 });
    s.update(100, 4);
    s.reset(100);
    expect(s.mean(150)).toBe(4);
    expect(s.max).toBe(4);
  });

  it('no elapsed time: mean is the current level', () => {
    expect(new TimeWeighted({ startMin: 5, level: 3 }).mean(5)).toBe(3);
  });

  it('rejects time going backwards and bad options', () => {
    const s = new TimeWeighted({ startMin: 10 });
    expect(() => s.update(5, 1)).toThrow('TimeWeighted.update: nowMin(=5) must be >= the last update time (10)');
    expect(() => new TimeWeighted({ startMin: NaN })).toThrow('TimeWeighted: startMin(=NaN) must be a finite number');
    expect(() => s.update(11, Infinity)).toThrow('TimeWeighted.update: level(=Infinity) must be a finite number');
  });
});
