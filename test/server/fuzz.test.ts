/**
 * Fuzz test of every route: random JSON bodies and mutations of valid ones (a field removed,
 * replaced by any JSON value, an unknown field added, the body not JSON at all). The server
 * must answer 2xx or 4xx, never 5xx, and a 4xx must leave every piece of state as it was:
 * the run table, the dispensing service and the twin.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { snapshotState } from '../../engine/dispensing/index.js';
import { fakeExecutor, testApp } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Route = { method: 'GET' | 'POST' | 'DELETE'; url: string; valid?: Json };

let app: FastifyInstance;
let routes: Route[];
let openGate: () => void = () => undefined;

function fingerprint(): string {
  return JSON.stringify([
    app.runStore.list({ limit: 500, offset: 0 }).map((r) => [r.id, r.status]),
    snapshotState(app.dispensing.state),
    snapshotState(app.twin.state),
    app.twin.eventCount(),
  ]);
}

/** Every path (list of keys) inside a JSON value, the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function mutate(value: Json, path: (string | number)[], op: 'delete' | 'replace' | 'add', junk: Json): Json {
  if (path.length === 0) return op === 'add' && value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value, zzUnknown: junk } : junk;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (op === 'replace') parent[last] = junk;
  else if (parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) (parent[last] as Record<string, Json>).zzUnknown = junk;
  else parent[last] = junk;
  return copy;
}

async function check(options: InjectOptions & { method: string; url: string }): Promise<void> {
  const before = fingerprint();
  const res = await app.inject(options);
  expect(res.statusCode, `${options.method} ${options.url} ${res.body}`).toBeLessThan(500);
  expect(res.statusCode).toBeGreaterThanOrEqual(200);
  if (res.statusCode >= 400) {
    expect(fingerprint(), `${options.method} ${options.url} answered ${res.statusCode} but changed state`).toBe(before);
    expect(res.json()).toMatchObject({ error: expect.any(String) as string, message: expect.any(String) as string, details: expect.any(Array) as unknown[] });
  }
}

const junk = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

describe('fuzz: every route answers 2xx or 4xx, and a 4xx changes nothing', () => {
  beforeAll(async () => {
    // Runs never progress (the gate stays shut), so state moves only when a request moves it.
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    app = await testApp({ executor: fakeExecutor({ gate }), rateLimit: false });
    const cab = app.dispensing.state.cabinets[0];
    const sku = app.dispensing.state.items[cab.slots.find((s) => s.skuIndex >= 0)!.skuIndex].sku;
    app.dispensing.admit({ patientId: 'm1', kind: 'mother', room: 'room-1' });
    const run = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>().id;
    routes = [
      { method: 'POST', url: '/api/runs', valid: { scenario: 'county-mch', replications: 2, seed: 1 } },
      { method: 'POST', url: '/api/compares', valid: { base: 'county-mch-baseline', alternative: 'county-mch', replications: 2 } },
      { method: 'POST', url: '/api/sweeps', valid: { id: 'fz', base: 'county-mch', replications: 2, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.5] }] } },
      { method: 'POST', url: '/api/sizes', valid: { scenario: 'county-mch', curve: '1000:3000:1000', deliveries: 2000, targets: { minFillRate: 0.99 }, rounds: [1, 2], maxCabinets: 5, replications: 3, seed: 2 } },
      { method: 'POST', url: '/api/scenarios/validate', valid: { extends: 'county-mch', meta: { id: 'x', name: 'X' }, run: { horizonDays: 3 } } },
      { method: 'POST', url: '/api/dispense', valid: { requestId: 'q1', patientId: 'm1', sku, quantity: 1, cabinetId: cab.id } },
      { method: 'POST', url: '/api/patients', valid: { patientId: 'p2', kind: 'newborn', room: 'room-2', companionIds: ['c1'] } },
      { method: 'POST', url: '/api/restock', valid: { policy: { mode: 'par-trigger', parFraction: 0.9, cabinetIds: [cab.id] } } },
      { method: 'POST', url: '/api/twin/events', valid: { events: [{ eventId: 'e1', type: 'admission', patientId: 't1', kind: 'mother', room: 'room-1', timeMin: 5 }, { eventId: 'e2', type: 'jam', cabinetId: cab.id, slotId: cab.slots[0].id, timeMin: 6 }] } },
      { method: 'POST', url: '/api/twin/forecast', valid: { replications: 2, seed: 4 } },
      { method: 'DELETE', url: `/api/runs/${run}` },
      { method: 'DELETE', url: '/api/patients/m1' },
      { method: 'GET', url: `/api/runs/${run}` },
      { method: 'GET', url: `/api/runs/${run}/series` },
      { method: 'GET', url: `/api/runs/${run}/report?format=html` },
      { method: 'GET', url: '/api/runs?limit=5&offset=0' },
      { method: 'GET', url: '/api/scenarios/county-mch' },
      { method: 'GET', url: `/api/cabinets/${cab.id}` },
      { method: 'GET', url: '/api/twin/state' },
      { method: 'GET', url: '/api/health' },
    ];
  });
  afterAll(async () => {
    // Abort first (close), then let the held runs see the abort and settle.
    const closing = app.close();
    openGate();
    await closing;
  });

  const bodyRoutes = () => routes.filter((r) => r.valid !== undefined);

  it('random JSON bodies (and non-JSON text) on every POST route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.oneof(junk.map((j) => ({ json: j })), fc.string({ maxLength: 40 }).map((t) => ({ text: t }))), async (k, body) => {
        const route = bodyRoutes()[k % bodyRoutes().length];
        const payload = 'json' in body ? JSON.stringify(body.json) : body.text;
        await check({ method: route.method, url: route.url, payload, headers: { 'content-type': 'application/json' } });
      }),
      { numRuns: 300 },
    );
  });

  it('valid bodies with one field removed, replaced by any JSON value, or an unknown field added', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.constantFrom('delete' as const, 'replace' as const, 'add' as const), junk, async (k, p, op, value) => {
        const route = bodyRoutes()[k % bodyRoutes().length];
        const all = paths(route.valid!);
        await check({ method: route.method, url: route.url, payload: JSON.stringify(mutate(route.valid!, all[p % all.length], op, value)), headers: { 'content-type': 'application/json' } });
      }),
      { numRuns: 600 },
    );
  });

  it('random path segments and query strings on every route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), async (k, segment, query) => {
        const route = routes[k % routes.length];
        const url = route.url.replace(/[^/?]+(?=(\/series)?$|\?)/, encodeURIComponent(segment) || 'x') + `?${encodeURIComponent(query)}=${encodeURIComponent(segment)}`;
        await check({ method: route.method, url, ...(route.valid !== undefined ? { payload: route.valid as object } : {}) });
      }),
      { numRuns: 300 },
    );
  });
});
