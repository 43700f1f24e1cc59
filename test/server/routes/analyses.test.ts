import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { planSensitivity, runSensitivity } from '../../../engine/experiment/index.js';
import { resolveScenarioDocument } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { inProcessRunExecutor } from '../../../server/index.js';
import { testApp, waitForRun } from '../helpers.js';

const tinyCounty = { extends: 'county-mch', meta: { id: 'county-tiny', name: 'County, three days' }, run: { horizonDays: 3, warmupDays: 1 } };

function scenario(doc: unknown): Scenario {
  const r = resolveScenarioDocument(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('analysis jobs', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('POST /api/sensitivities runs as a job and gives runSensitivity()\'s indices', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const body = { scenario: tinyCounty, factors: [{ path: '/channels/nurseHandoverMinutes', lo: 1, hi: 3 }, { path: '/people/visitorsPerMotherPerDay', lo: 0, hi: 2 }], kpis: ['expectedInfections'], trajectories: 2, seed: 4 };
    const res = await app.inject({ method: 'POST', url: '/api/sensitivities', payload: body });
    expect(res.statusCode).toBe(202);
    const run = await waitForRun(app, res.json<{ id: string }>().id, 60_000);
    expect(run).toMatchObject({ status: 'succeeded', kind: 'sensitivity' });
    const planned = planSensitivity({ ...body, scenario: scenario(tinyCounty) });
    if (!planned.ok) throw new Error('plan');
    const direct = await runSensitivity(planned.plan);
    expect(JSON.stringify((run.result as typeof direct).kpis)).toBe(JSON.stringify(direct.kpis));
  });

  it('POST /api/sensitivities refuses an unknown path, a range outside the schema and an unknown KPI with 400 and paths', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const res = await app.inject({ method: 'POST', url: '/api/sensitivities', payload: { scenario: 'county-mch', factors: [{ path: '/people/nope' }, { path: '/births/caesareanShare', lo: 0, hi: 2 }], kpis: ['bogus'] } });
    expect(res.statusCode).toBe(400);
    const details = res.json<{ details: { path: string; rule: string }[] }>().details.map((d) => `${d.path} ${d.rule}`);
    expect(details).toEqual(['/body/factors/people/nope unknownParameter', '/body/factors/births/caesareanShare range', '/body/kpis/bogus unknownKpi']);
  });

  it('a restock round outside the restocker shift is refused with 400, path and rule `shift`: in a run\'s scenario and as a sensitivity round factor', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const run = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: { ...tinyCounty, restock: { roundHours: [4.75, 18.5] } }, replications: 1 } });
    expect(run.statusCode).toBe(400);
    expect(run.json<{ details: { path: string; rule: string }[] }>().details.map((d) => `${d.path} ${d.rule}`)).toEqual(['/body/scenario/restock/roundHours/0 shift']);
    const res = await app.inject({ method: 'POST', url: '/api/sensitivities', payload: { scenario: tinyCounty, factors: [{ path: '/restock/roundHours/0', lo: 3, hi: 8 }], kpis: ['fillRate'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { path: string; rule: string }[] }>().details.map((d) => `${d.path} ${d.rule}`)).toEqual(['/body/factors/restock/roundHours/0 shift']);
  });

  it('POST /api/sensitivities varying the restocker shift succeeds, the rounds following the shift', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const body = { scenario: tinyCounty, factors: [{ path: '/people/restockerShiftStartHour', lo: 4, hi: 12 }, { path: '/people/restockerShiftHours', lo: 4, hi: 12 }], kpis: ['fillRate'], trajectories: 2, seed: 4 };
    const res = await app.inject({ method: 'POST', url: '/api/sensitivities', payload: body });
    expect(res.statusCode).toBe(202);
    const run = await waitForRun(app, res.json<{ id: string }>().id, 60_000);
    expect(run).toMatchObject({ status: 'succeeded', kind: 'sensitivity', result: { roundsFollowShift: true } });
  });

  it('GET /api/validation starts one job, then answers its report', async () => {
    app = await testApp({ executor: inProcessRunExecutor() });
    const url = '/api/validation?scenario=county-mch&days=10&replications=2';
    const first = await app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(202);
    const id = first.json<{ id: string }>().id;
    await waitForRun(app, id, 60_000);
    const again = await app.inject({ method: 'GET', url });
    expect(again.statusCode).toBe(200);
    const body = again.json<{ id: string; status: string; result: { kind: string; verification: unknown[]; validation: unknown[]; baselineId: string } }>();
    expect(body.id).toBe(id);
    expect(body.status).toBe('succeeded');
    expect(body.result.kind).toBe('validation');
    expect(body.result.baselineId).toBe('county-mch-baseline');
    expect(body.result.verification.length).toBeGreaterThan(5);
    expect((await app.inject({ method: 'GET', url: '/api/validation?scenario=no-such' })).statusCode).toBe(400);

    // The same job answers in Chinese with ?lang or Accept-Language: each row also carries its
    // check and verdict in words; the ids stay English.
    type Row = { check: string; verdict: string; checkText: string; verdictText: string };
    const rowsOf = (res: { json: <T>() => T }): Row[] => {
      const r = res.json<{ id: string; result: { verification: Row[]; validation: Row[] } }>();
      expect(r.id).toBe(id);
      return [...r.result.verification, ...r.result.validation];
    };
    const byQuery = rowsOf(await app.inject({ method: 'GET', url: `${url}&lang=zh-CN` }));
    const byHeader = rowsOf(await app.inject({ method: 'GET', url, headers: { 'accept-language': 'zh-CN,zh;q=0.9' } }));
    const english = rowsOf(await app.inject({ method: 'GET', url }));
    expect(byHeader).toEqual(byQuery);
    expect(byQuery.find((r) => r.check === 'caesarean share')).toMatchObject({ checkText: '剖宫产比例', verdict: 'pass', verdictText: '通过' });
    expect(byQuery.find((r) => r.check === 'cabinets vs baseline: boundaryCrossings lower')?.checkText).toBe('智能柜对比基线：出入病区次数更低');
    for (const r of byQuery) {
      expect(r.checkText, r.check).toMatch(/[\u4e00-\u9fff]/);
      expect(r.verdictText, r.verdict).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const r of english) expect([r.checkText, r.verdictText]).toEqual([r.check, r.verdict]);
    expect((await app.inject({ method: 'GET', url: `${url}&lang=fr` })).statusCode).toBe(400);
  });
});
