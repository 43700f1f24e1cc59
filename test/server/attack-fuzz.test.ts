/**
 * The attack corpus on every route: prototype keys in every string field, as object keys and
 * as path segments; non-finite number strings in every number field; deep nesting, huge arrays
 * and long ids in every field. The server must never answer 5xx, a 4xx must leave the run
 * table, the dispensing service and the twin as they were, every error keeps the documented
 * shape, Object.prototype is the same afterwards, and health answers fast throughout.
 */
import { availableParallelism, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { snapshotState } from '../../engine/dispensing/index.js';
import { fakeExecutor, testApp } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Route = { method: 'POST' | 'DELETE' | 'GET'; url: string; valid?: Json };

let app: FastifyInstance;
let routes: Route[];
let openGate: () => void = () => undefined;
const healthMs: number[] = [];
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** Attack values as raw JSON text (some cannot come from JSON.stringify). */
const DEEP = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
const attacks: string[] = [
  '"__proto__"', '"constructor"', '"prototype"', '"/__proto__/polluted"', '"/constructor/prototype/polluted"', '"/births/__proto__/extends"',
  '"Infinity"', '"-Infinity"', '"1e999"', '"NaN"', '1e308', '-1e308',
  JSON.stringify('x'.repeat(5000)), JSON.stringify('产'.repeat(121)),
  DEEP, `[${DEEP}]`, `[${'0,'.repeat(100_000)}0]`,
  '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}',
];

function fingerprint(): string {
  return JSON.stringify([
    app.runStore.list({ limit: 500, offset: 0 }).map((r) => [r.id, r.status]),
    snapshotState(app.dispensing.state),
    snapshotState(app.twin.state),
    app.twin.eventCount(),
  ]);
}

/** Every path to a leaf (string, number) inside a JSON value, and every object path. */
function paths(value: Json, prefix: (string | number)[] = []): { leaves: (string | number)[][]; objects: (string | number)[][] } {
  const out = { leaves: [] as (string | number)[][], objects: [] as (string | number)[][] };
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      const sub = paths(v, [...prefix, i]);
      out.leaves.push(...sub.leaves);
      out.objects.push(...sub.objects);
    });
  } else if (value !== null && typeof value === 'object') {
    out.objects.push(prefix);
    for (const [k, v] of Object.entries(value)) {
      const sub = paths(v, [...prefix, k]);
      out.leaves.push(...sub.leaves);
      out.objects.push(...sub.objects);
    }
  } else out.leaves.push(prefix);
  return out;
}

const MARK = 'zz-attack-marker';

/** The body with the value at `path` replaced by raw JSON text `raw`. */
function withValue(valid: Json, path: (string | number)[], raw: string): string {
  const copy = structuredClone(valid) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path[path.length - 1]] = MARK;
  return JSON.stringify(copy).replace(`"${MARK}"`, raw);
}

/** The body with a key `key` (raw, e.g. `__proto__`) holding `{ "polluted": true }` added to the object at `path`. */
function withKey(valid: Json, path: (string | number)[], key: string): string {
  const copy = structuredClone(valid) as Record<string | number, Json>;
  let target = copy;
  for (const k of path) target = target[k] as Record<string | number, Json>;
  (target as Record<string, Json>)[MARK] = { polluted: true };
  return JSON.stringify(copy).replace(`"${MARK}"`, JSON.stringify(key));
}

async function timedHealth(): Promise<void> {
  const t0 = performance.now();
  const res = await app.inject({ url: '/api/health' });
  healthMs.push(performance.now() - t0);
  expect(res.statusCode).toBe(200);
}

