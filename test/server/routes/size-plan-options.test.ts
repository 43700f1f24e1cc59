// POST /api/sizes with the plan dimensions the CLI has (cabinet models, par levels, a planogram
// per cabinet) and the value of a nurse minute: accepted, passed to the same engine entry as
// `wardtwin size`, reflected in the result (per-cabinet models differ from a uniform plan, the
// benefit sits beside the cost), refused with the JSON path and rule when bad, counted in the
// job budget, and re-run with its options after a restart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sizeWard } from '../../../engine/index.js';
import type { SizingCurve, WardSizing, WardSizingOptions } from '../../../engine/index.js';
import { resolveScenarioDocument } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { inProcessRunExecutor } from '../../../server/index.js';
import type { RunExecutor } from '../../../server/index.js';
import { testApp, waitForRun } from '../helpers.js';

/** Three days of the city ward after one warm-up day: cheap enough for searches in a test. */
const tinyCity = { extends: 'city-mch', meta: { id: 'city-tiny', name: 'City, three days' }, run: { horizonDays: 3, warmupDays: 1 } };
/** At 15,000 deliveries the city corridor's cabinets see unequal demand (routed shares 0.17-0.32). */
const SEARCH = { deliveries: 15000, rounds: [2], maxCabinets: 8, replications: 2, maxReplications: 2, seed: 3, targets: { minFillRate: 0.95, maxTripWaitP95Min: 30, maxStockoutSlotHoursPer1000PatientDays: 1e6 } };
const MODELS = ['compact-36', 'standard-60', 'large-96'];

type ErrorBody = { error: string; message: string; details: { path: string; rule: string; message: string }[] };
type SizeResult = WardSizing & { scenarioId: string; engineVersion: string; runId?: string };

