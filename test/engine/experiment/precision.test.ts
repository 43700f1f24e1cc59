import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../../scenarios/index.js';
import { compareScenarios, compareToPrecision, runReplications, runToPrecision } from '../../../engine/experiment/index.js';

function scenario() {
  const p = loadPreset('county-mch');
  if (!p.ok) throw new Error('preset');
  return { ...p.scenario, run: { ...p.scenario.run, horizonDays: 2, warmupDays: 1 } };
}

describe('runToPrecision()', () => {
  it('adds replications until the half-width meets the target, and equals the ordinary run of that count', async () => {
    const s = scenario();
    const r = await runToPrecision(s, { kpi: 'contacts', halfWidth: 0.08, relative: true, maxReplications: 12 }, { replications: 2 });
    expect(r.precision.rounds[0]).toBe(2);
    expect(r.precision.reached || r.replications === 12).toBe(true);
    if (r.precision.reached) expect(r.precision.halfWidth).toBeLessThanOrEqual(r.precision.targetHalfWidth);
    const plain = await runReplications(s, { replications: r.replications });
    expect(JSON.stringify(r.kpis)).toBe(JSON.stringify(plain.kpis));
  });

  it('stops at the cap and says so when the target is out of reach', async () => {
    const r = await runToPrecision(scenario(), { kpi: 'contacts', halfWidth: 1e-9, maxReplications: 3 }, { replications: 2 });
    expect(r.replications).toBe(3);
    expect(r.precision.reached).toBe(false);
  });

  it('rejects an unknown KPI and a cap below the start', async () => {
    await expect(runToPrecision(scenario(), { kpi: 'nope', halfWidth: 1 }, { replications: 2 })).rejects.toThrow('runToPrecision: kpi("nope") is not a KPI key'.replace('kpi(', 'kpi(='));
    await expect(runToPrecision(scenario(), { kpi: 'contacts', halfWidth: 1, maxReplications: 1 }, { replications: 2 })).rejects.toThrow('maxReplications(=1)');
  });
});

describe('compareToPrecision()', () => {
  function pair() {
    const b = loadPreset('county-mch-baseline');
    if (!b.ok) throw new Error('preset');
    return [{ ...b.scenario, run: { ...b.scenario.run, horizonDays: 2, warmupDays: 1 } }, scenario()];
  }

  it('adds rounds for the same replication indices until the paired difference is precise, and equals the plain comparison of that count', async () => {
    const [base, cab] = pair();
    const r = await compareToPrecision([base, cab], { kpi: 'contacts', halfWidth: 0.3, relative: true, maxReplications: 10 }, { replications: 2 });
    expect(r.precision.of).toBe('paired-difference');
    expect(r.precision.rounds[0]).toBe(2);
    expect(r.precision.rounds[r.precision.rounds.length - 1]).toBe(r.replications);
    expect(r.precision.reached || r.replications === 10).toBe(true);
    // The judged half-width is the one of the reported paired difference.
    const d = r.differences[0].kpis['contacts'];
    expect(r.precision.halfWidth).toBeCloseTo((d.ci95![1] - d.ci95![0]) / 2, 9);
    const plain = await compareScenarios([base, cab], { replications: r.replications });
    const { timing: _a, precision: _p, ...got } = r;
    const { timing: _b, ...want } = plain;
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  });

  it('stops after one round when the difference is exactly zero (same births under CRN)', async () => {
    const r = await compareToPrecision(pair(), { kpi: 'deliveries', halfWidth: 0.5, maxReplications: 6 }, { replications: 3 });
    expect(r.precision).toEqual(expect.objectContaining({ reached: true, halfWidth: 0, rounds: [3] }));
  });

  it('rejects one scenario, a bad half-width and an unknown KPI', async () => {
    await expect(compareToPrecision([scenario()], { kpi: 'contacts', halfWidth: 1 })).rejects.toThrow('compareToPrecision: scenarios.length(=1) must be ≥ 2');
    await expect(compareToPrecision(pair(), { kpi: 'contacts', halfWidth: 0 })).rejects.toThrow('compareToPrecision: halfWidth(=0) must be a finite number > 0');
    await expect(compareToPrecision(pair(), { kpi: 'nope', halfWidth: 1, maxReplications: 2 }, { replications: 2 })).rejects.toThrow('compareToPrecision: kpi(="nope") is not a KPI key');
  });
});
