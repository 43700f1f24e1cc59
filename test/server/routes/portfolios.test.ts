import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { parseHospitals, runPortfolio } from '../../../engine/index.js';
import type { PortfolioResult } from '../../../engine/index.js';
import { loadPreset } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { inProcessRunExecutor } from '../../../server/index.js';
import type { RunExecutor } from '../../../server/index.js';
import { testApp, waitForRun } from '../helpers.js';

const CSV = '\uFEFF医院名称,年分娩量,医院类型,24小时便利店,放置空间,独立产科\r\n"县医院, 北院",1400,1,否,是,是\r\n市妇幼,5000,3,是,是,否\r\n坏行,很多,3,否,是,是\r\n';
const OPTIONS = { days: 3, replications: 2, maxReplications: 2, rounds: [1, 2], maxCabinets: 6, seed: 4, targets: { minFillRate: 0.9, maxTripWaitP95Min: 60, maxStockoutSlotHoursPer1000PatientDays: 1e6 } };

type ErrorBody = { error: string; message: string; details: { path: string; rule: string; message: string }[] };

const presets = (name: string): Scenario => {
  const r = loadPreset(name);
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

describe('POST /api/portfolios', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('answers 202; the job, read under /api/runs/:id, equals runPortfolio() on the same rows, keeps the bad row as a row error, and its CSV starts with a BOM', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const res = await app.inject({ method: 'POST', url: '/api/portfolios', payload: { csv: CSV, ...OPTIONS } });
    expect(res.statusCode).toBe(202);
    const { id, kind } = res.json<{ id: string; kind: string }>();
    expect(kind).toBe('portfolio');
    const run = await waitForRun(app, id, 60_000);
    expect(run).toMatchObject({ kind: 'portfolio', status: 'succeeded', progress: 1 });
    const result = run.result as PortfolioResult & { engineVersion: string };
    const parsed = parseHospitals(CSV);
    const direct = await runPortfolio(parsed.hospitals, presets, OPTIONS, parsed.errors);
    expect(JSON.stringify({ ...result, engineVersion: undefined })).toBe(JSON.stringify(direct));
    expect(result.rowErrors).toEqual([expect.objectContaining({ line: 4, column: 2, columnName: '年分娩量', rule: 'integer' })]);
    expect(result.hospitals.map((h) => h.rank)).toEqual([1, 2]);
    const series = (await app.inject({ url: `/api/runs/${id}/series` })).json<{ points: { line: number }[] }>();
    expect(series.points.map((p) => p.line)).toEqual([2, 3]);
    const csv = await app.inject({ url: `/api/portfolios/${id}/csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body).toContain('"县医院, 北院"');
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: { kind: string }[] }>().runs.map((r) => r.kind)).toEqual(['portfolio']);
  });

  it('a portfolio interrupted mid-run is re-run after a restart from its stored request and gives the same answer', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'wardtwin-portfolio-')), 'runs.db');
    // An executor that never finishes, as a server killed during the job.
    const stuck: RunExecutor = (_job, hooks) => new Promise((_resolve, reject) => hooks.signal.addEventListener('abort', () => reject(new Error('server closed'))));
    app = await testApp({ dbPath: db, executor: stuck });
    const { id } = (await app.inject({ method: 'POST', url: '/api/portfolios', payload: { csv: CSV, ...OPTIONS } })).json<{ id: string }>();
    expect((await app.inject({ url: `/api/runs/${id}` })).json<{ status: string }>().status).toBe('running');
    expect((await app.inject({ url: `/api/portfolios/${id}/csv` })).statusCode).toBe(409);
    await app.close();
    app = await testApp({ dbPath: db, executor: inProcessRunExecutor() });
    const run = await waitForRun(app, id, 60_000);
    expect(run.status).toBe('succeeded');
    const parsed = parseHospitals(CSV);
    const direct = await runPortfolio(parsed.hospitals, presets, OPTIONS, parsed.errors);
    expect((run.result as PortfolioResult).hospitals).toEqual(direct.hospitals);
  });

  it.each([
    ['missing columns', 'invalid-form', '/body/csv', 'required', { csv: 'name,deliveries\nA,100\n' }],
    ['no good row', 'invalid-form', '/body/csv', 'integer', { csv: 'name,deliveries,type,convenience,floor space,separate obstetrics\nA,x,1,yes,yes,yes\n' }],
    ['501 rows', 'limit-exceeded', '/body/csv', 'max-hospitals', { csv: `name,deliveries,type,convenience,floor space,separate obstetrics\n${'A,1000,1,yes,yes,yes\n'.repeat(501)}` }],
    ['replications over the limit', 'limit-exceeded', '/body/replications', 'max-replications', { csv: CSV, replications: 300 }],
    ['one replication', 'validation-failed', '/body/replications', 'minimum', { csv: CSV, replications: 1 }],
    ['a negative value', 'validation-failed', '/body/values/infection', 'minimum', { csv: CSV, values: { infection: -1 } }],
    ['days over the limit', 'limit-exceeded', '/body/days', 'max-horizon', { csv: CSV, days: 3655 }],
    ['an unknown field', 'validation-failed', '/body/extra', 'additionalProperties', { csv: CSV, extra: 1 }],
  ])('%s: answers 400 %s at %s (%s) and stores nothing', async (_label, error, path, rule, payload) => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/portfolios', payload });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.error).toBe(error);
    expect(body.details).toContainEqual(expect.objectContaining({ path, rule }));
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toEqual([]);
  });

  it('GET /api/portfolios/:id/csv answers 404 for an unknown id or a job of another kind', async () => {
    app = await testApp();
    expect((await app.inject({ url: '/api/portfolios/nope/csv' })).statusCode).toBe(404);
    const { id } = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>();
    expect((await app.inject({ url: `/api/portfolios/${id}/csv` })).statusCode).toBe(404);
  });
});
