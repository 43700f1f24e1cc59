/**
 * `wardtwin db check` covers the dispensing service's ledger too: a store the service wrote
 * replays (exit 0, its events counted); a row that does not fold over the ward (written behind
 * the server's back) is a problem naming the row and the event (exit 1).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../server/helpers.js';
import { wardtwinRun } from '../server/_support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-db-dispensing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CheckJson {
  ok: boolean;
  dispensing: { ward: string; rows: number; events: number; replay: string; reason: string | null }[];
  problems: string[];
}

describe('wardtwin db check on the dispensing ledger', () => {
  it('a ledger the service wrote replays; a row that does not fold is a problem (exit 1)', async () => {
    const db = join(dir, 'store.db');
    const app = await testApp({ dbPath: db });
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
    const cab = (await app.inject({ url: '/api/cabinets' })).json<{ cabinets: { id: string }[] }>().cabinets[0].id;
    expect((await app.inject({ method: 'POST', url: '/api/dispense', payload: { requestId: 'q1', patientId: 'm1', sku: 'maternity-pad', quantity: 2, cabinetId: cab } })).statusCode).toBe(200);
    await app.close();

    const good = await wardtwinRun(['db', 'check', '--db', db, '--json']);
    expect(good.code).toBe(0);
    const report = JSON.parse(good.stdout) as CheckJson;
    expect(report.dispensing).toEqual([{ ward: 'county-mch', rows: 2, events: 2, replay: 'ok', reason: null }]);
    expect((await wardtwinRun(['db', 'check', '--db', db])).stdout).toContain('  dispensing   county-mch 2 events: ok\n');

    const raw = new Database(db);
    raw.prepare("INSERT INTO dispensing_ledger (ward, body) VALUES ('county-mch', ?)").run(JSON.stringify([{ type: 'discharged', timeMin: 1e6, patientId: 'ghost' }]));
    raw.close();
    const bad = await wardtwinRun(['db', 'check', '--db', db, '--json']);
    expect(bad.code).toBe(1);
    const after = JSON.parse(bad.stdout) as CheckJson;
    expect(after.dispensing[0]).toMatchObject({ rows: 3, events: 2, replay: 'unreplayable' });
    expect(after.problems).toEqual([expect.stringMatching(/^ward county-mch: the dispensing ledger does not replay: row 3, event 0 \(discharged at minute 1000000\): .*ghost/)]);
  }, 60_000);
});
