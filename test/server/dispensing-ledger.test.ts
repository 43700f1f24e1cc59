/**
 * The dispensing service's stored ledger in process: a restart on the same store rebuilds
 * stock, patients and the idempotency window; a commit that fails refuses the waiting requests
 * with 503 and leaves the service holding only what is on disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const units = (app: Awaited<ReturnType<typeof testApp>>) => app.dispensing.cabinets().reduce((a, c) => a + c.stock.onHandUnits, 0);
const dispenseBody = (requestId: string) => ({ requestId, patientId: 'm1', sku: 'maternity-pad', quantity: 2, cabinetId: 'cab-1' });

describe('dispensing ledger', () => {
  it('a restart on the same store holds the same stock, patients and request ids, and its clock goes on', async () => {
    const dbPath = join(dir, 'restart.db');
    let app = await testApp({ dbPath });
    const full = units(app);
    expect((await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } })).statusCode).toBe(201);
    const first = await app.inject({ method: 'POST', url: '/api/dispense', payload: dispenseBody('r1') });
    expect(first.json()).toMatchObject({ ok: true, quantity: 2 });
    await app.close();
    app = await testApp({ dbPath });
    expect(units(app)).toBe(full - 2);
    expect(app.dispensing.state.patients.has('m1')).toBe(true);
    expect(app.dispensing.now()).toBeGreaterThanOrEqual(first.json<{ timeMin: number }>().timeMin);
    const again = await app.inject({ method: 'POST', url: '/api/dispense', payload: dispenseBody('r1') });
    expect(again.json()).toEqual(first.json());
    expect(units(app)).toBe(full - 2);
    await app.close();
  });

  it('a failed commit answers 503 and the service forgets the grant it could not store', async () => {
    const app = await testApp();
    await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } });
    const before = units(app);
    app.db.exec("CREATE TRIGGER full_disk BEFORE INSERT ON dispensing_ledger BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    const res = await app.inject({ method: 'POST', url: '/api/dispense', payload: dispenseBody('r2') });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: 'store-unavailable' });
    expect(units(app)).toBe(before);
    app.db.exec('DROP TRIGGER full_disk');
    const retry = await app.inject({ method: 'POST', url: '/api/dispense', payload: dispenseBody('r2') });
    expect(retry.json()).toMatchObject({ ok: true, quantity: 2 });
    expect(units(app)).toBe(before - 2);
    await app.close();
  });
});
