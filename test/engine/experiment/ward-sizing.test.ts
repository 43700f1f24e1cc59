import { describe, expect, it } from 'vitest';
import { sizeWard } from '../../../engine/experiment/ward-sizing.js';
import { configureWard } from '../../../engine/experiment/ward-plan.js';
import { createInProcessExecutor } from '../../../engine/experiment/executors/index.js';
import type { Executor } from '../../../engine/experiment/executors/index.js';
import { compileParams } from '../../../engine/ward/index.js';
import { planCost, resolveCosts } from '../../../engine/experiment/sizing-costs.js';
import { resolveScenarioDocument } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';

const tiny = (): Scenario => {
  const r = resolveScenarioDocument({ extends: 'county-mch', meta: { id: 'county-tiny', name: 'County, four days' }, run: { horizonDays: 4, warmupDays: 1 } });
  if (!r.ok) throw new Error('tiny scenario');
  return r.scenario;
};

describe('sizeWard() costs plans and answers the cheapest that passes', () => {
  it('the answer is the cheapest passing plan tried, its cost is planCost() of its verdict, and a Pareto front and a binding target are reported', async () => {
    const costs = { cabinetPerYear: 20_000, restockLaborPerHour: 80, holdingPerUnitYear: 2 };
    const s = await sizeWard(tiny(), { rounds: [1, 2, 3], maxCabinets: 4, replications: 2, maxReplications: 2, seed: 7, costs, targets: { minFillRate: 0.9, maxTripWaitP95Min: 60, maxStockoutSlotHoursPer1000PatientDays: 1e6 } });
    expect(s.costs).toEqual(resolveCosts(costs));
    expect(s.cost).toEqual(planCost(s.costs, s.cabinets, s.verdict.restockLaborHoursPerDay, s.verdict.inventoryUnitsMean));
    const passing = s.evaluations.filter((e) => e.pass);
    expect(Math.min(...passing.map((e) => e.costPerYear))).toBe(s.cost.total);
    expect(s.evaluations.some((e) => e.paretoOptimal && e.cabinets === s.cabinets && e.roundsPerDay === s.roundsPerDay)).toBe(true);
    expect(['fillRate', 'tripWaitP95Min', 'stockoutSlotHoursPer1000PatientDays']).toContain(s.bindingTarget);
    expect(s.roundHours).toHaveLength(s.roundsPerDay);
    // every round lies in the restocker shift (07:00-19:00 in the presets)
    for (const h of s.roundHours) expect(h >= 7 && h < 19).toBe(true);
  });

  it('sizes options.deliveries with the roster scaled from the scenario\'s own volume (--deliveries 20000 on a 6,000 roster was the issue)', async () => {
    const s = tiny();
    const sized = await sizeWard(s, { deliveries: s.births.annualDeliveries * 4, rounds: [2], maxCabinets: 12, replications: 2, maxReplications: 2, seed: 3, targets: { minFillRate: 0, maxTripWaitP95Min: 1e6, maxStockoutSlotHoursPer1000PatientDays: 1e9 } });
    expect(sized.annualDeliveries).toBe(s.births.annualDeliveries * 4);
    expect(sized.staffing).toBe('scaled');
    const before = s.people.shifts.reduce((a, sh) => a + sh.nurses, 0);
    const after = Object.values(sized.nursesByShift).reduce((a, n) => a + n, 0);
    expect(after).toBeGreaterThan(3 * before);
  });

  it('searches cabinet models and par levels as plan dimensions: every (model, par) is tried, the answer is the cheapest passing plan over all, and its par level and per-cabinet plans are reported', async () => {
    const targets = { minFillRate: 0.9, maxTripWaitP95Min: 60, maxStockoutSlotHoursPer1000PatientDays: 1e6 };
    const s = await sizeWard(tiny(), { models: ['mc-60', 'compact-36'], parShares: [0.1, 0.5], rounds: [1, 2], maxCabinets: 3, replications: 2, maxReplications: 2, seed: 7, targets });
    const seen = new Set(s.evaluations.map((e) => `${e.modelId}/${e.parShare}`));
    expect([...seen].sort()).toEqual(['compact-36/0.1', 'compact-36/0.5', 'mc-60/0.1', 'mc-60/0.5']);
    const passing = s.evaluations.filter((e) => e.pass);
    expect(Math.min(...passing.map((e) => e.costPerYear))).toBe(s.cost.total);
    expect(passing.some((e) => e.modelId === s.modelId && e.parShare === s.parShare && e.cabinets === s.cabinets && e.costPerYear === s.cost.total)).toBe(true);
    expect(s.parTrigger).toBe(true);
    expect(s.cabinetPlans).toHaveLength(s.cabinets);
    expect(s.cabinetPlans.every((p) => p.modelId === s.modelId)).toBe(true);
    expect(s.cost.cabinets).toBe(s.cabinets * (s.modelId === 'compact-36' ? 22_000 : 30_000));
  });

  it('per-cabinet planogram: each cabinet gets the model its routed demand needs, and the lease is what those models cost', async () => {
    const targets = { minFillRate: 0, maxTripWaitP95Min: 1e6, maxStockoutSlotHoursPer1000PatientDays: 1e9 };
    const s = await sizeWard(tiny(), { planogram: 'per-cabinet', models: ['mc-60', 'compact-36', 'large-96'], minCabinets: 3, rounds: [1], maxCabinets: 3, replications: 2, maxReplications: 2, seed: 7, targets });
    expect(s.planogram).toBe('per-cabinet');
    const price: Record<string, number> = { 'mc-60': 30_000, 'compact-36': 22_000, 'large-96': 42_000 };
    expect(s.cost.cabinets).toBe(s.cabinetPlans.reduce((a, p) => a + price[p.modelId], 0));
    // the model follows the share routed to each cabinet: never a smaller model for a larger share
    const rank = ['compact-36', 'mc-60', 'large-96'];
    const byShare = [...s.cabinetPlans].sort((a, b) => a.demandShare - b.demandShare);
    for (let i = 1; i < byShare.length; i++) expect(rank.indexOf(byShare[i].modelId)).toBeGreaterThanOrEqual(rank.indexOf(byShare[i - 1].modelId));
    expect(s.cabinetPlans.reduce((a, p) => a + p.demandShare, 0)).toBeCloseTo(1, 3);
    // county-mch's three evenly spread cabinets: the middle one is first choice of half the rooms
    expect(s.cabinetPlans.map((p) => p.demandShare)).toEqual([0.25, 0.5, 0.25]);
    expect(s.cabinetPlans[1].modelId).not.toBe(s.cabinetPlans[0].modelId);
  });

  it('screens with short runs: a candidate they show clearly failing stops after them, every other plan is judged on full-length runs only, and the answer is the full search\'s', async () => {
    const s: Scenario = { ...tiny(), run: { ...tiny().run, horizonDays: 12 } };
    const counting = (horizons: number[]): Executor => {
      const inner = createInProcessExecutor();
      return { kind: 'in-process', parallelism: 1, run: (jobs, o) => { horizons.push(...jobs.map((j) => j.scenario.run.horizonDays)); return inner.run(jobs, o); }, close: () => inner.close() };
    };
    // 12,000 deliveries on county-mch: one cabinet at one round fills about 80 % of lines, far off 0.99
    // (the analytic floor would skip such plans without a run; off here, where screening is tested)
    const options = { deliveries: 12_000, rounds: [1, 2], maxCabinets: 6, replications: 3, maxReplications: 3, seed: 5, analyticFloor: false, targets: { minFillRate: 0.99, maxTripWaitP95Min: 60, maxStockoutSlotHoursPer1000PatientDays: 1e6 } };
    const shortRuns: number[] = [];
    const short = await sizeWard(s, { ...options, screeningDays: 3, executor: counting(shortRuns) });
    const fullRuns: number[] = [];
    const full = await sizeWard(s, { ...options, screening: false, executor: counting(fullRuns) });
    expect(new Set(shortRuns)).toEqual(new Set([3, 12]));
    expect(new Set(fullRuns)).toEqual(new Set([12]));
    // the clearly failing plans ran no full-length replication
    expect(shortRuns.filter((h) => h === 12).length).toBeLessThan(fullRuns.length);
    expect({ cabinets: short.cabinets, rounds: short.roundsPerDay, cost: short.cost }).toEqual({ cabinets: full.cabinets, rounds: full.roundsPerDay, cost: full.cost });
    await expect(sizeWard(s, { ...options, screeningDays: 0 })).rejects.toThrow('sizing: screeningDays(=0) must be an integer >= 1');
  });

  it('refuses a negative price before any run, naming the price and its bound', async () => {
    await expect(sizeWard(tiny(), { costs: { cabinetPerYear: -1 } })).rejects.toThrow('sizing: costs.cabinetPerYear(=-1) must be a finite number in [0, 10000000] CNY/cabinet-year');
  });
});

describe('configureWard() staffing', () => {
  it('scaled (the default) keeps each shift\'s nurses per bed as the volume grows; fixed keeps the roster; the own volume is unchanged', () => {
    const s = tiny();
    const plan = { cabinets: 2, rounds: 2, modelId: s.cabinets.models[0].id };
    const own = configureWard(s, plan);
    expect(own.people.shifts).toEqual(s.people.shifts);
    const big = configureWard(s, { ...plan, annualDeliveries: s.births.annualDeliveries * 4 });
    const bedRatio = compileParams(big).beds / compileParams(s).beds;
    expect(bedRatio).toBeGreaterThan(3.5);
    big.people.shifts.forEach((sh, i) => {
      expect(sh.nurses).toBe(Math.ceil(s.people.shifts[i].nurses * bedRatio - 1e-9));
      expect(sh.nurses / compileParams(big).beds).toBeGreaterThanOrEqual(s.people.shifts[i].nurses / compileParams(s).beds - 1e-12);
    });
    const fixed = configureWard(s, { ...plan, annualDeliveries: s.births.annualDeliveries * 4, staffing: 'fixed' });
    expect(fixed.people.shifts).toEqual(s.people.shifts);
  });
});
