import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { RunExecutor } from '../../../server/index.js';
import { fakeExecutor, testApp, waitForRun } from '../helpers.js';

const summary = (mean: number) => ({ mean, sd: 1, ci95: [mean - 1, mean + 1], n: 2 });

/** An executor answering the shape of a real run or comparison result from the stored request, at once. */
const reportableExecutor: RunExecutor = (job) => {
  const r = job.request as { scenario?: { meta: { id: string } }; base?: { meta: { id: string } }; alternative?: { meta: { id: string } }; replications: number; seed: number };
  const run = (scenario: { meta: { id: string } }, deliveries: number) => ({
    kind: 'run', scenarioId: scenario.meta.id, scenario, seed: r.seed, replications: r.replications, engineVersion: '0.1.0', eventsProcessed: 1234,
    kpis: { deliveries: summary(deliveries), boundaryCrossings: summary(deliveries / 2) },
  });
  if (job.kind === 'run') return Promise.resolve(run(r.scenario!, 40));
  return Promise.resolve({
    kind: 'comparison', seed: r.seed, replications: r.replications, engineVersion: '0.1.0', runs: [run(r.base!, 40), run(r.alternative!, 40)],
    differences: [{ scenarioId: r.alternative!.meta.id, baselineId: r.base!.meta.id, description: 'cabinets - baseline', kpis: { boundaryCrossings: summary(-7) } }],
  });
};

describe('GET /api/runs/:id/report', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('format=md (the default) answers text/markdown with the STRESS-DES sections and the run figures', async () => {
    app = await testApp({ executor: reportableExecutor });
    const { id } = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 2, seed: 9 } })).json<{ id: string }>();
    await waitForRun(app, id);
    for (const url of [`/api/runs/${id}/report`, `/api/runs/${id}/report?format=md`]) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(res.body.startsWith('# wardtwin report: county-mch\n')).toBe(true);
      expect(res.body).toContain('## STRESS-DES 4. Experimentation');
      expect(res.body).toContain('Replications: 2, base seed 9');
      expect(res.body).toContain('| deliveries | 40.000 | [39.000, 41.000] |');
    }
  });

  it('format=html answers a standalone text/html page; a compare report has the paired differences', async () => {
    app = await testApp({ executor: reportableExecutor });
    const { id } = (await app.inject({ method: 'POST', url: '/api/compares', payload: { base: 'county-mch-baseline', alternative: 'county-mch', replications: 2 } })).json<{ id: string }>();
    await waitForRun(app, id);
    const res = await app.inject({ url: `/api/runs/${id}/report?format=html` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.startsWith('<!doctype html>')).toBe(true);
    expect(res.body).toContain('<title>wardtwin report: county-mch-baseline vs county-mch</title>');
    expect(res.body).toContain('county-mch − county-mch-baseline (paired, CRN)');
    expect(res.body).toContain('Common random numbers: yes');
  });

  it('lang=zh-CN answers the report in Chinese; another language is a 400', async () => {
    app = await testApp({ executor: reportableExecutor });
    const { id } = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 2, seed: 9 } })).json<{ id: string }>();
    await waitForRun(app, id);
    const res = await app.inject({ url: `/api/runs/${id}/report?lang=zh-CN&format=html` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('<title>wardtwin 报告：county-mch</title>');
    expect(res.body).toContain('重复次数：2，基础种子 9');
    expect((await app.inject({ url: `/api/runs/${id}/report?lang=fr` })).statusCode).toBe(400);
  });

  it('answers 404 for an unknown run and 400 for a bad format', async () => {
    app = await testApp({ executor: reportableExecutor });
    const missing = await app.inject({ url: '/api/runs/nope/report' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'not-found', details: [{ path: '/params/id' }] });
    const { id } = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>();
    await waitForRun(app, id);
    const bad = await app.inject({ url: `/api/runs/${id}/report?format=pdf` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation-failed', details: expect.arrayContaining([expect.objectContaining({ path: '/querystring/format' })]) as unknown });
  });

  it('answers 409 not-finished while the job is queued or running, and for a failed one', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    app = await testApp({ executor: fakeExecutor({ gate }) });
    const { id } = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>();
    const res = await app.inject({ url: `/api/runs/${id}/report` });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'not-finished', message: `run "${id}" is running; a report needs a succeeded run` });
    open();
    await app.close();
    app = await testApp({ executor: () => Promise.reject(new Error('engine says no')) });
    const failed = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch' } })).json<{ id: string }>().id;
    await waitForRun(app, failed);
    expect((await app.inject({ url: `/api/runs/${failed}/report` })).json()).toMatchObject({ error: 'not-finished' });
  });

  it('answers 409 no-report for a succeeded job whose result is not a run or comparison', async () => {
    app = await testApp();
    const { id } = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>();
    await waitForRun(app, id);
    const res = await app.inject({ url: `/api/runs/${id}/report` });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'no-report' });
  });
});
