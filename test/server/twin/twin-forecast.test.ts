import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { TwinEvent } from '../../../server/twin/twin-events.js';
import { testApp } from '../helpers.js';

interface SlotAnswer { cabinetId: string; slotId: string; outBeforeRestockProbability: number; outWithinHorizonProbability: number; timeToStockoutMin: { p10: number | null; p50: number | null; p90: number | null } }
interface ForecastAnswer { fromMin: number; untilMin: number; slots: SlotAnswer[]; cabinets: { cabinetId: string; expectedQueueWaitMin: number }[]; pickList: { cabinetId: string; slotId: string; units: number }[] }

const post = (app: FastifyInstance, events: TwinEvent[]) => app.inject({ method: 'POST', url: '/api/twin/events', payload: { events } });

/** Admits a mother and her newborn at 60 and empties the first stocked slot of cab-1 at 120. */
async function emptyOneSlot(app: FastifyInstance): Promise<{ cabinetId: string; slotId: string }> {
  const cab = app.twin.state.cabinets[0];
  const slot = cab.slots.find((s) => s.skuIndex >= 0 && s.lots.length > 0)!;
  const events: TwinEvent[] = [
    { eventId: 'a1', type: 'admission', patientId: 'm1', kind: 'mother', room: 'room-1', timeMin: 60 },
    { eventId: 'a2', type: 'admission', patientId: 'b1', kind: 'newborn', room: 'room-1', companionIds: ['m1'], timeMin: 60 },
    ...slot.lots.map((l, i): TwinEvent => ({ eventId: `r${i}`, type: 'removal', cabinetId: cab.id, slotId: slot.id, lotId: l.lotId, quantity: l.quantity, timeMin: 120 })),
  ];
  expect((await post(app, events)).statusCode).toBe(200);
  return { cabinetId: cab.id, slotId: slot.id };
}

describe('GET and POST /api/twin/forecast', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('forecasts by the ward model from the twin state on the pool: an emptied slot is out at 0 in every replication; GET and POST agree', async () => {
    app = await testApp();
    const emptied = await emptyOneSlot(app);
    const res = await app.inject({ url: '/api/twin/forecast?horizonHours=12&replications=8&seed=3' });
    expect(res.statusCode).toBe(200);
    const f = res.json<ForecastAnswer>();
    expect(f.fromMin).toBe(120);
    expect(f.untilMin).toBe(120 + 12 * 60);
    const slot = f.slots.find((s) => s.cabinetId === emptied.cabinetId && s.slotId === emptied.slotId)!;
    expect(slot.outBeforeRestockProbability).toBe(1);
    expect(slot.timeToStockoutMin.p50).toBe(0);
    for (const s of f.slots) {
      if (s.timeToStockoutMin.p10 !== null && s.timeToStockoutMin.p50 !== null) expect(s.timeToStockoutMin.p10).toBeLessThanOrEqual(s.timeToStockoutMin.p50);
    }
    const viaPost = await app.inject({ method: 'POST', url: '/api/twin/forecast', payload: { horizonHours: 12, replications: 8, seed: 3 } });
    expect(viaPost.statusCode).toBe(200);
    expect(viaPost.body).toBe(res.body);
  });

  it('runs off the main thread: the health route answers while a forecast is running', async () => {
    app = await testApp();
    await emptyOneSlot(app);
    let forecastDone = 0;
    const pending = app.inject({ url: '/api/twin/forecast?horizonHours=48&replications=40&seed=5' }).then((r) => {
      forecastDone = performance.now();
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await app.inject({ url: '/api/health' });
    const healthDone = performance.now();
    expect(health.statusCode).toBe(200);
    expect((await pending).statusCode).toBe(200);
    expect(healthDone).toBeLessThan(forecastDone);
  });

  it.each([
    ['replications=0', '/querystring/replications'],
    ['replications=501', '/querystring/replications'],
    ['replications=400&horizonHours=24', '/querystring/replications'],
    ['horizonHours=0', '/querystring/horizonHours'],
    ['horizonHours=200', '/querystring/horizonHours'],
    ['serviceTarget=1', '/querystring/serviceTarget'],
    ['extra=1', '/querystring/extra'],
  ])('refuses ?%s with 400 at %s', async (query, path) => {
    app = await testApp();
    const res = await app.inject({ url: `/api/twin/forecast?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain(path);
  });

  it('refuses a state with more patients than the server forecasts with 422', async () => {
    app = await testApp({ limits: { maxForecastPatients: 1 } });
    await emptyOneSlot(app);
    const res = await app.inject({ url: '/api/twin/forecast?replications=2' });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ details: { rule: string }[] }>().details[0].rule).toBe('max-patients');
  });
});

describe('POST /api/twin/what-if', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('a cabinet held offline: its slots are out before the restock in every replication, the others compared with the same seeds', async () => {
    app = await testApp({ forecastWorkers: 0, logLevel: 'error' });
    await emptyOneSlot(app);
    const cab = app.twin.state.cabinets[1].id;
    const res = await app.inject({ method: 'POST', url: '/api/twin/what-if', payload: { horizonHours: 12, replications: 6, seed: 2, holdOffline: [cab] } });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json<{ baseline: ForecastAnswer; variant: ForecastAnswer; slotDifferences: { cabinetId: string; outBeforeRestockProbability: number }[]; meanOutWithinHorizonDifference: number }>();
    for (const s of w.variant.slots.filter((x) => x.cabinetId === cab)) expect(s.outWithinHorizonProbability).toBe(1);
    expect(w.meanOutWithinHorizonDifference).toBeGreaterThan(0);
    expect(w.slotDifferences.length).toBe(w.baseline.slots.length);
  });

  it('a scenario patch (an extra round at 03:00 in a restocker shift from 02:00, and a visitor ban) is forecast against the unchanged scenario with the same seeds', async () => {
    app = await testApp({ forecastWorkers: 0 });
    await emptyOneSlot(app);
    const rounds = [...app.wardScenario.restock.roundHours, 3];
    const res = await app.inject({ method: 'POST', url: '/api/twin/what-if', payload: { horizonHours: 24, replications: 3, seed: 4, patch: { restock: { roundHours: rounds }, people: { visitorsPerMotherPerDay: 0, restockerShiftStartHour: 2, restockerShiftHours: 17 } } } });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json<{ baseline: ForecastAnswer; variant: ForecastAnswer }>();
    expect(w.variant.fromMin).toBe(w.baseline.fromMin);
    expect(JSON.stringify(w.variant.slots)).not.toBe(JSON.stringify(w.baseline.slots));
  });

  it.each([
    [{ patch: { restock: { roundHours: [99] } } }, '/body/patch/restock/roundHours/0'],
    [{ holdOffline: ['no-such-cabinet'] }, '/body/holdOffline/0'],
    [{ replications: 150, horizonHours: 24 }, '/body/replications'],
  ])('refuses %j with 400 at %s', async (payload, path) => {
    app = await testApp({ forecastWorkers: 0 });
    const res = await app.inject({ method: 'POST', url: '/api/twin/what-if', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain(path);
  });
});
