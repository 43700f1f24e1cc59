import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../../scenarios/index.js';
import { suggestWarmup, warmupReport } from '../../../engine/experiment/index.js';

function county(days: number) {
  const p = loadPreset('county-mch');
  if (!p.ok) throw new Error('preset');
  return { ...p.scenario, run: { ...p.scenario.run, horizonDays: days } };
}

describe('suggestWarmup() and warmupReport()', () => {
  it('suggests a whole number of days from the beds-occupied ramp of an empty ward, beside the scenario setting', () => {
    const s = suggestWarmup(county(16), { replications: 2 });
    expect(s.scenarioDays).toBe(14);
    expect(s.daysSimulated).toBe(30);
    expect(Number.isInteger(s.suggestedDays)).toBe(true);
    // The ward starts empty: MSER-5 must cut some of the start, never more than half the run.
    expect(s.mser.truncateObservations).toBeGreaterThan(0);
    expect(s.suggestedDays).toBeLessThanOrEqual(15);
    expect(s.suggestedDays).toBe(Math.ceil((s.mser.truncateObservations * s.intervalMin) / 1440));
  });

  it('is deterministic: the same scenario and seed give the same suggestion', () => {
    expect(JSON.stringify(suggestWarmup(county(6), { seed: 3 }))).toBe(JSON.stringify(suggestWarmup(county(6), { seed: 3 })));
  });

  it('warmupReport() carries method MSER-5, both figures and how the series was obtained', () => {
    const s = suggestWarmup(county(6), { replications: 2 });
    const r = warmupReport(s);
    expect(r).toEqual(expect.objectContaining({ method: 'MSER-5', scenarioDays: 14, suggestedDays: s.suggestedDays, series: 'bedsOccupied', replications: 2, daysSimulated: 20, atLimit: s.mser.atLimit }));
    expect(r.basis).toContain('2 replications of 20 days');
  });

  it('rejects zero replications', () => {
    expect(() => suggestWarmup(county(2), { replications: 0 })).toThrow('suggestWarmup: replications(=0) must be an integer >= 1');
  });
});
