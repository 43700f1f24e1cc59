/**
 * Budgets and caps: every job is costed before it is accepted (400 over-budget with the
 * estimate), forecasts too; admitted patients are capped in the dispensing service and the
 * twin; the twin refuses events far ahead of its clock and dispenses whose grants do not match
 * the stock or the SKU, with 422 and nothing changed.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { snapshotState } from '../../engine/dispensing/index.js';
import type { TwinEvent } from '../../server/twin/twin-events.js';
import { testApp } from './helpers.js';

let app: FastifyInstance;
afterEach(() => app.close());

const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
const twin = (events: TwinEvent[]) => post('/api/twin/events', { events });

describe('job budget', () => {
  it.each([
    ['/api/runs', { scenario: 'county-mch', replications: 2 }],
    ['/api/compares', { base: 'county-mch-baseline', alternative: 'county-mch', replications: 2 }],
    ['/api/sweeps', { id: 'b', base: 'county-mch', replications: 2, parameters: [{ path: '/births/caesareanShare', values: [0.3, 0.4] }] }],
    ['/api/sizes', { scenario: 'county-mch', replications: 2, maxReplications: 2, maxCabinets: 3, rounds: [1] }],
  ])('%s over the budget is a 400 over-budget with the estimate, and nothing is queued', async (url, body) => {
    app = await testApp({ rateLimit: false, limits: { maxJobCost: 1000 } });
    const res = await post(url, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ error: 'over-budget', details: [{ rule: 'max-cost' }] });
    expect(res.json<{ message: string }>().message).toMatch(/estimated cost [\d,]+ simulated deliveries/);
    expect(app.runStore.countActive()).toBe(0);
  });

  it('the default budget takes the headline study and refuses a provincial study of 200 ten-year replications', async () => {
    app = await testApp({ rateLimit: false });
    expect((await post('/api/compares', { base: 'city-mch-baseline', alternative: 'city-mch', replications: 10 })).statusCode).toBe(202);
    const provincial = { extends: 'provincial-mch', run: { horizonDays: 3600, warmupDays: 30 } };
    const res = await post('/api/runs', { scenario: provincial, replications: 200 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'over-budget' });
  });

  it('a size curve whose searches could hold the runner for hours is refused', async () => {
    app = await testApp({ rateLimit: false });
    const res = await post('/api/sizes', { scenario: 'city-mch', curve: '1000:40000:1000', maxReplications: 100 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'over-budget' });
  });

  it('a portfolio of the sample form at a year a replication is refused with the estimate; the same form at 30 days and 3 replications is taken', async () => {
    app = await testApp({ rateLimit: false });
    const csv = readFileSync(new URL('../../scenarios/portfolio/sample-hospitals.csv', import.meta.url), 'utf8');
    const res = await post('/api/portfolios', { csv, replications: 5 });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ error: 'over-budget', details: [{ path: '/body', rule: 'max-cost' }] });
    expect(res.json<{ message: string }>().message).toMatch(/^POST \/api\/portfolios: estimated cost [\d,]+ simulated deliveries \(\d+ hospitals with floor space/);
    expect(app.runStore.countActive()).toBe(0);
    const small = await post('/api/portfolios', { csv, days: 30, replications: 3, maxReplications: 3 });
    expect(small.statusCode, small.body).toBe(202);
    app.runner.cancel(small.json<{ id: string }>().id);
  });

  it('a forecast over its budget is refused before it starts', async () => {
    app = await testApp({ rateLimit: false, limits: { maxForecastCost: 1000 } });
    const res = await post('/api/twin/forecast', { replications: 100 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'over-budget', details: [{ path: '/body/replications', rule: 'max-cost' }] });
  });
});

describe('patients per ward', () => {
  it('the dispensing service admits at most maxPatients (409 ward-full)', async () => {
    app = await testApp({ rateLimit: false, limits: { maxPatients: 2 } });
    for (const id of ['a', 'b']) expect((await post('/api/patients', { patientId: id, kind: 'mother', room: 'room-1' })).statusCode).toBe(201);
    const res = await post('/api/patients', { patientId: 'c', kind: 'mother', room: 'room-1' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'ward-full' });
    expect(app.dispensing.state.patients.size).toBe(2);
  });

  it('the twin refuses an admission beyond maxPatients with 422 and keeps the batch out', async () => {
    app = await testApp({ rateLimit: false, limits: { maxPatients: 2 } });
    const admit = (id: string, t: number): TwinEvent => ({ eventId: id, type: 'admission', patientId: id, kind: 'mother', room: 'room-1', timeMin: t });
    const res = await twin([admit('a', 1), admit('b', 2), admit('c', 3)]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ details: [{ path: '/body/events/2/patientId', rule: 'ward-full' }] });
    expect(app.twin.state.patients.size).toBe(0);
  });
});

describe('twin events', () => {
  it('an event far beyond the twin clock is refused (422 clock-skew) and ingestion goes on', async () => {
    app = await testApp({ rateLimit: false });
    const far = await twin([{ eventId: 'far', type: 'admission', patientId: 'x', kind: 'mother', room: 'room-1', timeMin: 1e9 }]);
    expect(far.statusCode).toBe(422);
    expect(far.json()).toMatchObject({ details: [{ path: '/body/events/0/timeMin', rule: 'clock-skew' }] });
    expect((await twin([{ eventId: 'next', type: 'admission', patientId: 'y', kind: 'mother', room: 'room-1', timeMin: 10 }])).statusCode).toBe(200);
  });

  it('the skew is configurable', async () => {
    app = await testApp({ rateLimit: false, limits: { maxTwinSkewMin: 5 } });
    expect((await twin([{ eventId: 'e', type: 'admission', patientId: 'x', kind: 'mother', room: 'room-1', timeMin: 6 }])).statusCode).toBe(422);
  });

  function stocked(): { cabinetId: string; slotId: string; sku: string; lotId: string; expiresAtMin: number; otherSlotId: string } {
    const cab = app.twin.state.cabinets[0];
    const slot = cab.slots.find((s) => s.skuIndex >= 0 && s.lots.length > 0)!;
    const other = cab.slots.find((s) => s.skuIndex >= 0 && s.skuIndex !== slot.skuIndex && s.lots.length > 0)!;
    return { cabinetId: cab.id, slotId: slot.id, sku: app.twin.state.items[slot.skuIndex].sku, lotId: other.lots[0].lotId, expiresAtMin: other.lots[0].expiresAtMin, otherSlotId: other.id };
  }

  it("a dispense of one SKU granted from another SKU's slot is refused (422 same-sku) and nothing changes", async () => {
    app = await testApp({ rateLimit: false });
    const s = stocked();
    const before = JSON.stringify(snapshotState(app.twin.state));
    const res = await twin([{ eventId: 'd', type: 'dispense', cabinetId: s.cabinetId, sku: s.sku, quantity: 1, timeMin: 1, grants: [{ slotId: s.otherSlotId, lotId: s.lotId, quantity: 1, expiresAtMin: s.expiresAtMin }] }]);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ details: [{ path: '/body/events/0/grants/0/slotId', rule: 'same-sku' }] });
    expect(JSON.stringify(snapshotState(app.twin.state))).toBe(before);
  });

  it('a dispense whose grants do not match the stock is a 422 at the grant, not a 500', async () => {
    app = await testApp({ rateLimit: false });
    const s = stocked();
    const res = await twin([{ eventId: 'd', type: 'dispense', cabinetId: s.cabinetId, sku: s.sku, quantity: 1, timeMin: 1, grants: [{ slotId: s.slotId, lotId: 'NO-SUCH-LOT', quantity: 1, expiresAtMin: 99 }] }]);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ details: [{ path: '/body/events/0/grants/0/lotId', rule: 'exists' }] });
  });
});
