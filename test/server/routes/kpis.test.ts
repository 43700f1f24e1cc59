// GET /api/kpis serves the engine's KPI catalogue, so clients read it instead of copying it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { KPI_CATALOGUE } from '../../../engine/index.js';
import { testApp } from '../helpers.js';

describe('GET /api/kpis', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it('answers the whole catalogue, in run-result order, in both languages', async () => {
    const res = await app.inject({ url: '/api/kpis' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ kpis: { key: string; label: { en: string; 'zh-CN': string }; range: { min: number; max: number | null } }[] }>();
    expect(body.kpis).toEqual(JSON.parse(JSON.stringify(KPI_CATALOGUE)));
    const fill = body.kpis.find((k) => k.key === 'fillRate');
    expect(fill).toMatchObject({ label: { en: 'Fill rate at first stop', 'zh-CN': '首站满足率' }, format: 'share', lowerIsBetter: false, range: { min: 0, max: 1 } });
  });

  it('is documented in OpenAPI with its response schema', async () => {
    const doc = (await app.inject({ url: '/docs/json' })).json<{ paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }> } }> }>();
    const ok = doc.paths['/api/kpis']?.get?.responses['200'];
    expect(ok?.content?.['application/json']?.schema?.properties).toHaveProperty('kpis');
  });
});
