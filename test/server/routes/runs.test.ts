import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { fakeExecutor, fakeResult, testApp, waitForRun } from '../helpers.js';

describe('run routes', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('POST /api/runs answers 202 with an id; the run succeeds with the executor result, progress 1 and one series point per replication', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 4, seed: 7 } });
    expect(res.statusCode).toBe(202);
    const { id, href, stream, status } = res.json<{ id: string; href: string; stream: string; status: string }>();
    expect(status).toBe('queued');
    expect(href).toBe(`/api/runs/${id}`);
    expect(stream).toBe(`/api/runs/${id}/stream`);
    const done = await waitForRun(app, id);
    expect(done).toMatchObject({ id, kind: 'run', status: 'succeeded', progress: 1, error: null });
    const request = done.request as { scenarioName: string; replications: number; seed: number; scenario: { meta: { id: string } } };
    expect(request).toMatchObject({ scenarioName: 'county-mch', replications: 4, seed: 7 });
    expect(request.scenario.meta.id).toBe('county-mch');
    expect(done.result).toEqual(fakeResult(request));
    const series = await app.inject({ url: `/api/runs/${id}/series` });
    expect(series.statusCode).toBe(200);
    expect(series.json<{ points: unknown[] }>().points).toEqual([1, 2, 3, 4].map((i) => ({ replication: i, value: i * 2 })));
  });

  it('POST /api/runs takes replications and seed from the scenario when omitted, and a whole document', async () => {
    app = await testApp();
    const preset = (await app.inject({ url: '/api/scenarios/county-mch' })).json<{ run: { seed: number; replications: number } }>();
    const doc = { extends: 'county-mch', meta: { id: 'custom', name: 'Custom ward' }, run: { replications: 3 } };
    const res = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: doc } });
    expect(res.statusCode).toBe(202);
    const done = await waitForRun(app, res.json<{ id: string }>().id);
    expect(done.request).toMatchObject({ scenarioName: 'custom', replications: 3, seed: preset.run.seed });
  });

  it.each([
    [{ scenario: 'atlantis' }, 400, 'unknown-preset', '/body/scenario'],
    [{ scenario: 'county-mch', replications: 201 }, 400, 'limit-exceeded', '/body/replications'],
    [{ scenario: 'county-mch', replications: 0 }, 400, 'validation-failed', '/body/replications'],
    [{ scenario: 'county-mch', extra: 1 }, 400, 'validation-failed', '/body/extra'],
    [{ replications: 2 }, 400, 'validation-failed', '/body/scenario'],
    [{ scenario: { extends: 'county-mch', run: { horizonDays: 'long' } } }, 400, 'invalid-scenario', '/body/scenario/run/horizonDays'],
    [{ scenario: { extends: 'county-mch', run: { horizonDays: 3660, warmupDays: 14 } } }, 400, 'limit-exceeded', '/body/scenario/run/horizonDays'],
  ])('POST /api/runs %j answers %i %s at %s and stores nothing', async (payload, status, error, path) => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/runs', payload });
    expect(res.statusCode).toBe(status);
    const body = res.json<{ error: string; message: string; details: { path: string }[] }>();
    expect(body.error).toBe(error);
    expect(body.details.map((d) => d.path)).toContain(path);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toEqual([]);
  });

  it('POST /api/runs answers 429 run-limit beyond maxActiveRuns queued or running jobs', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    app = await testApp({ executor: fakeExecutor({ gate }), limits: { maxActiveRuns: 2 } });
    for (let i = 0; i < 2; i++) expect((await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).statusCode).toBe(202);
    const third = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } });
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: 'run-limit' });
    open();
  });

  it('POST /api/compares stores a compare job with both scenarios, readable under /api/runs/:id', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/compares', payload: { base: 'county-mch-baseline', alternative: 'county-mch', replications: 2 } });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ kind: 'compare' });
    const done = await waitForRun(app, res.json<{ id: string }>().id);
    expect(done).toMatchObject({ kind: 'compare', status: 'succeeded', request: { baseName: 'county-mch-baseline', alternativeName: 'county-mch', replications: 2 } });
    const bad = await app.inject({ method: 'POST', url: '/api/compares', payload: { base: 'county-mch', alternative: 'nope' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'unknown-preset', details: [{ path: '/body/alternative' }] });
  });

  it('GET /api/runs lists newest first, filters by status and pages; bad query is a 400', async () => {
    app = await testApp();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>().id);
    for (const id of ids) await waitForRun(app, id);
    const all = (await app.inject({ url: '/api/runs' })).json<{ runs: { id: string }[] }>().runs.map((r) => r.id);
    expect(all).toEqual([...ids].reverse());
    const page = (await app.inject({ url: '/api/runs?limit=1&offset=1' })).json<{ runs: { id: string }[] }>().runs.map((r) => r.id);
    expect(page).toEqual([ids[1]]);
    expect((await app.inject({ url: '/api/runs?status=running' })).json<{ runs: unknown[] }>().runs).toEqual([]);
    const bad = await app.inject({ url: '/api/runs?limit=0&status=bogus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toEqual(expect.arrayContaining(['/querystring/limit']));
  });

  it('GET /api/runs/:id, /series and DELETE answer 404 for an unknown id', async () => {
    app = await testApp();
    for (const [method, url] of [['GET', '/api/runs/nope'], ['GET', '/api/runs/nope/series'], ['DELETE', '/api/runs/nope']] as const) {
      const res = await app.inject({ method, url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: 'not-found', details: [{ path: '/params/id' }] });
    }
  });

  it('DELETE /api/runs/:id cancels a running job (its status stays cancelled) and answers 409 for a finished one', async () => {
    app = await testApp({ executor: fakeExecutor({ stepMs: 20 }) });
    const id = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 100 } })).json<{ id: string }>().id;
    await new Promise((resolve) => setTimeout(resolve, 60));
    const res = await app.inject({ method: 'DELETE', url: `/api/runs/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'cancelled', result: null });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await app.inject({ url: `/api/runs/${id}` })).json()).toMatchObject({ status: 'cancelled' });
    const again = await app.inject({ method: 'DELETE', url: `/api/runs/${id}` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'already-finished' });
  });

  it('a queued job cancelled before it starts never runs; the next one does', async () => {
    app = await testApp({ executor: fakeExecutor({ stepMs: 10 }) });
    const first = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 3 } })).json<{ id: string }>().id;
    const second = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 3 } })).json<{ id: string }>().id;
    expect((await app.inject({ method: 'DELETE', url: `/api/runs/${second}` })).json()).toMatchObject({ status: 'cancelled' });
    expect(await waitForRun(app, first)).toMatchObject({ status: 'succeeded' });
    expect((await app.inject({ url: `/api/runs/${second}` })).json()).toMatchObject({ status: 'cancelled', progress: 0 });
  });

  it('a job whose executor throws is failed with the message, and the server stays up', async () => {
    app = await testApp({ executor: () => Promise.reject(new Error('engine says no')) });
    const id = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch' } })).json<{ id: string }>().id;
    expect(await waitForRun(app, id)).toMatchObject({ status: 'failed', error: 'engine says no', result: null });
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});
