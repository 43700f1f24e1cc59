import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { RunExecutor } from '../../../server/index.js';
import { testApp, waitForRun } from '../helpers.js';
import { wardSeriesOf, withoutWardSeries } from '../../../server/routes/runs/ward-series.js';

const series = (tag: string) => ({ t: [0, 15, 30], stock: [{ cabinet: 'cab-1', sku: tag, units: [5, 4, 3] }] });

/** An executor answering a result shaped like the engine's, with ward series attached as the real executor does. */
function resultExecutor(result: unknown): RunExecutor {
  return async (_job, hooks) => {
    hooks.onProgress({ done: 1, total: 1, point: { replication: 0 } });
    await Promise.resolve();
    return result;
  };
}

describe('the ward series at GET /api/runs/:id/series, not in the result', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('a run: GET /api/runs/:id answers the result without its series; /series answers it with the live points', async () => {
    const result = { kind: 'run', scenarioId: 'county-mch', kpis: { fillRate: { mean: 1, sd: 0, ci95: null, n: 1 } }, series: series('wipes') };
    app = await testApp({ executor: resultExecutor(result) });
    const id = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>().id;
    const detail = await waitForRun(app, id);
    expect(detail.result).toEqual({ kind: 'run', scenarioId: 'county-mch', kpis: result.kpis });
    const answer = (await app.inject({ url: `/api/runs/${id}/series` })).json<Record<string, unknown>>();
    expect(answer).toEqual({ id, status: 'succeeded', points: [{ replication: 0 }], ward: [{ scenarioId: 'county-mch', series: series('wipes') }] });
  });

  it('a compare: each run loses its series in the detail; /series lists them baseline first', async () => {
    const result = {
      kind: 'comparison',
      runs: [
        { scenarioId: 'base', kpis: {}, series: series('a') },
        { scenarioId: 'alt', kpis: {}, series: series('b') },
      ],
      differences: [],
    };
    app = await testApp({ executor: resultExecutor(result) });
    const id = (await app.inject({ method: 'POST', url: '/api/compares', payload: { base: 'county-mch-baseline', alternative: 'county-mch', replications: 1 } })).json<{ id: string }>().id;
    const detail = await waitForRun(app, id);
    expect((detail.result as { runs: unknown[] }).runs).toEqual([{ scenarioId: 'base', kpis: {} }, { scenarioId: 'alt', kpis: {} }]);
    const ward = (await app.inject({ url: `/api/runs/${id}/series` })).json<{ ward: unknown[] }>().ward;
    expect(ward).toEqual([{ scenarioId: 'base', series: series('a') }, { scenarioId: 'alt', series: series('b') }]);
  });

  it('a job without a result yet, or without series, has an empty ward list', async () => {
    app = await testApp();
    const id = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 2 } })).json<{ id: string }>().id;
    await waitForRun(app, id);
    expect((await app.inject({ url: `/api/runs/${id}/series` })).json<{ ward: unknown[] }>().ward).toEqual([]);
    expect(wardSeriesOf(null)).toEqual([]);
    expect(withoutWardSeries(null)).toBeNull();
    expect(withoutWardSeries({ kind: 'sweep', points: [] })).toEqual({ kind: 'sweep', points: [] });
  });
});
