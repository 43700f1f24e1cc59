import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { studentTCdf, studentTQuantile } from '../../../engine/experiment/student-t.js';

// Reference values from scipy.stats.t.ppf (which agree with printed t tables to their digits).
const TABLE: Array<[p: number, df: number, t: number]> = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2, 4.302652729749462],
  [0.975, 3, 3.1824463052837078],
  [0.975, 4, 2.7764451051977934],
  [0.975, 5, 2.5705818356363146],
  [0.975, 9, 2.262157162798205],
  [0.975, 10, 2.228138851986274],
  [0.975, 29, 2.045229642132703],
  [0.975, 30, 2.0422724563012378],
  [0.975, 100, 1.9839715185235518],
  [0.975, 1000, 1.9623390808264083],
  [0.995, 5, 4.032142983555228],
  [0.95, 10, 1.8124611228116756],
  [0.9995, 1, 636.6192487687897],
  [0.9995, 3, 12.923978636687961],
  [0.025, 7, -2.3646242515927844],
  [0.6, 15, 0.25788530093726125],
  [0.999999, 4, 41.5778541501515],
  [0.975, 2.5, 3.5746548420036817],
  [0.975, 0.5, 164.55767348048818],
  [0.9, 1e6, 1.281552412129939],
  [0.975, 2e4, 1.9600826051581348],
  [0.999, 9999, 3.091047597579455],
  [0.975, Infinity, 1.959963984540054],
  // Regressions: a Newton step landing on the root exactly; a tail near t² = df.
  [0.000004749998631564724, 0.7985226317436042, -1073355.7381080713],
  [1e-6, 33.06520019195151, -5.750234794506378],
];

describe('studentTQuantile', () => {
  it.each(TABLE)('studentTQuantile(%f, %f) matches the table value', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 9);
    expect(Math.abs(studentTQuantile(p, df) - t) / Math.abs(t)).toBeLessThan(1e-10);
  });

  it('studentTQuantile() is the inverse of studentTCdf() and antisymmetric', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.double({ min: 0.2, max: 5000, noNaN: true }),
        (p, df) => {
          const t = studentTQuantile(p, df);
          expect(Math.abs(studentTCdf(t, df) - p) / p).toBeLessThan(1e-9);
          // 1 − p is rounded, so compare relatively.
          expect(Math.abs(studentTQuantile(1 - p, df) + t)).toBeLessThanOrEqual(1e-6 * Math.abs(t) + 1e-15);
        },
      ),
    );
  });

  it('studentTQuantile() falls towards the normal quantile as df grows', () => {
    let previous = Infinity;
    for (const df of [1, 2, 3, 5, 10, 30, 100, 1000]) {
      const t = studentTQuantile(0.975, df);
      expect(t).toBeLessThan(previous);
      expect(t).toBeGreaterThan(1.959963984540054);
      previous = t;
    }
  });

  it.each([
    [0, 5, 'studentTQuantile: p(=0) must be in (0, 1)'],
    [1, 5, 'studentTQuantile: p(=1) must be in (0, 1)'],
    [Number.NaN, 5, 'studentTQuantile: p(=NaN) must be in (0, 1)'],
    [0.5, 0, 'studentTQuantile: df(=0) must be > 0'],
    [0.5, -2, 'studentTQuantile: df(=-2) must be > 0'],
  ])('studentTQuantile(%f, %f) rejects bad input', (p, df, message) => {
    expect(() => studentTQuantile(p, df)).toThrow(message);
  });
});

describe('studentTCdf', () => {
  it('studentTCdf() gives 0.5 at zero and known closed forms for df = 1', () => {
    expect(studentTCdf(0, 7)).toBe(0.5);
    for (const t of [-3, -0.5, 0.25, 1, 10]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
    }
  });
});
