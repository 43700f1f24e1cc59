import { describe, expect, it } from 'vitest';
import { mser5 } from '../../../engine/experiment/mser.js';

describe('mser5()', () => {
  it('cuts a linear ramp that then stays flat at the end of the ramp', () => {
    // 50 observations rising 0..49 then 450 at 50 (with a small alternating wobble).
    const series = Array.from({ length: 500 }, (_, i) => (i < 50 ? i : 50 + (i % 2 === 0 ? 0.5 : -0.5)));
    const r = mser5(series);
    expect(r.truncateObservations).toBe(50);
    expect(r.atLimit).toBe(false);
  });
  it('cuts nothing from a stationary series', () => {
    const series = Array.from({ length: 200 }, (_, i) => Math.sin(i * 1.7));
    expect(mser5(series).truncateBatches).toBeLessThanOrEqual(2);
  });
  it('rejects a series shorter than 2 batches', () => {
    expect(() => mser5([1, 2, 3])).toThrow('mser5: series.length(=3) must be >= 10');
  });
});
