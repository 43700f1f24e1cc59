import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../../scenarios/index.js';
import { runReplications, runToPrecision } from '../../../engine/experiment/index.js';

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
