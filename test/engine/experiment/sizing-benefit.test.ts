import { describe, expect, it } from 'vitest';
import { planBenefit, withoutCabinets } from '../../../engine/experiment/sizing-benefit.js';
import { planEffects } from '../../../engine/experiment/portfolio/plan-effects.js';
import { resolveBenefitValues } from '../../../engine/experiment/portfolio/benefit-values.js';
import { replicationJobs } from '../../../engine/experiment/replication-job.js';
import { runBatch } from '../../../engine/experiment/run-replications.js';
import { sizeWard } from '../../../engine/experiment/ward-sizing.js';
import { resolveScenarioDocument } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';

const resolve = (doc: unknown): Scenario => {
  const r = resolveScenarioDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
};
const short = { run: { horizonDays: 3, warmupDays: 1 } };

describe('a sizing plan\'s benefit: nurse minutes freed against the ward without cabinets, valued', () => {
  it('withoutCabinets() is the presets\' baseline twin: no cabinet instances, the cabinet channel left out', () => {
    const city = resolve({ extends: 'city-mch' });
    const twin = withoutCabinets(city);
    const preset = resolve({ extends: 'city-mch-baseline' });
    expect(twin.cabinets.instances).toEqual([]);
    expect(twin.channels).toEqual(preset.channels);
    expect({ ...twin, meta: null, cabinets: twin.cabinets.instances }).toEqual({ ...preset, meta: null, cabinets: preset.cabinets.instances });
    expect(() => withoutCabinets(resolve({ extends: 'county-mch', channels: { order: ['cabinet'] } }))).toThrow(/channels\.order/);
  });

  it('planBenefit() gives the nurse minutes portfolio mode\'s planEffects() measures for the same pair (common random numbers), times the value', async () => {
    const plan = resolve({ extends: 'city-mch', ...short });
    const baseline = resolve({ extends: 'city-mch-baseline', ...short });
    const { outcomes } = await runBatch(null, replicationJobs(plan, 5, 3), undefined, undefined);
    const b = await planBenefit(plan, outcomes, { seed: 5, nurseMinuteValue: 1.5, costPerYear: 100_000 });
    const effects = await planEffects(baseline, plan, { seed: 5, replications: 3, values: resolveBenefitValues({ nurseMinute: 1.5, boundaryCrossing: 0, infection: 0 }) });
    expect(b.nurseSupplyMinutesFreedPerYear).toEqual(effects.nurseSupplyMinutesFreedPerYear);
    expect(b.benefitCnyPerYear.mean).toBeCloseTo(effects.benefitCnyPerYear.mean, 6);
    expect(b.nurseSupplyMinutesFreedPerYear.mean).toBeGreaterThan(0);
    expect(b).toMatchObject({ method: 'paired-crn', replications: 3, nurseMinuteValue: 1.5 });
    expect(b.benefitPerCost).toBeCloseTo(b.benefitCnyPerYear.mean / 100_000, 12);
    expect((await planBenefit(plan, outcomes, { seed: 5, nurseMinuteValue: 1.5, costPerYear: 0 })).benefitPerCost).toBeNull();
  });

  it('sizeWard() carries the benefit only when a nurse-minute value is given, and refuses one out of bounds before any run', async () => {
    const county = resolve({ extends: 'county-mch', ...short });
    const o = { rounds: [1], maxCabinets: 2, replications: 2, maxReplications: 2, seed: 7, targets: { minFillRate: 0.5, maxTripWaitP95Min: 600, maxStockoutSlotHoursPer1000PatientDays: 1e6 } };
    const plain = await sizeWard(county, o);
    const valued = await sizeWard(county, { ...o, nurseMinuteValue: 2 });
    expect(plain).not.toHaveProperty('benefit');
    expect({ ...valued, benefit: undefined }).toEqual({ ...plain, benefit: undefined });
    expect(valued.benefit?.benefitCnyPerYear.mean).toBeCloseTo(valued.benefit!.nurseSupplyMinutesFreedPerYear.mean * 2, 6);
    await expect(sizeWard(county, { ...o, nurseMinuteValue: -1 })).rejects.toThrow(/nurseMinuteValue\(=-1\)/);
  });
});
