import { describe, expect, it } from 'vitest';
import { pairedDifferences } from '../../../engine/experiment/paired.js';
import { summarise } from '../../../engine/experiment/summary.js';

describe('pairedDifferences', () => {
  it('pairedDifferences() summarises treatment − baseline pair by pair', () => {
    const baseline = [100, 120, 90, 110];
    const treatment = [80, 101, 69, 92];
    expect(pairedDifferences(baseline, treatment)).toEqual(summarise([-20, -19, -21, -18]));
  });

  it('pairedDifferences() is narrower than the unpaired difference when the noise is shared', () => {
    const shared = [50, 150, 80, 120, 95, 105];
    const baseline = shared.map((x) => x + 10);
    const treatment = shared.map((x, i) => x + (i % 2 === 0 ? 1 : -1));
    const paired = pairedDifferences(baseline, treatment);
    const unpairedSd = Math.hypot(summarise(baseline).sd, summarise(treatment).sd);
    expect(paired.ci95![0]).toBeLessThan(-10);
    expect(paired.ci95![1]).toBeGreaterThan(-11);
    expect(paired.sd).toBeLessThan(unpairedSd / 10);
  });

  it('pairedDifferences() refuses unequal lengths', () => {
    expect(() => pairedDifferences([1, 2], [1])).toThrow(
      'pairedDifferences: baseline.length(=2) must equal treatment.length(=1)',
    );
  });
});
