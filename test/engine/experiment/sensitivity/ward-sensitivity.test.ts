import { describe, expect, it } from 'vitest';
import { createInProcessExecutor, createPoolExecutor } from '../../../../engine/experiment/executors/index.js';
import { planSensitivity } from '../../../../engine/experiment/sensitivity/plan-sensitivity.js';
import { runSensitivity } from '../../../../engine/experiment/sensitivity/run-sensitivity.js';
import { defaultFactorPaths } from '../../../../engine/experiment/sensitivity/factor-space.js';
import { preset } from '../preset.js';

const FACTORS = [{ path: '/channels/nurseHandoverMinutes' }, { path: '/people/visitorsPerMotherPerDay', lo: 0, hi: 2 }, { path: '/channels/nurseStationStockShare', lo: 0.9, hi: 1 }];

function plan(method: 'morris' | 'sobol' = 'morris', comparison = false) {
  const scenario = preset(comparison ? 'county-mch' : 'county-mch-baseline', 6);
  const planned = planSensitivity({
    scenario,
    baseline: comparison ? preset('county-mch-baseline', 6) : null,
    method,
    factors: FACTORS,
    kpis: ['nurseSupplyMinutesPerShift', 'expectedInfections'],
    trajectories: 3,
    sobolRows: 4,
    top: 2,
    resamples: 50,
  });
  if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
  return planned.plan;
}

describe('runSensitivity on the ward', () => {
  it('ranks a factor the KPI depends on above one it cannot see, deterministically and executor-independent', async () => {
    const inProcess = await runSensitivity(plan(), { executor: createInProcessExecutor() });
    const pool = createPoolExecutor({ workers: 2 });
    try {
      const pooled = await runSensitivity(plan(), { executor: pool });
      expect({ ...pooled, timing: null }).toEqual({ ...inProcess, timing: null });
    } finally {
      await pool.close();
    }
    const nurse = inProcess.kpis.nurseSupplyMinutesPerShift.morris;
    // On the baseline ward (no cabinets) nurse minutes grow with the handover time; visitors bring no supply work.
    const handover = nurse.find((r) => r.path === '/channels/nurseHandoverMinutes')!;
    const visitors = nurse.find((r) => r.path === '/people/visitorsPerMotherPerDay')!;
    expect(handover.mu).toBeGreaterThan(0);
    expect(handover.muStar).toBeGreaterThan(visitors.muStar);
    expect(inProcess.kpis.expectedInfections.morris.find((r) => r.path === '/people/visitorsPerMotherPerDay')!.mu).toBeGreaterThan(0);
    expect(inProcess.designPoints).toBe(1 + 3 * 4);
  }, 120_000);

  it('a comparison judges each factor against the paired difference, and sobol adds indices for the top factors', async () => {
    const r = await runSensitivity(plan('sobol', true));
    expect(r.baselineId).toBe('county-mch-baseline');
    const nurse = r.kpis.nurseSupplyMinutesPerShift;
    expect(nurse.atBase).toBeLessThan(0);
    for (const row of nurse.morris) expect(['can reverse', 'can halve', 'holds']).toContain(row.verdict);
    expect(r.sobolFactors).toHaveLength(2);
    expect(nurse.sobol).toHaveLength(2);
  }, 120_000);
});

describe('planSensitivity', () => {
  it('refuses an unknown path, a range outside the schema and an unknown KPI, with path and rule', () => {
    const scenario = preset('county-mch', 6);
    const planned = planSensitivity({
      scenario,
      factors: [{ path: '/people/nope' }, { path: '/births/caesareanShare', lo: 0.2, hi: 1.5 }, { path: '/births/monthOfYear' }],
      kpis: ['notAKpi'],
    });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    const rules = planned.errors.map((e) => `${e.path} ${e.rule}`);
    expect(rules).toEqual(['/people/nope unknownParameter', '/births/caesareanShare range', '/births/monthOfYear numericParameter', 'kpis/notAKpi unknownKpi']);
    expect(planned.errors[1].message).toContain('schema bounds 0..1');
  });

  it('defaults to basis-A scalars of the ward, without run settings or coordinates', () => {
    const paths = defaultFactorPaths(preset('county-mch'));
    expect(paths).toContain('/channels/nurseStationStockShare');
    expect(paths).toContain('/births/peak/upliftPct');
    expect(paths).not.toContain('/births/caesareanShare');
    expect(paths.some((p) => p.startsWith('/run/') || p.includes('/location/'))).toBe(false);
  });

  it('varies the own-supply share: skipped at 0 unless given a range, a default factor where a preset sets it, per item when an item sets its own', () => {
    const baseline = preset('city-mch-baseline', 6);
    expect(defaultFactorPaths(baseline)).toContain('/channels/ownSupplyShare');
    const atZero = planSensitivity({ scenario: baseline, kpis: ['trips'] });
    expect(atZero.ok && atZero.plan.skipped).toContain('/channels/ownSupplyShare');
    const whole = planSensitivity({ scenario: baseline, spread: 'schema', kpis: ['trips'] });
    expect(whole.ok && whole.plan.factors.find((f) => f.path === '/channels/ownSupplyShare')).toMatchObject({ lo: 0, hi: 1, basis: 'A', unit: 'share 0..1' });
    const own = preset('city-mch-baseline-own-supplies', 6);
    const planned = planSensitivity({ scenario: own, kpis: ['trips', 'needsMetFromOwnSupplies'] });
    expect(planned.ok && planned.plan.factors.find((f) => f.path === '/channels/ownSupplyShare')).toMatchObject({ lo: 0.25, hi: 0.75, value: 0.5 });
    own.catalog.items[2].ownSupplyShare = 0.8;
    expect(defaultFactorPaths(own)).toContain('/catalog/items/2/ownSupplyShare');
    const bad = planSensitivity({ scenario: baseline, factors: [{ path: '/channels/ownSupplyShare', lo: 0, hi: 1.5 }], kpis: ['trips'] });
    expect(bad.ok ? [] : bad.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['/channels/ownSupplyShare range']);
  });
});

describe('runSensitivity over the own-supply share', () => {
  it('finds that trips, crossings and nurse minutes fall and own-supply lines rise with the share', async () => {
    const planned = planSensitivity({
      scenario: preset('county-mch-baseline', 10),
      factors: [{ path: '/channels/ownSupplyShare', lo: 0, hi: 1 }, { path: '/people/visitorDwellMinutes' }],
      kpis: ['trips', 'boundaryCrossings', 'nurseSupplyMinutesPerShift', 'needsMetFromOwnSupplies'],
      trajectories: 3,
      resamples: 50,
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
    const r = await runSensitivity(planned.plan);
    const own = (kpi: string) => r.kpis[kpi].morris.find((m) => m.path === '/channels/ownSupplyShare')!;
    expect(own('trips').mu).toBeLessThan(0);
    expect(own('boundaryCrossings').mu).toBeLessThan(0);
    expect(own('nurseSupplyMinutesPerShift').mu).toBeLessThan(0);
    expect(own('needsMetFromOwnSupplies').mu).toBeGreaterThan(0);
    expect(own('trips').rank).toBe(1);
  }, 120_000);
});
