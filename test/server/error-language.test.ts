/**
 * Error answers in the client's language: with `Accept-Language: zh` (or zh-CN) each detail's
 * message is Chinese, from the message catalogue, naming the limit, the allowed values or the
 * value got; the path and rule are the same in both languages; English is the default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { foldLiteralUnions, requestLocale } from '../../server/error-messages.js';
import { testApp } from './helpers.js';

interface Detail { path: string; rule: string; message: string }

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

async function details(url: string, payload: unknown, language?: string, method: 'POST' | 'GET' = 'POST'): Promise<{ status: number; details: Detail[] }> {
  const res = await app.inject({ method, url, payload: method === 'POST' ? (payload as Record<string, unknown>) : undefined, headers: language === undefined ? {} : { 'accept-language': language } });
  const body = res.json<{ details?: Detail[]; errors?: Detail[] }>();
  return { status: res.statusCode, details: body.details ?? body.errors ?? [] };
}

const at = (list: Detail[], path: string, rule: string): Detail | undefined => list.find((d) => d.path === path && d.rule === rule);

/** Requests that break one rule each: where, the rule, and what the Chinese message must say. */
const cases: ReadonlyArray<{ what: string; url: string; payload: unknown; path: string; rule: string; zh: RegExp; method?: 'GET'; status?: number }> = [
  { what: 'an integer below its minimum (request schema)', url: '/api/runs', payload: { scenario: 'county-mch', replications: 0 }, path: '/body/replications', rule: 'minimum', zh: /^应不小于 1$/ },
  { what: 'a string where an integer belongs', url: '/api/runs', payload: { scenario: 'county-mch', replications: 'ten' }, path: '/body/replications', rule: 'type', zh: /^应为整数$/ },
  { what: 'a missing field', url: '/api/compares', payload: { base: 'county-mch-baseline' }, path: '/body/alternative', rule: 'required', zh: /^缺少必填字段$/ },
  { what: 'a field the body does not have', url: '/api/sizes', payload: { deliveries: 3000, colour: 'red' }, path: '/body/colour', rule: 'additionalProperties', zh: /^不允许的字段/ },
  { what: 'a value not among the allowed ones', url: '/api/sizes', payload: { deliveries: 3000, staffing: 'loose' }, path: '/body/staffing', rule: 'anyOf', zh: /^应为以下值之一："fixed", "scaled"$/ },
  { what: 'a string not matching its pattern', url: '/api/sweeps', payload: { id: 'Bad Id', base: 'county-mch', parameters: [{ path: '/run/replications', values: [2] }] }, path: '/body/id', rule: 'pattern', zh: /^应匹配模式 / },
  { what: 'a scenario field above its maximum (scenario schema)', url: '/api/runs', payload: { scenario: { extends: 'county-mch', births: { caesareanShare: 1.7 } } }, path: '/body/scenario/births/caesareanShare', rule: 'maximum', zh: /^应不大于 1（实际为 1\.7）$/ },
  { what: 'a scenario channel not among the allowed values', url: '/api/runs', payload: { scenario: { extends: 'county-mch', channels: { order: ['cabinet', 'kiosk'] } } }, path: '/body/scenario/channels/order/1', rule: 'anyOf', zh: /^应为以下值之一："cabinet", "nurse-station", "shop"（实际为 "kiosk"）$/ },
  { what: 'an unknown preset (a wardtwin rule)', url: '/api/runs', payload: { scenario: 'nope' }, path: '/body/scenario', rule: 'unknown-preset', zh: /^没有预设场景 "nope"$/ },
  { what: 'more replications than this server runs', url: '/api/runs', payload: { scenario: 'county-mch', replications: 201 }, path: '/body/replications', rule: 'max-replications', zh: /^重复次数超出本服务器的上限：应不大于 200$/ },
  { what: 'a run that does not exist', url: '/api/runs/nope', payload: undefined, method: 'GET', status: 404, path: '/params/id', rule: 'exists', zh: /^不存在$/ },
  { what: 'a cabinet model the scenario and the catalogue lack (a wardtwin rule)', url: '/api/sizes', payload: { models: ['mc-60', 'nope'] }, path: '/body/models/1', rule: 'known-model', zh: /^不是所选情景的药柜型号/ },
  { what: 'a nurse-minute value for a ward with no channel but the cabinet', url: '/api/sizes', payload: { scenario: { extends: 'county-mch', channels: { order: ['cabinet'] } }, costs: { nurseMinute: 1 } }, path: '/body/costs/nurseMinute', rule: 'has-baseline-channel', zh: /^要与无药柜病区比较/ },
  { what: 'a size curve with more volumes than this server runs', url: '/api/sizes', payload: { deliveries: 3000, curve: '1000:30000:1' }, path: '/body/curve', rule: 'max-volumes', zh: /^分娩量点数超出本服务器的上限：至多 \d+ 个$/ },
  { what: 'a size curve not written from:to:step', url: '/api/sizes', payload: { deliveries: 3000, curve: '3000:1000:500' }, path: '/body/curve', rule: 'curve-format', zh: /^应写作 起点:终点:步长.*（实际为 "3000:1000:500"）$/ },
  { what: 'maxReplications below replications', url: '/api/sizes', payload: { deliveries: 3000, replications: 10, maxReplications: 5 }, path: '/body/maxReplications', rule: 'minimum', zh: /^应不小于 10（实际为 5）$/ },
  { what: 'a sensitivity factor that is no parameter', url: '/api/sensitivities', payload: { scenario: 'county-mch', factors: [{ path: '/people/nope' }] }, path: '/body/factors/people/nope', rule: 'unknownParameter', zh: /^\/people\/nope 不是场景中的参数$/ },
  { what: 'a sensitivity range outside the schema', url: '/api/sensitivities', payload: { scenario: 'county-mch', factors: [{ path: '/births/caesareanShare', lo: 0, hi: 2 }] }, path: '/body/factors/births/caesareanShare', rule: 'range', zh: /^应在 0\.\.1 之内（实际为 0\.\.2）$/ },
  { what: 'a twin event time without a zone', url: '/api/twin/events', payload: { events: [{ eventId: 'e1', type: 'offline', cabinetId: 'cab-1', time: '2026-01-05T21:15:00' }] }, path: '/body/events/0/time', rule: 'zone-required', zh: /^时间没有时区/ },
];

