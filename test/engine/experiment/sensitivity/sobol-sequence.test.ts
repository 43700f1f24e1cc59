import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMENSIONS, SobolSequence } from '../../../../engine/experiment/sensitivity/sobol-sequence.js';

/** The first 8 points in 6 dimensions of the unscrambled Joe-Kuo Sobol sequence (as SciPy's qmc.Sobol(scramble=False) gives them). */
const FIRST_POINTS = [
  [0, 0, 0, 0, 0, 0],
  [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
  [0.75, 0.25, 0.25, 0.25, 0.75, 0.75],
  [0.25, 0.75, 0.75, 0.75, 0.25, 0.25],
  [0.375, 0.375, 0.625, 0.875, 0.375, 0.125],
  [0.875, 0.875, 0.125, 0.375, 0.875, 0.625],
  [0.625, 0.125, 0.875, 0.625, 0.625, 0.875],
  [0.125, 0.625, 0.375, 0.125, 0.125, 0.375],
];

describe('SobolSequence', () => {
  it('gives the known first points', () => {
    const s = new SobolSequence(6);
    for (const p of FIRST_POINTS) expect(s.next()).toEqual(p);
  });

  it('matches a high dimension far into the sequence (point 1000, dimensions 31..40)', () => {
    const s = new SobolSequence(40);
    s.skip(1000);
    const p = s.next().slice(30);
    const ref = [0.1474609375, 0.1455078125, 0.2958984375, 0.5927734375, 0.8017578125, 0.7705078125, 0.8486328125, 0.8310546875, 0.3076171875, 0.4794921875];
    expect(p).toEqual(ref);
  });

  it('fills every dyadic interval once per 2^m points (a (0, m, 1)-net in each dimension)', () => {
    const s = new SobolSequence(SOBOL_MAX_DIMENSIONS);
    const pts = Array.from({ length: 64 }, () => s.next());
    for (let d = 0; d < SOBOL_MAX_DIMENSIONS; d++) {
      const cells = new Set(pts.map((p) => Math.floor(p[d] * 64)));
      expect(cells.size).toBe(64);
    }
  });

  it('rejects dimensions outside the direction table', () => {
    expect(() => new SobolSequence(0)).toThrow('dimensions(=0) must be an integer in 1..201');
    expect(() => new SobolSequence(SOBOL_MAX_DIMENSIONS + 1)).toThrow('dimensions(=202)');
  });
});
