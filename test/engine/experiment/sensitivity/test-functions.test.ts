import { describe, expect, it } from 'vitest';
import { elementaryEffects, morrisDesign, morrisIndices } from '../../../../engine/experiment/sensitivity/morris.js';
import { saltelliDesign, sobolIndices } from '../../../../engine/experiment/sensitivity/sobol.js';
import { unitRandom } from '../../../../engine/experiment/sensitivity/unit-random.js';

/** Ishigami on [−π, π]³ (a = 7, b = 0.1): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437. */
function ishigami(u: readonly number[]): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

describe('morris', () => {
  it('morrisIndices() gives the exact coefficients of a linear function, with sigma 0', () => {
    const coef = [3, -2, 0, 0.5, 10];
    const design = morrisDesign(coef.length, 8, unitRandom(1, 'design'));
    const y = design.points.map((p) => p.reduce((s, v, i) => s + coef[i] * v, 7));
    const idx = morrisIndices(design, y, unitRandom(1, 'boot'), 200);
    idx.forEach((m, i) => {
      expect(m.mu).toBeCloseTo(coef[i], 10);
      expect(m.muStar).toBeCloseTo(Math.abs(coef[i]), 10);
      expect(m.sigma).toBeCloseTo(0, 10);
    });
  });

  it('morrisDesign() keeps every point on the grid in [0, 1] and moves one factor by delta per step', () => {
    const design = morrisDesign(6, 5, unitRandom(3, 'design'), 4);
    expect(design.points).toHaveLength(5 * 7);
    for (const p of design.points) for (const v of p) expect(v >= -1e-12 && v <= 1 + 1e-12).toBe(true);
    const ee = elementaryEffects(design, design.points.map((p) => p[0]));
    expect(ee[0]).toHaveLength(5);
    for (let t = 0; t < 5; t++) {
      for (let s = 0; s < 6; s++) {
        const a = design.points[t * 7 + s];
        const b = design.points[t * 7 + s + 1];
        const moved = a.map((v, i) => Math.abs(b[i] - v)).filter((d) => d > 1e-12);
        expect(moved).toHaveLength(1);
        expect(moved[0]).toBeCloseTo(design.delta, 12);
      }
    }
  });

  it('morrisIndices() ranks the Ishigami factors x1, x2 above x3 by sigma-free mu* and flags x3 as interacting', () => {
    const design = morrisDesign(3, 50, unitRandom(5, 'design'));
    const idx = morrisIndices(design, design.points.map(ishigami), unitRandom(5, 'boot'), 200);
    expect(idx[2].muStar).toBeGreaterThan(0);
    expect(idx[2].mu).toBeCloseTo(0, 0);
    expect(idx[2].sigma).toBeGreaterThan(idx[2].muStar * 0.5);
  });

  it('is deterministic for a seed', () => {
    expect(morrisDesign(4, 3, unitRandom(9, 'd')).points).toEqual(morrisDesign(4, 3, unitRandom(9, 'd')).points);
    expect(morrisDesign(4, 3, unitRandom(9, 'd')).points).not.toEqual(morrisDesign(4, 3, unitRandom(10, 'd')).points);
  });

  it('rejects bad sizes with the bound', () => {
    expect(() => morrisDesign(0, 3, unitRandom(1, 'd'))).toThrow('k(=0) must be an integer >= 1');
    expect(() => morrisDesign(2, 1, unitRandom(1, 'd'))).toThrow('trajectories(=1)');
    expect(() => morrisDesign(2, 3, unitRandom(1, 'd'), 3)).toThrow('levels(=3) must be an even integer');
  });
});

describe('sobol', () => {
  it('sobolIndices() on a Sobol-sequence design recovers the analytic Ishigami indices within 0.01 from 2^13 rows', () => {
    const design = saltelliDesign(3, 8192);
    const idx = sobolIndices(design, design.points.map(ishigami), unitRandom(11, 'boot'), 100);
    const s1 = [0.3139, 0.4424, 0];
    const st = [0.5576, 0.4424, 0.2437];
    idx.forEach((s, i) => {
      expect(Math.abs(s.s1 - s1[i])).toBeLessThan(0.01);
      expect(Math.abs(s.st - st[i])).toBeLessThan(0.01);
      expect(s.s1Ci95[0]).toBeLessThanOrEqual(s.s1Ci95[1]);
      expect(s.stCi95[0]).toBeLessThan(st[i] + 0.05);
      expect(s.stCi95[1]).toBeGreaterThan(st[i] - 0.05);
    });
  });

  it('sobolIndices() gives S1 = ST = share of variance for an additive function', () => {
    // f = x1 + 2 x2 on U(0,1): variances 1/12 and 4/12, shares 0.2 and 0.8.
    const design = saltelliDesign(2, 4096);
    const idx = sobolIndices(design, design.points.map((p) => p[0] + 2 * p[1]), unitRandom(2, 'boot'), 50);
    expect(idx[0].s1).toBeCloseTo(0.2, 1);
    expect(idx[1].s1).toBeCloseTo(0.8, 1);
    expect(idx[0].st).toBeCloseTo(0.2, 1);
    expect(idx[1].st).toBeCloseTo(0.8, 1);
  });

  it('saltelliDesign() takes A and B from one 2k-dimensional Sobol sequence after skipping 16 points', () => {
    // SciPy's unscrambled Sobol (Joe-Kuo directions), dimensions 1..6, point 17: 0.59375, 0.96875, 0.96875, 0.15625, 0.78125, ...
    const d = saltelliDesign(3, 4);
    expect(d.points[5]).toEqual([0.59375, 0.96875, 0.96875]);
    expect(d.points[9][0]).toBeCloseTo(0.15625, 12);
    expect(d.points[9][1]).toBeCloseTo(0.78125, 12);
    expect(saltelliDesign(3, 4).points).toEqual(d.points);
  });

  it('saltelliDesign() rejects more factors than the direction numbers cover', () => {
    expect(() => saltelliDesign(101, 4)).toThrow('k(=101) must be an integer in 1..100');
  });

  it('saltelliDesign() lays out A, AB_i, B per base row', () => {
    const d = saltelliDesign(3, 4);
    expect(d.points).toHaveLength(4 * 5);
    const [a, ab1, ab2, ab3, b] = d.points.slice(0, 5);
    expect(ab1).toEqual([b[0], a[1], a[2]]);
    expect(ab2).toEqual([a[0], b[1], a[2]]);
    expect(ab3).toEqual([a[0], a[1], b[2]]);
  });
});
