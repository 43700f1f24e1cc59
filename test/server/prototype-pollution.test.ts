/**
 * No request may write through a prototype link. A sweep parameter path or a scenario merge
 * patch that names `__proto__`, `constructor` or `prototype` is refused with a 4xx, and
 * `Object.prototype` (shared by every object in the process) is unchanged afterwards, so the
 * requests that follow behave as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { mergePatch, resolveScenarioDocument } from '../../scenarios/index.js';
import { setAtPointer } from '../../engine/experiment/json-pointer.js';
import { testApp } from './helpers.js';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

function prototypeIsClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(CLEAN_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).extends).toBeUndefined();
}
const CLEAN_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe('setAtPointer() and mergePatch() refuse prototype keys', () => {
  it.each(PROTO_KEYS.flatMap((k) => [`/meta/${k}/polluted`, `/${k}/polluted`, `/births/${k}`]))('setAtPointer(doc, %s) fails without touching Object.prototype', (path) => {
    const r = setAtPointer({ meta: { id: 'x' }, births: {} }, path, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not allowed/);
    prototypeIsClean();
  });

  it('setAtPointer() follows own fields only: an inherited name such as "toString" is "no such field"', () => {
    const r = setAtPointer({ meta: {} }, '/meta/toString/x', 1);
    expect(r).toEqual({ ok: false, message: '/meta/toString: no such field' });
  });

  it.each(PROTO_KEYS)('mergePatch() throws on a patch key "%s" at any depth, naming its pointer', (key) => {
    const patch = JSON.parse(`{"births":{"${key}":{"polluted":1}}}`) as unknown;
    expect(() => mergePatch({ births: {} }, patch)).toThrow(`/births/${key}`);
    prototypeIsClean();
  });

  it('resolveScenarioDocument() answers a __proto__ key in an extends patch as an error at its path', () => {
    const r = resolveScenarioDocument(JSON.parse('{"extends":"county-mch","births":{"__proto__":{"extends":"x"}}}'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ path: '/births/__proto__', rule: 'forbiddenKey' })]);
    prototypeIsClean();
  });
});

describe('prototype keys over HTTP', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it.each(PROTO_KEYS.flatMap((k) => [`/meta/${k}/polluted`, `/births/${k}/extends`]))('POST /api/sweeps with path %s answers 400, stores nothing and leaves later requests working', async (path) => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/sweeps', payload: { id: 'p', base: 'county-mch', replications: 1, parameters: [{ path, values: [1] }] } });
    expect(res.statusCode).toBe(400);
    prototypeIsClean();
    expect((await app.inject({ url: '/api/runs' })).json<{ runs: unknown[] }>().runs).toEqual([]);
    expect((await app.inject({ url: '/api/twin/state' })).statusCode).toBe(200);
    const ok = await app.inject({ method: 'POST', url: '/api/sweeps', payload: { id: 'q', base: 'county-mch', replications: 1, parameters: [{ path: '/births/caesareanShare', values: [0.3] }] } });
    expect(ok.statusCode).toBe(202);
  });

  it('POST /api/runs with a __proto__ key inside an extends patch answers 400 at that path', async () => {
    app = await testApp();
    const res = await app.inject({
      method: 'POST', url: '/api/runs', headers: { 'content-type': 'application/json' },
      payload: '{"scenario":{"extends":"county-mch","births":{"__proto__":{"polluted":1}}}}',
    });
    expect(res.statusCode).toBe(400);
    prototypeIsClean();
  });
});