describe('error messages in the request\'s language', () => {
  it.each(cases)('$what: Chinese with zh, English by default, same path and rule', async (c) => {
    const en = await details(c.url, c.payload, undefined, c.method);
    const zh = await details(c.url, c.payload, 'zh-CN,zh;q=0.9,en;q=0.8', c.method);
    expect(en.status).toBe(c.status ?? 400);
    expect(zh.status).toBe(c.status ?? 400);
    const enDetail = at(en.details, c.path, c.rule);
    const zhDetail = at(zh.details, c.path, c.rule);
    expect(enDetail, JSON.stringify(en.details)).toBeDefined();
    expect(zhDetail?.message, JSON.stringify(zh.details)).toMatch(c.zh);
    expect(enDetail?.message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh.details.map((d) => `${d.path} ${d.rule}`)).toEqual(en.details.map((d) => `${d.path} ${d.rule}`));
  });

  it('the answer\'s own message of a request that fails its schema is Chinese too; the error code is not', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 0 }, headers: { 'accept-language': 'zh' } });
    expect(res.json<{ error: string; message: string }>()).toMatchObject({ error: 'validation-failed', message: 'POST /api/runs：请求的 body 无效，见各字段的说明' });
  });

  it('a value outside a union of literals in a request body is one anyOf detail naming the allowed values', async () => {
    const en = await details('/api/sensitivities', { scenario: 'county-mch', method: 'fast' });
    expect(en.details).toEqual([{ path: '/body/method', rule: 'anyOf', message: 'must be one of "morris", "sobol"' }]);
  });

  it('foldLiteralUnions() folds only const issues followed by anyOf at the same path', () => {
    const c = (path: string, v: string) => ({ instancePath: path, keyword: 'const', message: 'must be equal to constant', params: { allowedValue: v } });
    const anyOf = (path: string) => ({ instancePath: path, keyword: 'anyOf', message: 'must match a schema in anyOf', params: {} });
    const type = { instancePath: '/y', keyword: 'type', message: 'must be integer', params: { type: 'integer' } };
    expect(foldLiteralUnions([c('/x', 'a'), c('/x', 'b'), anyOf('/x'), type])).toEqual([
      { instancePath: '/x', keyword: 'anyOf', message: 'must be one of "a", "b"', params: { allowedValues: ['a', 'b'] } },
      type,
    ]);
    expect(foldLiteralUnions([c('/x', 'a'), type, anyOf('/x')])).toEqual([c('/x', 'a'), type, anyOf('/x')]);
    expect(foldLiteralUnions([c('/x', 'a'), anyOf('/z')])).toEqual([c('/x', 'a'), anyOf('/z')]);
  });

  it('POST /api/scenarios/validate answers its errors in the request\'s language', async () => {
    const doc = { extends: 'county-mch', run: { horizonDays: 0 } };
    const en = await details('/api/scenarios/validate', doc, 'en');
    const zh = await details('/api/scenarios/validate', doc, 'zh');
    expect(at(en.details, '/run/horizonDays', 'minimum')?.message).toMatch(/^Expected integer to be greater or equal to 1/);
    expect(at(zh.details, '/run/horizonDays', 'minimum')?.message).toBe('应不小于 1（实际为 0）');
  });

  it.each([
    [undefined, 'en'], ['zh', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['en-US,en;q=0.9,zh;q=0.5', 'en'],
    ['fr-FR,zh-TW;q=0.8,en;q=0.5', 'zh-CN'], ['zh;q=0, en', 'en'], ['de', 'en'], ['EN, ZH', 'en'], [['zh', 'en'], 'zh-CN'],
  ] as const)('Accept-Language %j asks for %s', (header, locale) => {
    expect(requestLocale(header === undefined ? undefined : typeof header === 'string' ? header : [...header])).toBe(locale);
  });
});