function scenario(doc: unknown): Scenario {
  const r = resolveScenarioDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** The engine's own answer for the request's options, as `wardtwin size` computes it. */
async function direct(options: WardSizingOptions): Promise<WardSizing> {
  return sizeWard(scenario(tinyCity), { ...SEARCH, ...options });
}

const withoutStamp = (r: SizeResult): WardSizing => {
  const { scenarioId: _id, engineVersion: _v, runId: _run, ...rest } = r;
  return rest;
};

describe('POST /api/sizes plan options', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('models, par levels, a per-cabinet planogram and a nurse-minute value are stored and give sizeWard()\'s answer; per-cabinet differs from uniform', async () => {
    app = await testApp({ executor: inProcessRunExecutor({ series: false }) });
    const options = { models: MODELS, parShares: [0.3, 0.3], planogram: 'per-cabinet', costs: { cabinetPerYear: 30000, nurseMinute: 1.2 } };
    const perCabinet = await app.inject({ method: 'POST', url: '/api/sizes', payload: { scenario: tinyCity, ...SEARCH, ...options } });
    expect(perCabinet.statusCode, perCabinet.body).toBe(202);
    const uniform = await app.inject({ method: 'POST', url: '/api/sizes', payload: { scenario: tinyCity, ...SEARCH, ...options, planogram: 'uniform' } });
    const a = await waitForRun(app, perCabinet.json<{ id: string }>().id, 120_000);
    const b = await waitForRun(app, uniform.json<{ id: string }>().id, 120_000);
    expect(a.status, String(a.error)).toBe('succeeded');
    // Stored explicitly (duplicates dropped), the nurse-minute value apart from the prices.
    expect(a.request).toMatchObject({ options: { models: MODELS, parShares: [0.3], planogram: 'per-cabinet', nurseMinuteValue: 1.2, costs: { cabinetPerYear: 30000 } } });
    expect((a.request as { options: { costs: object } }).options.costs).not.toHaveProperty('nurseMinute');
    const ra = a.result as SizeResult;
    const rb = b.result as SizeResult;
    const engine = { models: MODELS, parShares: [0.3], costs: { cabinetPerYear: 30000 }, nurseMinuteValue: 1.2 };
    expect(JSON.stringify(withoutStamp(ra))).toBe(JSON.stringify(await direct({ ...engine, planogram: 'per-cabinet' })));
    expect(JSON.stringify(withoutStamp(rb))).toBe(JSON.stringify(await direct({ ...engine, planogram: 'uniform' })));
    expect(ra).toMatchObject({ planogram: 'per-cabinet', parShare: 0.3, parTrigger: true });
    expect(rb.planogram).toBe('uniform');
    // Per cabinet: the busier cabinets get a larger model than the quieter ones; uniform: one model.
    expect(new Set(ra.cabinetPlans.map((p) => p.modelId)).size).toBeGreaterThan(1);
    expect(new Set(rb.cabinetPlans.map((p) => p.modelId)).size).toBe(1);
    expect(ra.cost.total).toBeLessThan(rb.cost.total);
    // The benefit sits beside the cost: nurse minutes freed a year x the value given.
    const benefit = ra.benefit!;
    expect(benefit).toMatchObject({ method: 'paired-crn', replications: ra.verdict.replications, nurseMinuteValue: 1.2 });
    expect(benefit.nurseSupplyMinutesFreedPerYear.mean).toBeGreaterThan(0);
    expect(benefit.benefitCnyPerYear.mean).toBeCloseTo(benefit.nurseSupplyMinutesFreedPerYear.mean * 1.2, 6);
    expect(benefit.benefitPerCost).toBeCloseTo(benefit.benefitCnyPerYear.mean / ra.cost.total, 12);
  });

  it('a curve with a nurse-minute value carries each point\'s benefit, in the result and the live series; without it, neither has one', async () => {
    app = await testApp({ executor: inProcessRunExecutor({ series: false }) });
    const body = { scenario: { extends: 'county-mch', run: { horizonDays: 3, warmupDays: 1 } }, curve: [600, 1200], rounds: [1], maxCabinets: 3, replications: 2, maxReplications: 2, seed: 7, targets: { minFillRate: 0.5, maxTripWaitP95Min: 600, maxStockoutSlotHoursPer1000PatientDays: 1e6 } };
    const valued = (await app.inject({ method: 'POST', url: '/api/sizes', payload: { ...body, costs: { nurseMinute: 2 } } })).json<{ id: string }>().id;
    const plain = (await app.inject({ method: 'POST', url: '/api/sizes', payload: body })).json<{ id: string }>().id;
    const v = (await waitForRun(app, valued, 60_000)).result as SizingCurve;
    const p = (await waitForRun(app, plain, 60_000)).result as SizingCurve;
    expect(v.nurseMinuteValue).toBe(2);
    for (const point of v.curve) expect(point.benefitCnyPerYear).toBeCloseTo(point.nurseSupplyMinutesFreedPerYear! * 2, 6);
    const series = (await app.inject({ url: `/api/runs/${valued}/series` })).json<{ points: { benefitCnyPerYear?: number }[] }>().points;
    expect(series.map((s) => s.benefitCnyPerYear)).toEqual(v.curve.map((c) => c.benefitCnyPerYear));
    // Without the value the answer is the plan alone, as before: same plans, no benefit fields.
    expect(p).not.toHaveProperty('nurseMinuteValue');
    expect(JSON.stringify(p)).not.toMatch(/benefit|nurseSupplyMinutesFreed/);
    expect(p.curve.map((c) => [c.cabinets, c.roundsPerDay, c.costPerYear])).toEqual(v.curve.map((c) => [c.cabinets, c.roundsPerDay, c.costPerYear]));
  });

  it.each([
    [{ models: ['mc-60', 'nope'] }, 'invalid-request', '/body/models/1', 'known-model'],
    [{ models: [] }, 'validation-failed', '/body/models', 'minItems'],
    [{ models: Array.from({ length: 11 }, () => 'mc-60') }, 'validation-failed', '/body/models', 'maxItems'],
    [{ models: ['bad id'] }, 'validation-failed', '/body/models/0', 'pattern'],
    [{ parShares: [0.2, 1.5] }, 'validation-failed', '/body/parShares/1', 'maximum'],
    [{ parShares: [-0.1] }, 'validation-failed', '/body/parShares/0', 'minimum'],
    [{ planogram: 'random' }, 'validation-failed', '/body/planogram', 'anyOf'],
    [{ costs: { nurseMinute: -1 } }, 'validation-failed', '/body/costs/nurseMinute', 'minimum'],
    [{ costs: { nurseMinute: 1e9 } }, 'validation-failed', '/body/costs/nurseMinute', 'maximum'],
    [{ scenario: { extends: 'county-mch', channels: { order: ['cabinet'] } }, costs: { nurseMinute: 1 } }, 'invalid-request', '/body/costs/nurseMinute', 'has-baseline-channel'],
    [{ models: MODELS, parShares: [0.2, 0.3, 0.4] }, 'over-budget', '/body', 'max-cost'],
  ])('POST /api/sizes %j answers 400 %s at %s (%s) and stores nothing', async (payload, error, path, rule) => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/sizes', payload });
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.error).toBe(error);
    expect(body.details).toContainEqual(expect.objectContaining({ path, rule }));
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toEqual([]);
  });

  it('the same options without the models and par levels fit the budget (the variants are what it counts)', async () => {
    app = await testApp();
    expect((await app.inject({ method: 'POST', url: '/api/sizes', payload: { models: ['mc-60'], parShares: [0.3] } })).statusCode).toBe(202);
  });

  it('a size job with plan options interrupted mid-run is re-run after a restart with those options and gives sizeWard()\'s answer', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'wardtwin-size-')), 'runs.db');
    // An executor that never finishes, as a server killed during the job.
    const stuck: RunExecutor = (_job, hooks) => new Promise((_resolve, reject) => hooks.signal.addEventListener('abort', () => reject(new Error('server closed'))));
    app = await testApp({ dbPath: db, executor: stuck });
    const payload = { scenario: tinyCity, ...SEARCH, models: MODELS, parShares: [0.3], planogram: 'per-cabinet', costs: { nurseMinute: 0.8 } };
    const { id } = (await app.inject({ method: 'POST', url: '/api/sizes', payload })).json<{ id: string }>();
    expect((await app.inject({ url: `/api/runs/${id}` })).json<{ status: string }>().status).toBe('running');
    await app.close();
    app = await testApp({ dbPath: db, executor: inProcessRunExecutor({ series: false }) });
    const run = await waitForRun(app, id, 120_000);
    expect(run.status, String(run.error)).toBe('succeeded');
    expect(run.request).toMatchObject({ options: { models: MODELS, parShares: [0.3], planogram: 'per-cabinet', nurseMinuteValue: 0.8 } });
    const result = run.result as SizeResult;
    expect(JSON.stringify(withoutStamp(result))).toBe(JSON.stringify(await direct({ models: MODELS, parShares: [0.3], planogram: 'per-cabinet', costs: {}, nurseMinuteValue: 0.8 })));
    expect(result.benefit?.nurseMinuteValue).toBe(0.8);
  });
});
