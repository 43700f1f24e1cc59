import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../helpers.js';

const SAMPLE = readFileSync(new URL('../../../scenarios/logs/county-mch-14d.csv', import.meta.url), 'utf8');

describe('POST /api/twin/calibrate', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it('fits the sample log and answers the fits, diagnostics and a patch extending the preset', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { scenario: 'county-mch', csv: SAMPLE } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ kind: string; patch: Record<string, unknown>; sessions: { sessionSeconds: { value: number } }; restock: { secondsPerSlot: { ci95: [number, number] } }; consumption: { sku: string }[]; hours: { chiSquaredScenario: { df: number } }; log: { rows: number } }>();
    expect(body.kind).toBe('calibration');
    expect(body.patch['extends']).toBe('county-mch');
    expect(body.log.rows).toBe(SAMPLE.trim().split('\n').length - 1);
    expect(body.consumption.map((c) => c.sku)).toContain('maternity-pad');
    expect(body.restock.secondsPerSlot.ci95[0]).toBeLessThanOrEqual(15);
    expect(body.restock.secondsPerSlot.ci95[1]).toBeGreaterThanOrEqual(15);
    expect(body.hours.chiSquaredScenario.df).toBe(23);
  });

  it('answers the same fit for the log as JSON rows', async () => {
    const [head, ...lines] = SAMPLE.trim().split('\n');
    const keys = head.split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i): [string, string] => [keys[i], v]).filter(([, v]) => v !== '')));
    const a = await app.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { csv: SAMPLE } });
    const b = await app.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { rows } });
    expect(b.statusCode).toBe(200);
    expect(b.body).toBe(a.body);
  });

  it('refuses a log with a bad row whole: 400 with the row pointer and rule', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { rows: [{ time: '2026-01-05T08:00:00+08:00', type: 'dispense', cabinet: 'cab-1', session: 's1', patient: 'm1', sku: 'nappy', quantity: 'two' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { path: string; rule: string }[] }>().details).toEqual([expect.objectContaining({ path: '/body/rows/0/quantity', rule: 'integer' })]);
    const csv = await app.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { csv: 'time,type\n2026-01-05T08:00:00+08:00,jam\n' } });
    expect(csv.statusCode).toBe(400);
    const detail = csv.json<{ details: { path: string; rule: string; message: string }[] }>().details[0];
    expect([detail.path, detail.rule]).toEqual(['/body/csv', 'required']);
    expect(detail.message).toContain('line 2, column cabinet');
    const both = await app.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { csv: SAMPLE, rows: [] } });
    expect(both.statusCode).toBe(400);
  });

  it('fits off the event loop: health answers within 100 ms while a 60,000-row log is fitted', async () => {
    const [head, ...lines] = SAMPLE.trim().split('\n');
    const csv = `${head}\n${Array.from({ length: 20 }, () => lines.join('\n')).join('\n')}\n`;
    const fit = app.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { csv } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const t0 = performance.now();
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect(performance.now() - t0).toBeLessThan(100);
    expect((await fit).statusCode).toBe(200);
  });

  it('has its own body limit and row limit', async () => {
    const small = await testApp({ limits: { calibrateBodyLimitBytes: 1000, maxCalibrateRows: 3 } });
    try {
      expect((await small.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { csv: SAMPLE } })).statusCode).toBe(413);
      const rows = Array.from({ length: 4 }, () => ({ time: '2026-01-05T08:00:00+08:00', type: 'offline', cabinet: 'cab-1' }));
      const res = await small.inject({ method: 'POST', url: '/api/twin/calibrate', payload: { rows } });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ details: { rule: string }[] }>().details[0].rule).toBe('maxRows');
    } finally {
      await small.close();
    }
  });
});
