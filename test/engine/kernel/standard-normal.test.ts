import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../engine/kernel/index.js';
import { standardNormal } from '../../../engine/kernel/random/standard-normal.js';

/** Φ(x) from erfc (Numerical Recipes' erfcc, relative error < 1.2e-7: far below the tests' tolerances). */
function phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(-z * z + poly);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

const N = 400_000;

function draws(purpose: string): Float64Array {
  const rng = new RandomStreams(7, 0).stream(purpose);
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = standardNormal(rng);
  return xs;
}

describe('standardNormal (ziggurat)', () => {
  it('passes Kolmogorov-Smirnov against the normal CDF (sqrt(N) D below the 1 % critical value 1.63)', () => {
    const xs = draws('ks').sort();
    let d = 0;
    for (let i = 0; i < N; i++) {
      const f = phi(xs[i]);
      d = Math.max(d, f - i / N, (i + 1) / N - f);
    }
    expect(Math.sqrt(N) * d).toBeLessThan(1.63);
  });

  it('puts the right share in the tail beyond the base layer (|z| > 3.4426), in each wedge band and on each side', () => {
    const xs = draws('bands');
    // Bands whose mass comes from the fast path, the wedges and the tail, each within 4 sd of a binomial count.
    for (const [lo, hi] of [[0, 0.5], [1, 1.5], [2.5, 3], [3.4426, Infinity]]) {
      let n = 0;
      for (const x of xs) if (Math.abs(x) >= lo && Math.abs(x) < hi) n++;
      const p = 2 * (phi(hi) - phi(lo));
      expect(Math.abs(n - N * p)).toBeLessThan(4 * Math.sqrt(N * p * (1 - p)));
    }
    let positive = 0;
    for (const x of xs) if (x > 0) positive++;
    expect(Math.abs(positive - N / 2)).toBeLessThan(4 * Math.sqrt(N / 4));
  });

  it('is a function of the stream alone: the same stream state gives the same draws', () => {
    const a = new RandomStreams(3, 1).stream('same');
    const b = new RandomStreams(3, 1).stream('same');
    for (let i = 0; i < 1000; i++) expect(standardNormal(a)).toBe(standardNormal(b));
  });
});
