// Readiness (separate from liveness), Prometheus metrics and request ids, through the app.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../helpers.js';

let app: FastifyInstance;
let sku: string;
const cabinetId = 'cab-1';

beforeEach(async () => {
  app = await testApp();
  const slots = (await app.inject({ method: 'GET', url: `/api/cabinets/${cabinetId}` })).json<{ slotDetails: { sku: string | null }[] }>().slotDetails;
  sku = slots.find((s) => s.sku !== null)!.sku!;
  expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
});
afterEach(async () => {
  await app.close();
});

/** The value of one sample line of the exposition (`name{labels} value`). */
function sample(text: string, prefix: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /api/ready', () => {
  it('answers 200 with every check ok while the store is open and the runner takes jobs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', checks: { store: 'ok', runner: 'ok' } });
  });

  it('answers 503 naming the runner once it has stopped, while /api/health still answers 200', async () => {
    await app.runner.close();
    const res = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'not-ready', checks: { store: 'ok', runner: 'stopped' } });
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('answers 503 naming the store when it is closed', async () => {
    app.db.close();
    const res = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json<{ checks: { store: string } }>().checks.store).toBe('closed');
  });
});

describe('GET /metrics', () => {
  it('counts requests by route and status, dispense outcomes by reason, jobs and store size', async () => {
    const dispense = (requestId: string, patientId: string): Promise<unknown> => app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId, patientId, sku, quantity: 1, cabinetId } });
    await dispense('r1', 'm1');
    await dispense('r2', 'm1');
    await dispense('r3', 'ghost');
    await app.inject({ method: 'GET', url: '/api/no-such-route' });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;
    expect(sample(text, 'wardtwin_http_request_duration_seconds_count{method="POST",route="/api/dispense",status_code="200"}')).toBe(3);
    expect(sample(text, 'wardtwin_http_request_duration_seconds_count{method="POST",route="/api/patients",status_code="201"}')).toBe(1);
    expect(sample(text, 'wardtwin_http_request_duration_seconds_count{method="GET",route="(unmatched)",status_code="404"}')).toBe(1);
    expect(sample(text, 'wardtwin_dispense_outcomes_total{outcome="granted",reason=""}')).toBe(2);
    expect(sample(text, 'wardtwin_dispense_outcomes_total{outcome="refused",reason="unknown-patient"}')).toBe(1);
    expect(sample(text, 'wardtwin_jobs{state="queued"}')).toBe(0);
    expect(sample(text, 'wardtwin_jobs{state="running"}')).toBe(0);
    expect(sample(text, 'wardtwin_store_bytes')).toBeGreaterThan(0);
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('shows a submitted job in the job gauge', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { fakeExecutor } = await import('../helpers.js');
    const held = await testApp({ executor: fakeExecutor({ gate }) });
    try {
      const submitted = await held.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } });
      expect(submitted.statusCode).toBe(202);
      const text = (await held.inject({ method: 'GET', url: '/metrics' })).body;
      expect(sample(text, 'wardtwin_jobs{state="running"}')! + sample(text, 'wardtwin_jobs{state="queued"}')!).toBe(1);
    } finally {
      release();
      await held.close();
    }
  });
});

describe('request ids', () => {
  it('echoes a plain x-request-id and replaces anything else with a UUID', async () => {
    const kept = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'proxy-7f3a:1' } });
    expect(kept.headers['x-request-id']).toBe('proxy-7f3a:1');
    const replaced = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'not plain {"a":1}' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const fresh = await app.inject({ method: 'GET', url: '/api/health' });
    expect(fresh.headers['x-request-id']).not.toBe(replaced.headers['x-request-id']);
  });
});
