import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../../engine/kernel/index.js';
import { minFrom, selectRank } from '../../../engine/kernel/stats/order-statistic.js';

/** Values with many ties (waits are often exactly 0) and no -0. */
const value = fc.oneof(fc.constantFrom(0, 1, 2.5, -3), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((x) => x + 0));

describe('selectRank', () => {
  it('property: puts the rank-k value at k with smaller ones before and larger ones after', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 600 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const k = Math.min(xs.length - 1, Math.floor(p * xs.length));
        const a = Float64Array.from(xs);
        const sorted = [...xs].sort((x, y) => x - y);
        expect(selectRank(a, xs.length, k)).toBe(sorted[k]);
        expect(a[k]).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(a[i] <= a[k]).toBe(true);
        for (let i = k + 1; i < xs.length; i++) expect(a[i] >= a[k]).toBe(true);
        if (k + 1 < xs.length) expect(minFrom(a, k + 1, xs.length)).toBe(sorted[k + 1]);
        expect([...a].sort((x, y) => x - y)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });

  it('selects in patterns that defeat a median of three (organ pipe, sawtooth, all equal)', () => {
    const n = 5000;
    const patterns = [
      Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i)),
      Array.from({ length: n }, (_, i) => i % 7),
      Array.from({ length: n }, () => 4),
      Array.from({ length: n }, (_, i) => n - i),
    ];
    for (const xs of patterns) {
      const sorted = [...xs].sort((x, y) => x - y);
      for (const k of [0, 1, n >> 1, n - 2, n - 1]) expect(selectRank(Float64Array.from(xs), n, k)).toBe(sorted[k]);
    }
  });
});

describe('Tally quantiles by selection', () => {
  it('property: quantiles interleaved with adds match a full sort, and values() is sorted up to the last quantile', () => {
    const step = fc.oneof(value.map((x) => ({ add: x })), fc.double({ min: 0, max: 1, noNaN: true }).map((p) => ({ p })));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.array(step, { maxLength: 60 }), (first, steps) => {
        const t = new Tally({ keepSamples: true });
        const kept: number[] = [];
        let sortedUpTo = 0;
        for (const x of first) {
          t.add(x);
          kept.push(x);
        }
        for (const s of steps) {
          if ('add' in s) {
            t.add(s.add);
            kept.push(s.add);
            continue;
          }
          if (kept.length === 0) continue;
          const sorted = [...kept].sort((x, y) => x - y);
          const h = (kept.length - 1) * s.p;
          const i = Math.floor(h);
          const want = i + 1 < kept.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
          expect(Object.is(t.quantile(s.p), want)).toBe(true);
          sortedUpTo = kept.length;
        }
        const expected = [...kept.slice(0, sortedUpTo).sort((x, y) => x - y), ...kept.slice(sortedUpTo)];
        expect(t.values()).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
