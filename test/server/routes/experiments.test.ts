import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { inProcessRunExecutor } from '../../../server/index.js';
import { fakeExecutor, testApp, waitForRun } from '../helpers.js';

const sweep = { id: 'cs-sweep', base: 'county-mch', replications: 2, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.5] }] };

type ErrorBody = { error: string; message: string; details: { path: string; rule: string }[] };

describe('sweep and size jobs', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('POST /api/sweeps answers 202 with a sweep job, read under /api/runs/:id, with the base resolved in the stored document', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/sweeps', payload: sweep });
    expect(res.statusCode).toBe(202);
    const { id, kind, href, stream } = res.json<{ id: string; kind: string; href: string; stream: string }>();
    expect({ kind, href, stream }).toEqual({ kind: 'sweep', href: `/api/runs/${id}`, stream: `/api/runs/${id}/stream` });
    const done = await waitForRun(app, id);
    const request = done.request as { baseName: string; points: number; replications: number; seed: number; sweep: { id: string; base: { meta: { id: string } } } };
    expect(done).toMatchObject({ kind: 'sweep', status: 'succeeded' });
    expect(request).toMatchObject({ baseName: 'county-mch', points: 2, replications: 2, sweep: { id: 'cs-sweep', base: { meta: { id: 'county-mch' } } } });
    const preset = (await app.inject({ url: '/api/scenarios/county-mch' })).json<{ run: { seed: number } }>();
    expect(request.seed).toBe(preset.run.seed);
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: { kind: string }[] }>().runs.map((r) => r.kind)).toEqual(['sweep']);
  });

  it.each([
    [{ ...sweep, id: 'Bad Id' }, 'validation-failed', '/body/id'],
    [{ ...sweep, extra: true }, 'validation-failed', '/body/extra'],
    [{ ...sweep, base: 'atlantis' }, 'invalid-sweep', '/body/base'],
    [{ ...sweep, parameters: [{ path: '/births/caesareanShare', values: [0.3, 4] }] }, 'invalid-sweep', '/body/parameters/0/values/1'],
    [{ ...sweep, base: { extends: 'county-mch', births: { caesareanShare: 'many' } } }, 'invalid-sweep', '/body/base/births/caesareanShare'],
    [{ ...sweep, replications: 201 }, 'limit-exceeded', '/body/replications'],
    [{ ...sweep, replications: 200, parameters: [{ path: '/births/caesareanShare', values: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99] }] }, 'limit-exceeded', '/body/parameters'],
    [{ ...sweep, parameters: [{ path: '/run/horizonDays', values: [7, 3650] }] }, 'limit-exceeded', '/body/parameters'],
  ])('POST /api/sweeps %j answers 400 %s at %s and stores nothing', async (payload, error, path) => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/sweeps', payload });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.error).toBe(error);
    expect(body.details.map((d) => d.path)).toContain(path);
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toEqual([]);
  });

  it('POST /api/sizes takes the visualizer\'s { curve: "from:to:step", deliveries } and stores every option explicitly', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/sizes', payload: { curve: '1000:5000:2000', deliveries: 6000 } });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ kind: 'size' });
    const done = await waitForRun(app, res.json<{ id: string }>().id);
    const preset = (await app.inject({ url: '/api/scenarios/city-mch' })).json<{ run: { seed: number } }>();
    expect(done).toMatchObject({
      kind: 'size', status: 'succeeded',
      request: { scenarioName: 'city-mch', volumes: [1000, 3000, 5000], scenario: { births: { annualDeliveries: 6000 } }, options: { targets: {}, deliveries: 6000, replications: 5, maxReplications: 20, seed: preset.run.seed } },
    });
  });

  it('POST /api/sizes with a list of volumes sorts and de-duplicates them; without a curve it sizes one volume', async () => {
    app = await testApp();
    const a = (await app.inject({ method: 'POST', url: '/api/sizes', payload: { scenario: 'county-mch', curve: [3000, 1000, 3000], rounds: [2, 1, 2], maxCabinets: 6, replications: 3, seed: 4, targets: { minFillRate: 0.9 } } })).json<{ id: string }>();
    expect((await waitForRun(app, a.id)).request).toMatchObject({ volumes: [1000, 3000], options: { rounds: [1, 2], maxCabinets: 6, replications: 3, maxReplications: 20, seed: 4, targets: { minFillRate: 0.9 } } });
    const b = (await app.inject({ method: 'POST', url: '/api/sizes', payload: { scenario: 'county-mch', deliveries: 2500 } })).json<{ id: string }>();
    // The volume is an option: the scenario keeps its own (the nurse roster's reference volume).
    expect((await waitForRun(app, b.id)).request).toMatchObject({ volumes: null, scenario: { births: { annualDeliveries: 1500 } }, options: { deliveries: 2500 } });
  });

  it('a size job from the application-form fields stores the run behind each point: it opens under /api/runs/:id and equals a POST /api/runs of that plan', async () => {
    app = await testApp({ executor: inProcessRunExecutor({ series: false }) });
    const hospital = { name: '市妇幼', annualDeliveries: 900, hospitalType: 'maternal-child', has24hConvenience: true, floorSpace: true, separateObstetrics: true };
    const options = { days: 4, curve: [600, 1200], rounds: [1], maxCabinets: 3, replications: 2, maxReplications: 2, seed: 7, targets: { minFillRate: 0.5, maxTripWaitP95Min: 600, maxStockoutSlotHoursPer1000PatientDays: 1e6 } };
    const res = await app.inject({ method: 'POST', url: '/api/sizes', payload: { hospital, ...options } });
    expect(res.statusCode, res.body).toBe(202);
    const id = res.json<{ id: string }>().id;
    const done = await waitForRun(app, id);
    expect(done).toMatchObject({ status: 'succeeded', request: { scenarioName: '市妇幼', scenario: { run: { horizonDays: 4 }, births: { annualDeliveries: 900 }, channels: { shopWalkM: 50 } } } });
    const curve = (done.result as { curve: { deliveries: number; runId: string }[] }).curve;
    expect(curve.map((p) => p.runId)).toEqual([`${id}-v600`, `${id}-v1200`]);
    const behind = (await app.inject({ url: `/api/runs/${curve[1].runId}` })).json<{ kind: string; status: string; request: { scenario: unknown; replications: number; seed: number }; result: { kpis: Record<string, unknown> } }>();
    expect(behind).toMatchObject({ kind: 'run', status: 'succeeded', request: { replications: 2, seed: 7, scenario: { births: { annualDeliveries: 1200 } } } });
    const again = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: behind.request.scenario, replications: 2, seed: 7 } })).json<{ id: string }>();
    expect(((await waitForRun(app, again.id)).result as { kpis: unknown }).kpis).toEqual(behind.result.kpis);
  });

  it.each([
    [{ scenario: 'county-mch', hospital: { annualDeliveries: 900, hospitalType: 'general', has24hConvenience: false, floorSpace: true, separateObstetrics: true } }, 'invalid-request', '/body/hospital'],
    [{ hospital: { annualDeliveries: 900, hospitalType: 'general', has24hConvenience: false, floorSpace: false, separateObstetrics: true } }, 'invalid-request', '/body/hospital/floorSpace'],
    [{ hospital: { annualDeliveries: 900, hospitalType: 'clinic', has24hConvenience: false, floorSpace: true, separateObstetrics: true } }, 'validation-failed', '/body/hospital/hospitalType'],
    [{ days: 0 }, 'validation-failed', '/body/days'],
  ])('POST /api/sizes %j answers 400 %s at %s', async (payload, error, path) => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/sizes', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error).toBe(error);
    expect(res.json<ErrorBody>().details.map((d) => d.path)).toContain(path);
  });

  it.each([
    [{ curve: '5000:1000:1000' }, 'invalid-request', '/body/curve'],
    [{ curve: 'a:b:c' }, 'validation-failed', '/body/curve'],
    [{ curve: '1000:50000:1000' }, 'limit-exceeded', '/body/curve'],
    [{ curve: [] }, 'validation-failed', '/body/curve'],
    [{ scenario: { extends: 'county-mch-baseline', cabinets: { models: [], instances: [] } } }, 'invalid-request', '/body/scenario'],
    [{ scenario: 'atlantis' }, 'unknown-preset', '/body/scenario'],
    [{ replications: 8, maxReplications: 4 }, 'invalid-request', '/body/maxReplications'],
    [{ maxReplications: 500 }, 'limit-exceeded', '/body/maxReplications'],
    [{ replications: 300 }, 'limit-exceeded', '/body/replications'],
    [{ replications: 1 }, 'validation-failed', '/body/replications'],
    [{ targets: { minFillRate: 2 } }, 'validation-failed', '/body/targets/minFillRate'],
    [{ targets: { fill: 1 } }, 'validation-failed', '/body/targets/fill'],
    [{ maxCabinets: 101 }, 'validation-failed', '/body/maxCabinets'],
    [{ scenario: { extends: 'city-mch', run: { horizonDays: 3650 } } }, 'limit-exceeded', '/body/scenario/run/horizonDays'],
  ])('POST /api/sizes %j answers 400 %s at %s and stores nothing', async (payload, error, path) => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/sizes', payload });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.error).toBe(error);
    expect(body.details.map((d) => d.path)).toContain(path);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toEqual([]);
  });

  it('sweeps and sizes count against maxActiveRuns with runs (429 run-limit), and are cancelled with DELETE /api/runs/:id', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    app = await testApp({ executor: fakeExecutor({ gate }), limits: { maxActiveRuns: 2 } });
    const s = (await app.inject({ method: 'POST', url: '/api/sweeps', payload: sweep })).json<{ id: string }>().id;
    const z = (await app.inject({ method: 'POST', url: '/api/sizes', payload: { curve: [1000] } })).json<{ id: string }>().id;
    const third = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } });
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: 'run-limit' });
    expect((await app.inject({ method: 'POST', url: '/api/sizes', payload: {} })).statusCode).toBe(429);
    expect((await app.inject({ method: 'DELETE', url: `/api/runs/${z}` })).json()).toMatchObject({ kind: 'size', status: 'cancelled' });
    expect((await app.inject({ method: 'DELETE', url: `/api/runs/${s}` })).json()).toMatchObject({ kind: 'sweep', status: 'cancelled' });
    expect((await app.inject({ method: 'POST', url: '/api/sizes', payload: {} })).statusCode).toBe(202);
    open();
  });

  it('with a token, POST /api/sweeps and /api/sizes need the bearer', async () => {
    app = await testApp({ token: 's3cret' });
    expect((await app.inject({ method: 'POST', url: '/api/sweeps', payload: sweep })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/sizes', payload: {} })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/sizes', payload: {}, headers: { authorization: 'Bearer s3cret' } })).statusCode).toBe(202);
  });
});
