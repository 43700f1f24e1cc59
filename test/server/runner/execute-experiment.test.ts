import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { planSweep, runSweep, sizingCurve } from '../../../engine/experiment/index.js';
import { resolveScenarioDocument } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { inProcessRunExecutor } from '../../../server/index.js';
import { sizingData } from '../../../viz/src/adapters/index.js';
import { testApp, waitForRun } from '../helpers.js';

/** Three days of the county ward after one warm-up day: cheap enough for searches in a test. */
const tinyCounty = { extends: 'county-mch', meta: { id: 'county-tiny', name: 'County, three days' }, run: { horizonDays: 3, warmupDays: 1 } };

function scenario(doc: unknown): Scenario {
  const r = resolveScenarioDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('sweep and size jobs executed by the engine', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('POST /api/sweeps gives runSweep\'s points (CRN across points), progress after every replication job', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const doc = { id: 'cs', base: tinyCounty, replications: 2, seed: 5, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.2, 0.4] }] };
    const { id } = (await app.inject({ method: 'POST', url: '/api/sweeps', payload: doc })).json<{ id: string }>();
    const run = await waitForRun(app, id, 60_000);
    expect(run).toMatchObject({ status: 'succeeded', progress: 1 });
    const planned = planSweep(doc, (base) => resolveScenarioDocument(base));
    if (!planned.ok) throw new Error('plan');
    const direct = await runSweep(planned.plan);
    const result = run.result as typeof direct;
    expect(result.kind).toBe('sweep');
    expect(JSON.stringify(result.points)).toBe(JSON.stringify(direct.points));
    expect(result.points.map((p) => p.parameters.cs)).toEqual([0.2, 0.4]);
  });

  it('POST /api/sizes with a curve equals one sizingCurve() call, one series point per volume, readable by the Sizing page', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const targets = { minFillRate: 0.9, maxTripWaitP95Min: 30 };
    const body = { scenario: tinyCounty, curve: [4000, 500, 1500], rounds: [1, 2], maxCabinets: 6, replications: 2, maxReplications: 4, seed: 3, targets };
    const { id } = (await app.inject({ method: 'POST', url: '/api/sizes', payload: body })).json<{ id: string }>();
    const run = await waitForRun(app, id, 120_000);
    expect(run.status, String(run.error)).toBe('succeeded');
    const direct = await sizingCurve(scenario(tinyCounty), [500, 1500, 4000], { rounds: [1, 2], maxCabinets: 6, replications: 2, maxReplications: 4, seed: 3, targets });
    // Each point names the run behind it, stored by the job under the job's id and the volume.
    expect(run.result).toEqual({ ...direct, curve: direct.curve.map((p) => ({ ...p, runId: `${id}-v${p.deliveries}` })), scenarioId: 'county-tiny', engineVersion: expect.any(String) as string });
    const points = (await app.inject({ url: `/api/runs/${id}/series` })).json<{ points: { deliveries: number; cabinets: number }[] }>().points;
    expect(points.map((p) => [p.deliveries, p.cabinets])).toEqual(direct.curve.map((p) => [p.deliveries, p.cabinets]));
    // The contract with the Sizing page: its adapter reads the job result as one curve.
    const drawn = sizingData(run.result, 2000);
    expect(drawn?.curves.map((c) => [c.deliveries, c.cabinets])).toEqual([[[500, 1500, 4000], direct.curve.map((p) => p.cabinets)]]);
  });

  it('a size job whose targets cannot be met fails with the engine\'s reason', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const body = { scenario: tinyCounty, deliveries: 30000, rounds: [1], maxCabinets: 1, replications: 2, maxReplications: 2, targets: { minFillRate: 1, maxTripWaitP95Min: 0, maxStockoutSlotHoursPer1000PatientDays: 0 } };
    const { id } = (await app.inject({ method: 'POST', url: '/api/sizes', payload: body })).json<{ id: string }>();
    const run = await waitForRun(app, id, 60_000);
    expect(run).toMatchObject({ status: 'failed', result: null });
    expect(String(run.error)).toMatch(/target/i);
  });
});
