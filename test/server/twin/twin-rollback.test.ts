/**
 * A refused twin batch returns the state to what it was without folding the stored ledger
 * again: from a checkpoint copy plus the events accepted since. Fed a simulated ledger with
 * refused batches in between (past several checkpoints), the twin ends equal to the ledger's
 * replay, and the store's rows are never read after start-up.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { replayLedger, snapshotState } from '../../../engine/dispensing/index.js';
import { simulateWard } from '../../../engine/ward/index.js';
import { loadPreset } from '../../../scenarios/index.js';
import { simulationDispensingConfig } from '../../../server/services/ward-config.js';
import { twinEventFromLedger } from '../../../server/twin/twin-events.js';
import type { TwinEvent } from '../../../server/twin/twin-events.js';
import { TwinStore } from '../../../server/twin/twin-store.js';
import { testApp } from '../helpers.js';

let app: FastifyInstance;
afterEach(() => app.close());

describe('Twin rollback', () => {
  it('refused batches past several checkpoints leave the twin equal to the replay of the accepted events, without reading the stored ledger', async () => {
    const loaded = loadPreset('county-mch');
    if (!loaded.ok) throw new Error('county-mch must load');
    const scenario = { ...loaded.scenario, run: { ...loaded.scenario.run, horizonDays: 200, warmupDays: 0 } };
    const ledger = simulateWard(scenario, { seed: 3, replication: 0, recordLedger: true }).ledger!;
    expect(ledger.length).toBeGreaterThan(42_000);
    app = await testApp({ rateLimit: false });
    const rows = vi.spyOn(TwinStore.prototype, 'rows');
    const events = ledger.map((e, i) => twinEventFromLedger(e, `sim-${i}`));
    let refused = 0;
    for (let i = 0; i < events.length; i += 2500) {
      const batch = events.slice(i, i + 2500);
      if ((i / 2500) % 3 === 1) {
        const bad: TwinEvent = { eventId: `bad-${i}`, type: 'discharge', patientId: 'nobody', timeMin: batch[batch.length - 1].timeMin };
        const res = await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events: [...batch, bad] } });
        expect(res.statusCode).toBe(422);
        refused++;
      }
      const res = await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events: batch } });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    }
    expect(refused).toBeGreaterThan(5);
    expect(rows).not.toHaveBeenCalled();
    const expected = replayLedger(simulationDispensingConfig(scenario)!, ledger, { ledger: 'counters' });
    expect(snapshotState(app.twin.state)).toEqual(snapshotState(expected));
    expect(app.twin.state.counters.events).toBe(expected.counters.events);
    rows.mockRestore();
  }, 60_000);
});
