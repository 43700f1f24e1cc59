import { describe, expect, it } from 'vitest';
import { cabinetPlans, fitModels, routedShares } from '../../../engine/experiment/cabinet-plan.js';
import { CABINET_CATALOGUE, pricedModels } from '../../../engine/experiment/cabinet-catalogue.js';
import { configureWard } from '../../../engine/experiment/ward-plan.js';
import { buildLayout, compileParams, expectedDemandPerDay } from '../../../engine/ward/index.js';
import { loadPreset } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';

const preset = (name: string): Scenario => {
  const r = loadPreset(name);
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

describe('per-cabinet demand from the routing geometry', () => {
  it('city-mch: 45 rooms, cab-2 is first choice of 15 of them (1/3), cab-1 and cab-3 of 9 each, cab-4 of 12 (the issue\'s one busy cabinet)', () => {
    const s = preset('city-mch');
    const shares = routedShares(s);
    expect(shares.map((x) => Math.round(x * 45))).toEqual([9, 15, 9, 12]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // the shares are the router's own choice: each room's first cabinet in the layout
    const layout = buildLayout(s, compileParams(s).beds);
    expect(layout.roomCabinetOrder.filter((o) => o[0] === 1).length / layout.roomCabinetOrder.length).toBeCloseTo(shares[1], 12);
  });

  it('cabinetPlans(): routed demand adds up to the ward\'s; the busiest cabinet has the shortest cover, in proportion to its share', () => {
    const s = preset('city-mch');
    const plans = cabinetPlans(s);
    const ward = expectedDemandPerDay(s).reduce((a, b) => a + b, 0);
    expect(plans.reduce((a, p) => a + p.demandUnitsPerDay, 0)).toBeCloseTo(ward, 2);
    expect(plans[1].minDaysOfCover).toBeLessThan(plans[0].minDaysOfCover!);
    expect(plans[0].minDaysOfCover! / plans[1].minDaysOfCover!).toBeCloseTo(15 / 9, 2);
    for (const p of plans) expect(Object.values(p.slotAllocation).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60);
  });

  it('fitModels(): cabinets above the average share (cab-2 1/3, cab-4 4/15 against 1/4) get the larger model, the others keep the base (the compact one covers too little), and the lease is the sum of their prices', () => {
    const s = preset('city-mch');
    const base = s.cabinets.models[0];
    const models = pricedModels(s, [base.id, 'compact-36', 'large-96'], 30_000);
    const { scenario, cabinetsPerYear } = fitModels(s, base, models);
    const ids = scenario.cabinets.instances.map((c) => c.modelId);
    expect(ids).toEqual(['mc-60', 'large-96', 'mc-60', 'large-96']);
    const price = new Map([...CABINET_CATALOGUE.map((m) => [m.id, m.pricePerYear] as const), ['mc-60', 30_000] as const]);
    expect(cabinetsPerYear).toBe(ids.reduce((a, id) => a + price.get(id)!, 0));
    // the models it uses are in the scenario, so the ward can plan their slots
    for (const id of ids) expect(scenario.cabinets.models.some((m) => m.id === id)).toBe(true);
    const plans = cabinetPlans(scenario);
    expect(plans[1].minDaysOfCover!).toBeGreaterThan(cabinetPlans(s)[1].minDaysOfCover!);
  });

  it('an evenly spread plan at 20,000 deliveries fits one model per cabinet from its own share; with one model on offer nothing changes', () => {
    const s = configureWard(preset('city-mch'), { cabinets: 7, rounds: 2, modelId: 'mc-60', annualDeliveries: 20_000 });
    const one = fitModels(s, s.cabinets.models[0], pricedModels(s, ['mc-60'], 30_000));
    expect(one.scenario.cabinets.instances.map((c) => c.modelId)).toEqual(s.cabinets.instances.map((c) => c.modelId));
    expect(one.cabinetsPerYear).toBe(7 * 30_000);
  });

  it('pricedModels() refuses an unknown model naming it and the catalogue', () => {
    expect(() => pricedModels(preset('city-mch'), ['mc-60', 'nope'], 1)).toThrow('sizing: models[1](="nope") is neither a cabinet model of scenario "city-mch" nor one of the catalogue (compact-36, standard-60, large-96)');
  });
});
