// Order-up-to theory of night stock-outs: rates per minute the pair held stock, and admission
// stock-ups as a demand class of their own (their runs make the night's units over-dispersed).
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../../engine/kernel/index.js';
import { compoundTail, countLaw, stockoutTheory } from '../../../../engine/experiment/validation/order-up-to.js';
import type { StockCyclePairView } from '../../../../engine/experiment/validation/validation-inputs.js';

type Tally = StockCyclePairView['admission'];
type Cycle = [number, number, number, number, number];

/** A class's tally: `lines` lines per stocked minute-hour given as counts in hours 0 and 1, sizes histogram, window unit moments. */
function tally(linesPerHour: number, sizes: number[], units: number, unitsSq: number): Tally {
  const linesByHour = new Array<number>(24).fill(0);
  linesByHour[0] = linesPerHour;
  linesByHour[1] = linesPerHour;
  return { linesByHour, lineUnits: sizes, windowUnits: units, windowUnitsSq: unitsSq };
}

function pair(later: Tally, admission: Tally, stockedMin: number, cycles: Cycle[], cross: number): StockCyclePairView {
  const stockedMinByHour = new Array<number>(24).fill(0);
  stockedMinByHour[0] = stockedMin;
  stockedMinByHour[1] = stockedMin;
  return { cabinet: 0, sku: 0, ...later, stockedMinByHour, cycles, admission, windowUnitsCross: cross };
}

const none = tally(0, [0], 0, 0);

describe('order-up-to theory of night stock-outs', () => {
  it('counts lines per minute the pair held stock, not per calendar minute', () => {
    // 60 lines in hour 0 and in hour 1 while stocked 1800 min in each: 1/30 per min, so a
    // 120-min window has Lambda = 4 unit lines; 2 windows of mean 4 and variance 4 (Poisson).
    const t = stockoutTheory([pair(tally(60, [0, 1], 8, 36), none, 1800, [[0, 120, 3, 2, 1]], 0)]);
    // P(N >= 3), N ~ Poisson(4) = 1 - e^-4 (1 + 4 + 8).
    expect(t.expected).toBeCloseTo(2 * (1 - 13 * Math.exp(-4)), 12);
    expect(t.observed).toBe(1);
  });

  it('adds admission stock-ups as an independent compound sum (hand calculation)', () => {
    // Later trips: Poisson(2) lines of 1 unit (2 windows, mean 2, var 2); admissions:
    // Poisson(1) lines of 2 units (mean 2, var 4); no covariance.
    const later = tally(60, [0, 1], 4, 10);
    const admission = tally(30, [0, 0, 1], 4, 12);
    const t = stockoutTheory([pair(later, admission, 3600, [[0, 120, 3, 2, 0]], 8)]);
    // P(L + 2A <= 2) = P(A = 0) P(L <= 2) + P(A = 1) P(L = 0) = e^-3 (1 + 2 + 2) + e^-3.
    expect(t.expected).toBeCloseTo(2 * (1 - 6 * Math.exp(-3)), 12);
    expect(t.dispersion).toBeCloseTo(1, 12);
    expect(t.admissionDispersion).toBeCloseTo(1, 12);
  });

  it('a negative covariance between the classes lowers the later trips\' dispersion so the total variance is the run\'s', () => {
    const later = tally(60, [0, 1], 4, 10);
    const admission = tally(30, [0, 0, 1], 4, 12);
    // Cov = (cross - 4 * 4 / 2) / 1 = -0.5: the later units' variance carries 2 Cov = -1.
    const t = stockoutTheory([pair(later, admission, 3600, [[0, 120, 3, 2, 0]], 7.5)]);
    expect(t.dispersion).toBeCloseTo(0.5, 12);
  });

  it('matches a Monte-Carlo night with admissions arriving in runs; the pooled compound Poisson law misses the tail', () => {
    // Later trips: Poisson(3) lines of 1-3 units; admissions: Poisson(0.6) runs of a logarithmic
    // number (q = 0.6, mean 1.64) of 6-unit stock-ups, so their count is negative binomial
    // (dispersion 1 / (1 - q) = 2.5), the law the theory takes for it. S = 30.
    const rng = new RandomStream('order-up-to-mc');
    const poisson = (mean: number): number => {
      let k = 0;
      for (let p = rng.next(); p > Math.exp(-mean); p *= rng.next()) k++;
      return k;
    };
    const windows = 40_000;
    const s = 30;
    const laterSizes = [0, 0, 0, 0];
    const admissionSizes = new Array<number>(7).fill(0);
    let laterLines = 0;
    let admissionLines = 0;
    const m = { l: 0, l2: 0, a: 0, a2: 0, x: 0 };
    let outs = 0;
    for (let w = 0; w < windows; w++) {
      let l = 0;
      for (let i = poisson(3); i > 0; i--) {
        const size = 1 + Math.floor(rng.next() * 3);
        laterSizes[size]++;
        laterLines++;
        l += size;
      }
      let a = 0;
      for (let r = poisson(0.6); r > 0; r--) {
        // Logarithmic run length by inversion: P(k) = -q^k / (k ln(1 - q)).
        let k = 1;
        let pk = -0.6 / Math.log(0.4);
        for (let u = rng.next(); u > pk; k++) {
          u -= pk;
          pk *= (0.6 * k) / (k + 1);
        }
        admissionSizes[6] += k;
        admissionLines += k;
        a += 6 * k;
      }
      m.l += l;
      m.l2 += l * l;
      m.a += a;
      m.a2 += a * a;
      m.x += l * a;
      if (l + a >= s) outs++;
    }
    const p = pair(tally(laterLines / 2, laterSizes, m.l, m.l2), tally(admissionLines / 2, admissionSizes, m.a, m.a2), windows * 60, [[0, 120, s, windows, outs]], m.x);
    const t = stockoutTheory([p]);
    // About 2,400 outs in 40,000 windows (the sampling error is 2 %): the theory within 5 %.
    expect(outs).toBeGreaterThan(2000);
    expect(t.expected / outs).toBeGreaterThan(0.95);
    expect(t.expected / outs).toBeLessThan(1.05);
    expect(t.admissionDispersion).toBeGreaterThan(2.2);
    expect(t.admissionDispersion).toBeLessThan(2.8);
    // One class of lines, Poisson at the same rate and the pooled sizes: far too few outs.
    const lines = laterLines + admissionLines;
    const pooled = admissionSizes.map((x, k) => (x + (laterSizes[k] ?? 0)) / lines);
    const poisson1 = windows * compoundTail(countLaw(lines / windows, 1), pooled, s);
    expect(poisson1).toBeLessThan(0.4 * outs);
  });
});
