import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from './helpers.js';
import { COMPRESS_THRESHOLD_BYTES } from '../../server/app.js';

describe('response compression', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ])('compresses a large JSON answer (/docs/json) with %s when the client accepts it, to the same bytes', async (encoding, decompress) => {
    const plain = await app.inject({ url: '/docs/json' });
    const packed = await app.inject({ url: '/docs/json', headers: { 'accept-encoding': encoding } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.headers.vary).toContain('accept-encoding');
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    expect(decompress(packed.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('leaves answers under the threshold as they are (health, and the dispensing service\'s small JSON)', async () => {
    const cabinet = (await app.inject({ url: '/api/cabinets' })).json<{ cabinets: Array<{ id: string }> }>().cabinets[0].id;
    const slots = (await app.inject({ url: `/api/cabinets/${cabinet}` })).json<{ slotDetails: Array<{ sku: string | null }> }>().slotDetails;
    const sku = slots.find((s) => s.sku !== null)?.sku;
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
    const answers = await Promise.all([
      app.inject({ url: '/api/health', headers: { 'accept-encoding': 'gzip, br' } }),
      app.inject({ method: 'POST', url: '/api/dispense', headers: { 'accept-encoding': 'gzip, br' }, payload: { requestId: 'c1', patientId: 'm1', sku, quantity: 1, cabinetId: cabinet } }),
    ]);
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(() => JSON.parse(res.body) as unknown).not.toThrow();
    }
  });

  it('the dispensing routes carry no compression hooks (the scope keeps them off the hot path); job routes do', () => {
    const lines = app.printRoutes({ includeHooks: true, commonPrefix: false, method: 'POST' }).split('\n');
    const hooksOf = (route: string): string => {
      const at = lines.findIndex((l) => l.includes(`${route} (POST)`));
      expect(at, route).toBeGreaterThanOrEqual(0);
      const end = lines.findIndex((l, i) => i > at && !l.includes('•'));
      return lines.slice(at + 1, end).join('\n');
    };
    for (const route of ['/api/dispense', '/api/patients', '/api/restock']) expect(hooksOf(route), route).not.toContain('onSend');
    for (const route of ['/api/runs', '/api/scenarios/validate']) expect(hooksOf(route), route).toContain('onSend');
  });
});
