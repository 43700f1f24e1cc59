import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createInProcessExecutor } from '../../../engine/experiment/index.js';
import type { Executor } from '../../../engine/experiment/index.js';
import { executeJob, inProcessRunExecutor, workerExecutor } from '../../../server/index.js';
import type { RunExecutor } from '../../../server/index.js';
import { testApp, waitForRun } from '../helpers.js';
import { executorsAgree, sameResultGivenSameSeed } from '../../_support/laws.js';

/** A week of the county ward after one warm-up day: a real run in well under a second per replication. */
export const shortCounty = { extends: 'county-mch', meta: { id: 'county-short', name: 'County, one week' }, run: { horizonDays: 7, warmupDays: 1 } };


describe('runs executed by the engine', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('POST /api/runs runs runReplications: KPI summaries with n = replications, a ward series, one live point per replication', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const res = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: shortCounty, replications: 3, seed: 7 } });
    expect(res.statusCode).toBe(202);
    const { id } = res.json<{ id: string }>();
    const run = await waitForRun(app, id, 60_000);
    expect(run.status).toBe('succeeded');
    const result = run.result as { kind: string; seed: number; replications: number; kpis: Record<string, { n: number; mean: number }>; timing: unknown };
    expect(result).toMatchObject({ kind: 'run', seed: 7, replications: 3 });
    expect(result.kpis.fillRate.n).toBe(3);
    expect(result.kpis.deliveries.mean).toBeGreaterThan(0);
    // The ward series is served by its own route, not inside the result.
    expect(result).not.toHaveProperty('series');
    const answer = (await app.inject({ url: `/api/runs/${id}/series` })).json<{
      points: { replication?: number; kpis?: Record<string, number>; runningMeans?: Record<string, number> }[];
      ward: { scenarioId: string; series: { t: number[]; stock: unknown[] } }[];
    }>();
    expect(answer.ward.map((w) => w.scenarioId)).toEqual(['county-short']);
    expect(answer.ward[0].series.t.length).toBeGreaterThan(0);
    expect(answer.ward[0].series.stock.length).toBeGreaterThan(0);
    const detailBytes = (await app.inject({ url: `/api/runs/${id}` })).rawPayload.length;
    const seriesBytes = (await app.inject({ url: `/api/runs/${id}/series` })).rawPayload.length;
    expect(detailBytes).toBeLessThan(seriesBytes);
    const points = answer.points;
    const perReplication = points.filter((p) => p.kpis !== undefined);
    expect(perReplication.map((p) => p.replication).sort()).toEqual([0, 1, 2]);
    // The running mean after the last replication is the result's mean.
    expect(perReplication.at(-1)!.runningMeans!.deliveries).toBeCloseTo(result.kpis.deliveries.mean, 9);
  });

  it('the same request twice gives equal results apart from timing (what a re-run after a crash relies on)', async () => {
    app = await testApp({ executor: inProcessRunExecutor({ series: false }) });
    const payload = { scenario: shortCounty, replications: 2, seed: 3 };
    await sameResultGivenSameSeed(async () => (await waitForRun(app, (await app.inject({ method: 'POST', url: '/api/runs', payload })).json<{ id: string }>().id, 60_000)).result);
  });

  it('the default executor (job in a worker thread, replications on a 2-thread pool) gives the in-process result', async () => {
    const payload = { scenario: shortCounty, replications: 2, seed: 11 };
    app = await testApp({ executor: workerExecutor({ workers: 2 }) });
    const pooled = await waitForRun(app, (await app.inject({ method: 'POST', url: '/api/runs', payload })).json<{ id: string }>().id, 90_000);
    await app.close();
    app = await testApp({ executor: inProcessRunExecutor() });
    const local = await waitForRun(app, (await app.inject({ method: 'POST', url: '/api/runs', payload })).json<{ id: string }>().id, 60_000);
    expect(pooled.status).toBe('succeeded');
    expect((pooled.result as { timing: { executor: string } }).timing.executor).toBe('pool');
    executorsAgree(local.result, { pool: pooled.result });
  });

  it('POST /api/compares runs compareScenarios with common random numbers and paired differences', async () => {
    app = await testApp({ executor: inProcessRunExecutor({ series: false }) });
    const baseline = { ...shortCounty, extends: 'county-mch-baseline', meta: { id: 'county-short-baseline', name: 'County baseline, one week' } };
    const res = await app.inject({ method: 'POST', url: '/api/compares', payload: { base: baseline, alternative: shortCounty, replications: 2, seed: 5 } });
    const run = await waitForRun(app, res.json<{ id: string }>().id, 60_000);
    expect(run.status).toBe('succeeded');
    const result = run.result as { kind: string; commonRandomNumbers: boolean; runs: { scenarioId: string }[]; differences: { kpis: Record<string, { n: number }> }[] };
    expect(result.kind).toBe('comparison');
    expect(result.commonRandomNumbers).toBe(true);
    expect(result.runs.map((r) => r.scenarioId)).toEqual(['county-short-baseline', 'county-short']);
    expect(result.differences[0].kpis.boundaryCrossings.n).toBe(2);
  });

  it('DELETE /api/runs/:id cancels an engine run between replications', async () => {
    // Deterministic under any load: replication 2 cannot start until the DELETE has answered,
    // because the engine executor holds every job after the first on a gate the test opens.
    const engine = createInProcessExecutor();
    let firstDone!: () => void;
    const replicated = new Promise<void>((resolve) => (firstDone = resolve));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let started = 0;
    const gated: Executor = {
      kind: engine.kind,
      parallelism: 1,
      run: async (jobs, options) => {
        if (started++ > 0) await gate;
        return engine.run(jobs, options);
      },
      close: () => engine.close(),
    };
    const executor: RunExecutor = (job, hooks) =>
      executeJob(job, (p) => {
        hooks.onProgress(p);
        firstDone();
      }, { signal: hooks.signal, series: false, executor: gated });
    app = await testApp({ executor });
    const { id } = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: shortCounty, replications: 5 } })).json<{ id: string }>();
    await replicated;
    const cancel = await app.inject({ method: 'DELETE', url: `/api/runs/${id}` });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ id, status: 'cancelled', progress: 0.2, result: null });
    open();
    const done = await waitForRun(app, id);
    expect(done).toMatchObject({ status: 'cancelled', progress: 0.2, result: null });
    expect(started).toBe(2);
    await engine.close();
  });
});
