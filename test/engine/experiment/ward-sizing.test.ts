import { describe, expect, it } from 'vitest';
import { configureWard, sizeWard } from '../../../engine/experiment/ward-sizing.js';
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
