import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { fixedWindowLimit } from '../../../server/routes/fixed-window-limit.js';
import { testApp } from '../helpers.js';

describe('fixedWindowLimit()', () => {
  it('lets max requests per address through in a window, answers 429 with retry-after beyond, and forgets at the next window', async () => {
    let t = 1_000;
    const app = Fastify();
    app.get('/x', { onRequest: fixedWindowLimit(2, 60_000, () => t) }, () => ({ ok: true }));
    const codes = async (n: number, ip: string) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await app.inject({ url: '/x', remoteAddress: ip })).statusCode);
      return out;
    };
    expect(await codes(3, '10.0.0.1')).toEqual([200, 200, 429]);
    expect(await codes(2, '10.0.0.2')).toEqual([200, 200]);
    t += 45_000;
    const over = await app.inject({ url: '/x', remoteAddress: '10.0.0.1' });
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBe('15');
    expect(over.headers['x-ratelimit-limit']).toBe('2');
    expect(over.json()).toMatchObject({ error: 'rate-limited', details: [] });
    t += 15_000;
    expect(await codes(2, '10.0.0.1')).toEqual([200, 200]);
    await app.close();
  });

  it.each([[0, 60_000], [1.5, 60_000], [5, 0]])('rejects max(=%s), windowMs(=%s) with the rule broken', (max, windowMs) => {
    expect(() => fixedWindowLimit(max, windowMs)).toThrow(/^fixedWindowLimit: (max|windowMs)\(=[\d.]+\) must be an integer >= 1$/);
  });
});

describe('rate limits of the dispensing group', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('POST /api/dispense answers without x-ratelimit headers while under the limit and a JSON 429 over it (one budget with restock)', async () => {
    app = await testApp({ rateLimit: { dispensingPerMinute: 3 } });
    const cab = app.dispensing.state.cabinets[0];
    const sku = app.dispensing.state.items[cab.slots.find((s) => s.skuIndex >= 0)!.skuIndex].sku;
    const dispense = (n: number) => app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: `r${n}`, sku, quantity: 1, cabinetId: cab.id } });
    const first = await dispense(1);
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-ratelimit-limit']).toBeUndefined();
    expect((await dispense(2)).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/restock', payload: {} })).statusCode).toBe(200);
    const over = await dispense(3);
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ error: 'rate-limited' });
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });

  it("dispensingLimiter 'plugin' limits with @fastify/rate-limit instead (headers on every answer)", async () => {
    app = await testApp({ rateLimit: { dispensingPerMinute: 1, dispensingLimiter: 'plugin' } });
    const cab = app.dispensing.state.cabinets[0];
    const sku = app.dispensing.state.items[cab.slots.find((s) => s.skuIndex >= 0)!.skuIndex].sku;
    const first = await app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: 'a', sku, quantity: 1, cabinetId: cab.id } });
    expect(first.headers['x-ratelimit-limit']).toBe('1');
    expect((await app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: 'b', sku, quantity: 1, cabinetId: cab.id } })).statusCode).toBe(429);
  });
});
