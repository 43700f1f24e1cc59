import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../helpers.js';

describe('health and app-wide behaviour', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it('GET /api/health answers ok with runner load', async () => {
    const res = await app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', runningRuns: 0, queuedRuns: 0 });
  });

  it('an unknown route is a JSON 404 { error, message, details }', async () => {
    const res = await app.inject({ url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not-found', message: 'GET /api/nothing-here: no such route', details: [] });
  });

  it.each([
    ['invalid JSON', '{"scenario":', 'application/json', 400],
    ['a text body', 'scenario=county', 'text/plain', 400],
    ['an XML body', '<scenario/>', 'application/xml', 415],
  ])('%s is a JSON 4xx without a stack trace', async (_name, payload, type, status) => {
    const res = await app.inject({ method: 'POST', url: '/api/runs', payload, headers: { 'content-type': type } });
    expect(res.statusCode).toBe(status);
    const body = res.json<{ error: string; message: string; details: unknown[] }>();
    expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
    expect(res.body).not.toMatch(/node_modules|\.ts:\d+/);
  });

  it('a body over the limit is a 413', async () => {
    const small = await testApp({ limits: { bodyLimitBytes: 1000 } });
    const res = await small.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'x'.repeat(2000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'payload-too-large' });
    await small.close();
  });

  it('serves the OpenAPI document at /docs/json with the route schemas', async () => {
    const res = await app.inject({ url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/runs', '/api/runs/{id}', '/api/compares', '/api/scenarios/validate']));
    expect(Object.keys(doc.paths['/api/runs'].post.responses)).toEqual(expect.arrayContaining(['202', '400', '401', '429']));
  });

  it('rate-limits mutating job routes per client with a JSON 429', async () => {
    const limited = await testApp({ rateLimit: { jobsPerMinute: 2 } });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await limited.inject({ method: 'POST', url: '/api/scenarios/validate', payload: {} })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    const res = await limited.inject({ method: 'POST', url: '/api/scenarios/validate', payload: {} });
    expect(res.json()).toMatchObject({ error: 'rate-limited' });
    expect((await limited.inject({ url: '/api/health' })).statusCode).toBe(200);
    await limited.close();
  });
});
