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

describe('GET /api/names', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it('answers the display names of presets, SKUs and roles in both languages, documented in OpenAPI', async () => {
    const res = await app.inject({ url: '/api/names' });
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<'presets' | 'skus' | 'roles' | 'presetDescriptions', { id: string; en: string; 'zh-CN': string }[]>>();
    expect(body.presets).toContainEqual({ id: 'county-mch', en: 'County maternal-child hospital', 'zh-CN': '县妇幼保健院' });
    expect(body.skus).toContainEqual({ id: 'nappy', en: 'Newborn nappy', 'zh-CN': '新生儿纸尿裤' });
    expect(body.roles.map((r) => r.id)).toContain('companion');
    expect(body.presetDescriptions.find((d) => d.id === 'county-mch')).toMatchObject({ en: expect.stringContaining('About 1,500 deliveries') as unknown, 'zh-CN': expect.stringContaining('年分娩约 1,500 例') as unknown });
    // Scenario parameters by pattern, `{0}` `{1}` standing for the path's indices.
    const parameters = (body as Record<string, { id: string; en: string; 'zh-CN': string }[]>).parameters;
    expect(parameters).toContainEqual({ id: '/channels/nurseHandoverMinutes', en: 'Nurse-station handover time', 'zh-CN': '护士站交接时间' });
    expect(parameters).toContainEqual({ id: '/cabinets/models/*/slotGroups/*/count', en: 'Slots, model {0} group {1}', 'zh-CN': '货位数（型号 {0} 组 {1}）' });
    const doc = (await app.inject({ url: '/docs/json' })).json<{ paths: Record<string, unknown> }>();
    expect(doc.paths).toHaveProperty('/api/names');
  });
});