async function attack(method: Route['method'], url: string, payload?: string): Promise<void> {
  const before = fingerprint();
  const res = await app.inject({ method, url, ...(payload !== undefined ? { payload, headers: { 'content-type': 'application/json' } } : {}) });
  const what = `${method} ${url} ${payload?.slice(0, 200) ?? ''} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, what).toBeLessThan(500);
  if (res.statusCode >= 400) {
    expect(fingerprint(), `${what}: a 4xx changed state`).toBe(before);
    expect(res.json(), what).toMatchObject({ error: expect.any(String) as string, message: expect.any(String) as string, details: expect.any(Array) as unknown[] });
    expect(res.body, what).not.toContain('call stack');
  }
  expect(({} as Record<string, unknown>).polluted, `${what}: polluted Object.prototype`).toBeUndefined();
  await timedHealth();
}

describe('attack fuzz: every route, every field', () => {
  beforeAll(async () => {
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    app = await testApp({ executor: fakeExecutor({ gate }), rateLimit: false, limits: { maxActiveRuns: 1000 } });
    const cab = app.dispensing.state.cabinets[0];
    const slot = cab.slots.find((s) => s.skuIndex >= 0 && s.lots.length > 0)!;
    const sku = app.dispensing.state.items[slot.skuIndex].sku;
    const lot = slot.lots[0];
    app.dispensing.admit({ patientId: 'm1', kind: 'mother', room: 'room-1' });
    const run = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>().id;
    routes = [
      { method: 'POST', url: '/api/runs', valid: { scenario: { extends: 'county-mch', meta: { id: 'a', name: 'A' }, run: { horizonDays: 3 } }, replications: 2, seed: 1 } },
      { method: 'POST', url: '/api/compares', valid: { base: 'county-mch-baseline', alternative: 'county-mch', replications: 2 } },
      { method: 'POST', url: '/api/sweeps', valid: { id: 'fz', base: 'county-mch', replications: 2, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.5] }] } },
      { method: 'POST', url: '/api/sizes', valid: { scenario: 'county-mch', curve: [1000, 2000], deliveries: 2000, targets: { minFillRate: 0.99 }, rounds: [1, 2], maxCabinets: 5, replications: 3, seed: 2 } },
      { method: 'POST', url: '/api/scenarios/validate', valid: { extends: 'county-mch', meta: { id: 'x', name: 'X' }, run: { horizonDays: 3 } } },
      { method: 'POST', url: '/api/dispense', valid: { requestId: 'q1', patientId: 'm1', actorId: 'm1', sku, quantity: 1, cabinetId: cab.id } },
      { method: 'POST', url: '/api/patients', valid: { patientId: 'p2', kind: 'newborn', room: 'room-2', companionIds: ['c1'] } },
      { method: 'POST', url: '/api/restock', valid: { delivery: { lines: [{ cabinetId: cab.id, slotId: slot.id, lots: [{ quantity: 1, expiresAtMin: 100_000 }] }] } } },
      {
        method: 'POST', url: '/api/twin/events', valid: {
          events: [
            { eventId: 'e1', type: 'admission', patientId: 't1', kind: 'mother', room: 'room-1', timeMin: 5, companionIds: ['c'] },
            { eventId: 'e2', type: 'dispense', cabinetId: cab.id, sku, quantity: 1, patientId: 't1', requestId: 'r2', timeMin: 6, grants: [{ slotId: slot.id, lotId: lot.lotId, quantity: 1, expiresAtMin: lot.expiresAtMin }] },
          ],
        },
      },
      { method: 'POST', url: '/api/twin/forecast', valid: { replications: 2, seed: 4, untilMin: 300 } },
      { method: 'DELETE', url: `/api/runs/${run}` },
      { method: 'DELETE', url: '/api/patients/m1' },
      { method: 'GET', url: `/api/runs/${run}` },
      { method: 'GET', url: `/api/runs/${run}/series` },
      { method: 'GET', url: `/api/runs/${run}/report` },
      { method: 'GET', url: '/api/scenarios/county-mch' },
      { method: 'GET', url: `/api/cabinets/${cab.id}` },
    ];
  });

  afterAll(async () => {
    const closing = app.close();
    openGate();
    await closing;
  });

  it('attack values in every field of every body', async () => {
    for (const route of routes.filter((r) => r.valid !== undefined)) {
      for (const path of paths(route.valid!).leaves) for (const raw of attacks) await attack(route.method, route.url, withValue(route.valid!, path, raw));
    }
  }, 60_000);

  it('prototype keys as object keys at every depth of every body', async () => {
    for (const route of routes.filter((r) => r.valid !== undefined)) {
      for (const path of paths(route.valid!).objects) for (const key of ['__proto__', 'constructor', 'prototype']) await attack(route.method, route.url, withKey(route.valid!, path, key));
    }
  });

  it('attack strings as path segments and query values of every route', async () => {
    const segments = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'x'.repeat(121), 'x'.repeat(5000), '产'.repeat(121), '..%2F..%2Fetc%2Fpasswd', '%00', 'Infinity'];
    for (const route of routes) {
      for (const segment of segments) {
        const encoded = segment.includes('%') ? segment : encodeURIComponent(segment);
        const url = route.url.replace(/[^/]+(?=(\/series|\/report)?$)/, encoded);
        await attack(route.method, url, route.valid !== undefined ? JSON.stringify(route.valid) : undefined);
      }
    }
    for (const q of ['limit=Infinity', 'limit=1e999', 'offset=-Infinity', 'status=__proto__', 'limit=__proto__', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1']) {
      await attack('GET', `/api/runs?${q}`);
      await attack('GET', `/api/runs/x/report?format=${q}`);
    }
  });

  it('afterwards Object.prototype is unchanged and health stayed fast', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(healthMs.length).toBeGreaterThan(500);
    const sorted = [...healthMs].sort((a, b) => a - b);
    expect(sorted[Math.floor(0.99 * (sorted.length - 1))]).toBeLessThan(100);
    const oversubscribed = loadavg()[0] / availableParallelism() > 2;
    expect(sorted[sorted.length - 1]).toBeLessThan(oversubscribed ? 400 : 100);
  });
});
