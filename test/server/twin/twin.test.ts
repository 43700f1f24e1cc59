import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { replayLedger, snapshotState } from '../../../engine/dispensing/index.js';
import type { LedgerEvent } from '../../../engine/dispensing/index.js';
import { simulateWard } from '../../../engine/ward/index.js';
import { loadPreset } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { simulationDispensingConfig } from '../../../server/services/ward-config.js';
import { twinEventFromLedger } from '../../../server/twin/twin-events.js';
import type { TwinEvent } from '../../../server/twin/twin-events.js';
import { testApp } from '../helpers.js';

function county(): Scenario {
  const loaded = loadPreset('county-mch');
  if (!loaded.ok) throw new Error('county-mch must load');
  return { ...loaded.scenario, run: { ...loaded.scenario.run, horizonDays: 3, warmupDays: 0 } };
}

const post = (app: FastifyInstance, events: TwinEvent[]) => app.inject({ method: 'POST', url: '/api/twin/events', payload: { events } });
const snapshot = (app: FastifyInstance) => JSON.stringify(snapshotState(app.twin.state));

describe('twin fed by the simulation', () => {
  let ledger: readonly LedgerEvent[];
  let app: FastifyInstance;
  beforeAll(() => {
    ledger = simulateWard(county(), { seed: 4, replication: 0, recordLedger: true }).ledger!;
  });
  afterEach(() => app.close());

  it('the first days of the simulated ledger (the ward starts empty), posted in batches, leave the twin equal to the ledger state at that time', async () => {
    app = await testApp();
    // Three days: with 24 h restock targets the first discharges (a fourth event type) come on day 3.
    const day = ledger.filter((e) => e.timeMin <= 3 * 1440);
    expect(day.length).toBeGreaterThan(100);
    expect(new Set(day.map((e) => e.type)).size).toBeGreaterThan(3);
    const events = day.map((e, i) => twinEventFromLedger(e, `sim-${i}`));
    for (let i = 0; i < events.length; i += 500) {
      const res = await post(app, events.slice(i, i + 500));
      expect(res.statusCode, res.body).toBe(200);
    }
    const expected = replayLedger(simulationDispensingConfig(county())!, day, { ledger: 'counters' });
    expect(snapshotState(app.twin.state)).toEqual(snapshotState(expected));
    const state = (await app.inject({ url: '/api/twin/state' })).json<{ timeMin: number; eventsAccepted: number; patients: { mother: number } }>();
    expect(state.timeMin).toBe(expected.nowMin);
    expect(state.eventsAccepted).toBe(day.length);
    expect(state.patients.mother).toBe([...expected.patients.values()].filter((p) => p.kind === 'mother').length);
  });

  it('a batch with an event that does not fit halfway is refused whole (422) and the state is unchanged', async () => {
    app = await testApp();
    const events = ledger.filter((e) => e.timeMin <= 2 * 1440).map((e, i) => twinEventFromLedger(e, `sim-${i}`));
    expect((await post(app, events.slice(0, 50))).statusCode).toBe(200);
    const before = snapshot(app);
    const bad: TwinEvent = { eventId: 'bad', type: 'discharge', patientId: 'nobody', timeMin: events[60].timeMin };
    const res = await post(app, [...events.slice(50, 60), bad, ...events.slice(60, 70)]);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ details: { path: string }[] }>().details[0].path).toBe('/body/events/10/patientId');
    expect(snapshot(app)).toBe(before);
    expect((await post(app, events.slice(50, 70))).statusCode).toBe(200);
  });

  it('out-of-order and duplicate events are refused (409) with a reason per event and no state change', async () => {
    app = await testApp();
    const events = ledger.filter((e) => e.timeMin <= 2 * 1440).map((e, i) => twinEventFromLedger(e, `sim-${i}`));
    expect((await post(app, events.slice(0, 20))).statusCode).toBe(200);
    const before = snapshot(app);
    const dup = await post(app, [events[20], events[5]]);
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ details: { path: string; rule: string }[] }>().details).toContainEqual(expect.objectContaining({ path: '/body/events/1/eventId', rule: 'duplicate' }));
    const late = { ...events[3], eventId: 'late', timeMin: -0 };
    const ooo = await post(app, [events[20], { ...late, timeMin: events[20].timeMin - 1 }]);
    expect(ooo.statusCode).toBe(409);
    expect(ooo.json<{ details: { rule: string }[] }>().details.map((d) => d.rule)).toContain('out-of-order');
    const twice = await post(app, [events[20], events[20]]);
    expect(twice.statusCode).toBe(409);
    expect(snapshot(app)).toBe(before);
  });

  it('a missing field is a 400 at the field path', async () => {
    app = await testApp();
    const res = await post(app, [{ eventId: 'x', type: 'restock', timeMin: 1, cabinetId: 'c1', slotId: 's0', quantity: 3 }]);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toEqual(['/body/events/0/expiresAtMin']);
  });
});

describe('twin persistence', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wardtwin-twin-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the twin is rebuilt from its ledger in SQLite after a restart', async () => {
    const dbPath = join(dir, 'twin.db');
    const ledger = simulateWard(county(), { seed: 9, replication: 0, recordLedger: true }).ledger!.filter((e) => e.timeMin <= 1440);
    let app = await testApp({ dbPath });
    expect((await post(app, ledger.map((e, i) => twinEventFromLedger(e, `e${i}`)))).statusCode).toBe(200);
    const before = snapshot(app);
    await app.close();
    app = await testApp({ dbPath });
    expect(snapshot(app)).toBe(before);
    expect((await post(app, [twinEventFromLedger(ledger[0], 'e0')])).statusCode).toBe(409);
    await app.close();
  });
});
