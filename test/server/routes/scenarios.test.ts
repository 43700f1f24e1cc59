import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../helpers.js';

describe('scenario routes', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it('GET /api/scenarios lists the presets with titles, sorted by name', async () => {
    const res = await app.inject({ url: '/api/scenarios' });
    expect(res.statusCode).toBe(200);
    const names = res.json<{ presets: { name: string; title: string }[] }>().presets.map((p) => p.name);
    expect(names).toContain('county-mch');
    expect(names).toContain('county-mch-baseline');
    expect(names).toEqual([...names].sort());
  });

  it('GET /api/scenarios/:name answers the resolved preset (extends applied) and 404 for an unknown one', async () => {
    const res = await app.inject({ url: '/api/scenarios/county-mch-baseline' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ meta: { id: string }; extends?: string; cabinets: { instances: unknown[] }; run: unknown }>();
    expect(doc.meta.id).toBe('county-mch-baseline');
    expect(doc.extends).toBeUndefined();
    expect(doc.cabinets.instances).toEqual([]);
    expect(doc.run).toBeDefined();
    const missing = await app.inject({ url: '/api/scenarios/atlantis' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'not-found', details: [{ path: '/params/name' }] });
  });

  it('POST /api/scenarios/validate accepts a preset-derived document and reports every error with its JSON path', async () => {
    const ok = await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { extends: 'county-mch', meta: { id: 'my-ward', name: 'Mine' } } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ valid: true, errors: [], scenario: { meta: { id: 'my-ward' } } });
    const bad = await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { extends: 'county-mch', run: { horizonDays: -3, replications: 'ten' } } });
    expect(bad.statusCode).toBe(200);
    const body = bad.json<{ valid: boolean; errors: { path: string }[] }>();
    expect(body.valid).toBe(false);
    const paths = body.errors.map((e) => e.path);
    expect(paths).toContain('/run/horizonDays');
    expect(paths).toContain('/run/replications');
  });

  it('POST /api/scenarios/validate reports a broken extends chain as an error, not a 5xx', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { extends: 'nowhere' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ valid: false, errors: [{ path: '/extends' }] });
  });
});
