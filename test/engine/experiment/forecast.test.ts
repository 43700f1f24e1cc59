import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispensingState } from '../../../engine/dispensing/index.js';
import type { DispensingState } from '../../../engine/dispensing/index.js';
import { createInProcessExecutor, createPoolExecutor } from '../../../engine/experiment/executors/index.js';
import { forecastStart, runForecast, runWhatIf, simulatedLiveState } from '../../../engine/experiment/index.js';
import type { ForecastSummary } from '../../../engine/experiment/index.js';
import { buildLayout, compileParams, dispensingConfig, simulateWard } from '../../../engine/ward/index.js';
import type { WardStart } from '../../../engine/ward/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { preset } from './preset.js';

const inProcess = createInProcessExecutor();
let county: Scenario;
let live: DispensingState;

beforeAll(() => {
  county = preset('county-mch');
  live = simulatedLiveState(county, 6, 11);
});

/** The start with every slot of `sku` in the first cabinet holding it emptied (or left with `units` in its first slot). */
function starved(start: WardStart, sku: string, units = 0): { start: WardStart; cabinetId: string; slotIds: string[] } {
  const cab = start.cabinets.find((c) => c.online && c.slots.some((s) => s.sku === sku))!;
  const slotIds = cab.slots.filter((s) => s.sku === sku).map((s) => s.id);
  const cabinets = start.cabinets.map((c) => (c !== cab ? c : {
    ...c,
    slots: c.slots.map((s) => (s.sku !== sku ? s : { ...s, jammed: false, lots: s.id === slotIds[0] && units > 0 ? [{ quantity: units, expiresAtMin: start.nowMin + 365 * 1440 }] : [] })),
  }));
  return { start: { ...start, cabinets }, cabinetId: cab.id, slotIds };
}

/** The SKU with the most demand in the scenario's catalog at day 1 (a heavily used item). */
function heaviest(s: Scenario): string {
  const rate = (i: Scenario['catalog']['items'][number]) => i.curve.reduce((a, c) => (c.fromDay <= 1 ? c.perDay : a), 0);
  return [...s.catalog.items].sort((a, b) => rate(b) - rate(a))[0].sku;
}

describe('twin forecast by the warm-started ward model', () => {
  const pool = createPoolExecutor({ workers: 2 });
  afterAll(() => pool.close());

  it('gives the same bytes for the same state and seed, in process and on the worker pool', async () => {
    const start = forecastStart(live, 12);
    const a = await runForecast(county, start, { replications: 4, seed: 9, executor: inProcess });
    const b = await runForecast(county, start, { replications: 4, seed: 9, executor: inProcess });
    const c = await runForecast(county, start, { replications: 4, seed: 9, executor: pool });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).toBe(JSON.stringify(a));
    const d = await runForecast(county, start, { replications: 4, seed: 10, executor: inProcess });
    expect(JSON.stringify(d)).not.toBe(JSON.stringify(a));
  });

  it('an empty slot of a heavily used item: out before the restock for sure, and the pick list brings units for it', async () => {
    const sku = heaviest(county);
    const { start, cabinetId, slotIds } = starved(forecastStart(live, 36), sku);
    const f = await runForecast(county, start, { replications: 12, seed: 3, executor: inProcess });
    const slot = f.slots.find((s) => s.cabinetId === cabinetId && s.slotId === slotIds[0])!;
    expect(slot.outBeforeRestockProbability).toBe(1);
    expect(slot.timeToStockoutMin.p90).toBe(0);
    const picked = f.pickList.filter((p) => p.cabinetId === cabinetId && p.sku === sku);
    expect(picked.reduce((a, p) => a + p.units, 0)).toBeGreaterThan(0);
    for (const p of f.pickList) {
      const s = f.slots.find((x) => x.cabinetId === p.cabinetId && x.slotId === p.slotId)!;
      expect(p.units).toBeLessThanOrEqual(s.capacityUnits);
    }
  });

  it('one unit left of a heavily used item runs out before the restock in most replications', async () => {
    const sku = heaviest(county);
    const { start, cabinetId } = starved(forecastStart(live, 24), sku, 1);
    const f = await runForecast(county, start, { replications: 12, seed: 4, executor: inProcess });
    const pair = f.cabinetSkus.find((x) => x.cabinetId === cabinetId && x.sku === sku)!;
    expect(pair.usableUnits).toBe(1);
    expect(pair.outBeforeRestockProbability).toBeGreaterThanOrEqual(0.75);
  });

  it('from the empty ward at time 0 the warm start is the plain run of the first day', () => {
    const day: Scenario = { ...county, run: { ...county.run, warmupDays: 0, horizonDays: 1 } };
    const config = dispensingConfig(day, buildLayout(day, compileParams(day).beds))!;
    const start = forecastStart(createDispensingState(config), 24);
    for (const replication of [0, 1, 2]) {
      const plain = simulateWard(day, { seed: 5, replication });
      const warm = simulateWard(day, { seed: 5, replication, start });
      expect(warm.kpis).toEqual(plain.kpis);
      expect(warm.contactsByRolePair).toEqual(plain.contactsByRolePair);
    }
  });

  it('what-if: an extra restock round at 20:00 lowers the chance of running out, with the same seeds', async () => {
    const few: Scenario = { ...county, restock: { ...county.restock, roundHours: [8] } };
    const state = simulatedLiveState(few, 4, 2);
    const start = forecastStart(state, 30);
    const extra: Scenario = { ...few, restock: { ...few.restock, roundHours: [8, 20] } };
    const w = await runWhatIf(few, start, { scenario: extra, start }, { replications: 8, seed: 6, executor: inProcess });
    expect(w.meanOutWithinHorizonDifference).toBeLessThan(0);
    const same = await runWhatIf(few, start, { scenario: few, start }, { replications: 8, seed: 6, executor: inProcess });
    expect(same.slotDifferences.every((d) => d.outWithinHorizonProbability === 0)).toBe(true);
    const summaryKeys = (f: ForecastSummary) => Object.keys(f).sort();
    expect(summaryKeys(w.variant)).toEqual(summaryKeys(w.baseline));
  });
});
