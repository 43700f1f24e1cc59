/**
 * Strict parsing at the edge: non-finite number strings are refused wherever a number is read
 * (body, query), ids have one maximum length on every route (path parameters included, so a
 * valid id is never a 414), framing errors keep the `{ error, message, details }` shape, deep
 * nesting is a clean validation error, and an answer lists at most MAX_ERROR_DETAILS details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from './helpers.js';
import { MAX_ERROR_DETAILS } from '../../server/errors.js';
import { MAX_ID_LENGTH } from '../../server/routes/common-schemas.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ rateLimit: false });
});
afterAll(() => app.close());

function expectErrorShape(body: unknown): void {
  expect(body).toMatchObject({ error: expect.any(String) as string, message: expect.any(String) as string, details: expect.any(Array) as unknown[] });
}

describe('non-finite numbers', () => {
  it.each(['Infinity', '-Infinity', '1e999'])('POST /api/runs refuses replications "%s" with rule finite', async (text) => {
    const res = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: text } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { path: string; rule: string }[] }>().details).toContainEqual(expect.objectContaining({ path: '/body/replications', rule: 'finite' }));
    expect(app.runStore.countActive()).toBe(0);
  });

  it.each(['Infinity', '1e999'])('GET /api/runs?limit=%s answers 400, not 500', async (text) => {
    const res = await app.inject({ url: `/api/runs?limit=${text}` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ path: '/querystring/limit', rule: 'finite' }] });
  });

  it('a finite query number is still coerced', async () => {
    expect((await app.inject({ url: '/api/runs?limit=5' })).statusCode).toBe(200);
  });

  it('POST /api/twin/forecast refuses horizonHours "1e999"', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/twin/forecast', payload: { replications: 2, horizonHours: '1e999' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ path: '/body/horizonHours', rule: 'finite' }] });
  });
});

describe('ids', () => {
  it(`an id of ${MAX_ID_LENGTH} characters is admitted and discharged (no 414)`, async () => {
    const id = 'p'.repeat(MAX_ID_LENGTH);
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: id, kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
    expect((await app.inject({ method: 'DELETE', url: `/api/patients/${id}` })).statusCode).toBe(200);
  });

  it(`a non-ASCII id of ${MAX_ID_LENGTH} characters is discharged through its percent-encoded path`, async () => {
    const id = '产'.repeat(MAX_ID_LENGTH);
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: id, kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
    expect((await app.inject({ method: 'DELETE', url: `/api/patients/${encodeURIComponent(id)}` })).statusCode).toBe(200);
  });

  it('a longer id is a 400 at its path on admit and on discharge alike', async () => {
    const id = 'p'.repeat(MAX_ID_LENGTH + 1);
    const admit = await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: id, kind: 'mother', room: 'room-1' } });
    expect(admit.statusCode).toBe(400);
    expect(admit.json()).toMatchObject({ details: [{ path: '/body/patientId', rule: 'maxLength' }] });
    const discharge = await app.inject({ method: 'DELETE', url: `/api/patients/${id}` });
    expect(discharge.statusCode).toBe(400);
    expect(discharge.json()).toMatchObject({ details: [{ path: '/params/id', rule: 'maxLength' }] });
  });
});

describe('framing errors keep the error shape', () => {
  it('a path segment far over the limit is a 414 { error, message, details }', async () => {
    const res = await app.inject({ url: `/api/runs/${'x'.repeat(5000)}` });
    expect(res.statusCode).toBe(414);
    expectErrorShape(res.json());
    expect(res.json<{ message: string }>().message.length).toBeLessThanOrEqual(500);
  });

  it('a URL that does not decode is a 400 in the shape', async () => {
    const res = await app.inject({ url: '/api/runs/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json());
  });

  it.each([
    ['bad JSON', { method: 'POST' as const, url: '/api/runs', payload: '{bad', headers: { 'content-type': 'application/json' } }, 400],
    ['bad JSON on the dispensing parser', { method: 'POST' as const, url: '/api/dispense', payload: '{bad', headers: { 'content-type': 'application/json' } }, 400],
    ['unsupported media type', { method: 'POST' as const, url: '/api/runs', payload: '<x/>', headers: { 'content-type': 'application/xml' } }, 415],
    ['body too large', { method: 'POST' as const, url: '/api/runs', payload: 'x'.repeat(1024 * 1024 + 10), headers: { 'content-type': 'application/json' } }, 413],
    ['unknown route', { method: 'GET' as const, url: '/api/nope' }, 404],
  ])('%s', async (_name, request, status) => {
    const res = await app.inject(request);
    expect(res.statusCode).toBe(status);
    expectErrorShape(res.json());
  });
});

describe('error paths point at fields that exist', () => {
  it('a preset over the horizon limit is reported at /body/scenario, not inside the string', async () => {
    const limited = await testApp({ rateLimit: false, limits: { maxHorizonDays: 10 } });
    const res = await limited.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch' } });
    await limited.close();
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ path: '/body/scenario', rule: 'max-horizon' }] });
  });

  it('an inline document over the limit is reported at its run.horizonDays', async () => {
    const limited = await testApp({ rateLimit: false, limits: { maxHorizonDays: 10 } });
    const res = await limited.inject({ method: 'POST', url: '/api/runs', payload: { scenario: { extends: 'county-mch', run: { horizonDays: 30 } } } });
    await limited.close();
    expect(res.json()).toMatchObject({ details: [{ path: '/body/scenario/run/horizonDays', rule: 'max-horizon' }] });
  });
});

describe('hostile bodies', () => {
  const deep = (n: number): string => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it.each(['/api/scenarios/validate', '/api/runs'])('%s: a scenario nested 20,000 deep is a maxDepth error, not a stack overflow', async (url) => {
    const doc = `{"extends":"county-mch","meta":${deep(20_000)}}`;
    const payload = url === '/api/runs' ? `{"scenario":${doc}}` : doc;
    const res = await app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } });
    expect(res.body).not.toContain('call stack');
    expect(res.body).toContain('maxDepth');
  });

  it(`POST /api/scenarios/validate lists at most ${MAX_ERROR_DETAILS} errors too`, async () => {
    const meta = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`unknown${i}`, i]));
    const res = await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { extends: 'county-mch', meta: { id: 'x', name: 'X', ...meta } } });
    const errors = res.json<{ valid: boolean; errors: { rule: string }[] }>().errors;
    expect(errors).toHaveLength(MAX_ERROR_DETAILS + 1);
    expect(errors[MAX_ERROR_DETAILS]).toMatchObject({ rule: 'truncated' });
  });

  it(`an answer lists at most ${MAX_ERROR_DETAILS} details and says how many were left off`, async () => {
    const events = Array.from({ length: 3000 }, () => ({ eventId: '', type: 'x' }));
    const res = await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events } });
    expect(res.statusCode).toBe(400);
    const details = res.json<{ details: { rule: string; message: string }[] }>().details;
    expect(details).toHaveLength(MAX_ERROR_DETAILS + 1);
    expect(details[MAX_ERROR_DETAILS]).toMatchObject({ rule: 'truncated' });
    expect(res.body.length).toBeLessThan(20_000);
  });
});
