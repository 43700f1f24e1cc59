/**
 * A twin ledger row that no longer replays (a patient discharged who was never admitted, a
 * body that is not JSON) is moved to `twin_quarantine` with its reason, and the server starts
 * with the rows that fit, its twin read-only: reads and forecasts work, event batches get 503,
 * health says degraded. Every later start is the same, never a crash loop, until `db repair`.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { storeWithBadRows } from '../_support/bad-ledger.js';
import { testApp } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-quarantine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a ledger row that does not replay', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('is quarantined with a report, and the server starts degraded with a read-only twin (every start, never a crash)', async () => {
    const path = join(dir, 'bad-rows.db');
    await storeWithBadRows(path);
    app = await testApp({ dbPath: path });
    const health = (await app.inject({ url: '/api/health' })).json<{ status: string; twin: { mode: string; quarantinedRows: number; quarantine: { seq: number; eventId: string; reason: string }[] } }>();
    expect(health.status).toBe('degraded');
    expect(health.twin).toMatchObject({ mode: 'read-only', quarantinedRows: 2 });
    expect(health.twin.quarantine.map((r) => [r.seq, r.eventId])).toEqual([[3, 'bad-1'], [4, 'bad-2']]);
    expect(health.twin.quarantine[0].reason).toBe('dischargePatient: patientId(="ghost") is not admitted');
    expect(health.twin.quarantine[1].reason).toMatch(/^the row's body is not JSON \(/);

    const state = (await app.inject({ url: '/api/twin/state' })).json<{ eventsAccepted: number; patients: { mother: number } }>();
    expect(state).toMatchObject({ eventsAccepted: 3, patients: { mother: 3 } });
    expect((await app.inject({ method: 'POST', url: '/api/twin/forecast', payload: { replications: 2, seed: 1 } })).statusCode).toBe(200);
    const refused = await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events: [{ eventId: 'later', type: 'discharge', patientId: 'm1', timeMin: 50 }] } });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toEqual({
      error: 'twin-read-only',
      message: 'POST /api/twin/events: the twin is read-only: 2 stored ledger row(s) could not be replayed and are quarantined (first: row 3, event "bad-1": dischargePatient: patientId(="ghost") is not admitted); stop the server, run "wardtwin db check" and "wardtwin db repair", then restart',
      details: [],
    });
    await app.close();
    app = undefined;

    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT event_id FROM twin_events ORDER BY seq').pluck().all()).toEqual(['admit-m1', 'admit-m2', 'admit-m3']);
    expect(db.prepare('SELECT seq, event_id AS eventId, quarantined_by AS by, resolved_at AS resolvedAt, body FROM twin_quarantine ORDER BY seq').all()).toEqual([
      { seq: 3, eventId: 'bad-1', by: 'server start', resolvedAt: null, body: JSON.stringify([{ type: 'discharged', timeMin: 20, patientId: 'ghost' }]) },
      { seq: 4, eventId: 'bad-2', by: 'server start', resolvedAt: null, body: '{"type": "admitted", trunc' },
    ]);
    db.close();

    app = await testApp({ dbPath: path });
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'degraded', twin: { mode: 'read-only', quarantinedRows: 2 } });
  });

  it('a healthy store starts read-write and health says ok', async () => {
    app = await testApp({ dbPath: join(dir, 'healthy.db') });
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok', twin: { mode: 'read-write', quarantinedRows: 0, quarantine: [] } });
  });
});
