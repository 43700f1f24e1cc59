import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from './helpers.js';
import { startServer, isLoopback } from '../../server/index.js';

const post = { method: 'POST' as const, url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } };

describe('auth', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('without a token, mutating routes are open', async () => {
    app = await testApp({ token: undefined });
    expect((await app.inject(post)).statusCode).toBe(202);
  });

  it('with a token, a mutating route without Authorization is 401, a wrong token 403, the right one passes', async () => {
    app = await testApp({ token: 's3cret' });
    const none = await app.inject(post);
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: 'unauthorized' });
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await app.inject({ ...post, headers: { authorization: 'Basic czNjcmV0' } })).statusCode).toBe(401);
    const wrong = await app.inject({ ...post, headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: 'forbidden' });
    expect((await app.inject({ ...post, headers: { authorization: 'Bearer s3cret' } })).statusCode).toBe(202);
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toHaveLength(1);
  });

  it('with a token, reads stay open and DELETE needs the token', async () => {
    app = await testApp({ token: 's3cret' });
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/runs' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/runs/x' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: '/api/runs/x', headers: { authorization: 'Bearer s3cret' } })).statusCode).toBe(404);
  });

  it('the token comes from WARDTWIN_TOKEN when not passed', async () => {
    const before = process.env.WARDTWIN_TOKEN;
    process.env.WARDTWIN_TOKEN = 'from-env';
    try {
      app = await testApp({ token: undefined });
    } finally {
      if (before === undefined) delete process.env.WARDTWIN_TOKEN;
      else process.env.WARDTWIN_TOKEN = before;
    }
    expect((await app.inject(post)).statusCode).toBe(401);
    expect((await app.inject({ ...post, headers: { authorization: 'Bearer from-env' } })).statusCode).toBe(202);
  });

  it('startServer refuses a non-loopback address without a token, before listening', async () => {
    app = await testApp();
    const before = process.env.WARDTWIN_TOKEN;
    delete process.env.WARDTWIN_TOKEN;
    try {
      await expect(startServer({ host: '0.0.0.0', port: 0, dbPath: ':memory:' })).rejects.toThrow(/refusing to bind 0\.0\.0\.0 .*without a token/);
    } finally {
      if (before !== undefined) process.env.WARDTWIN_TOKEN = before;
    }
  });

});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true], ['127.3.2.1', true], ['::1', true], ['localhost', true],
    ['0.0.0.0', false], ['192.168.1.10', false], ['::', false], ['example.org', false],
  ])('isLoopback(%s) is %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});
