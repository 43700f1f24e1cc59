/**
 * `wardtwin db check` and `wardtwin db repair`, spawned as an operator runs them: check reports
 * integrity, schema, counts and the ledger rows that do not replay (exit 1), repair moves them
 * to twin_quarantine and resolves it (deleting nothing), after which check is clean (exit 0)
 * and the server starts read-write. Both refuse, with exit 2, a missing store or one a server holds.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxLineWidth } from '../../server/cli/output/display-width.js';
import { storeWithBadRows } from '../server/_support/bad-ledger.js';
import { testApp } from '../server/helpers.js';
import { kill9, serve, wardtwinRun } from '../server/_support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-db-'));

/** `text` without white space: the report wraps long lines at 80 columns, at a space or between Chinese characters. */
const flat = (text: string): string => text.replace(/\s+/g, '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CheckJson {
  ok: boolean;
  integrity: string[];
  schemaVersion: number;
  runs: Record<string, number>;
  quarantine: { open: number; resolved: number };
  wards: { ward: string; events: number; replay: string; unreplayable: { seq: number; eventId: string }[]; openQuarantine: number }[];
  problems: string[];
}

describe('wardtwin db check / repair', () => {
  it('check finds the rows that do not replay (exit 1), repair quarantines them (exit 0), check is then clean and the server starts read-write', async () => {
    const db = join(dir, 'bad.db');
    await storeWithBadRows(db);
    const check = await wardtwinRun(['db', 'check', '--db', db, '--json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as CheckJson;
    expect(report).toMatchObject({ ok: false, integrity: ['ok'], schemaVersion: 3, quarantine: { open: 0, resolved: 0 } });
    expect(report.wards).toMatchObject([{ ward: 'county-mch', events: 5, replay: 'unreplayable', openQuarantine: 0 }]);
    expect(report.wards[0].unreplayable.map((r) => [r.seq, r.eventId])).toEqual([[3, 'bad-1'], [4, 'bad-2']]);
    expect(report.problems[0]).toBe('ward county-mch: ledger row 3 (event "bad-1") does not replay: dischargePatient: patientId(="ghost") is not admitted');
    const human = await wardtwinRun(['db', 'check', '--db', db]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('  integrity    ok\n');
    expect(flat(human.stdout)).toContain(flat('2 problem(s):\n  - ward county-mch: ledger row 3 (event "bad-1") does not replay'));
    expect(maxLineWidth(human.stdout)).toBeLessThanOrEqual(80);
    const zh = await wardtwinRun(['db', 'check', '--db', db, '--lang', 'zh-CN']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('  完整性       ok\n');
    expect(zh.stdout).toMatch(/ {2}重放 {9}county-mch: 无法重放（2 行）\n/);
    expect(flat(zh.stdout)).toContain(flat('发现 2 个问题：\n  - 病区 county-mch：台账第 3 行（事件 "bad-1"）无法重放：dischargePatient'));
    expect(maxLineWidth(zh.stdout)).toBeLessThanOrEqual(80);

    const repair = await wardtwinRun(['db', 'repair', '--db', db]);
    expect(repair.code).toBe(0);
    expect(flat(repair.stdout)).toContain(flat('  ward county-mch: 2 ledger row(s) moved to twin_quarantine:\n    row 3 (event "bad-1", timeMin 20): dischargePatient: patientId(="ghost") is not admitted\n    row 4 (event "bad-2", timeMin 30): '));
    expect(flat(repair.stdout)).toContain(flat('  ward county-mch: 2 quarantined row(s) resolved'));
    expect(maxLineWidth(repair.stdout)).toBeLessThanOrEqual(80);

    const after = JSON.parse((await wardtwinRun(['db', 'check', '--db', db, '--json'])).stdout) as CheckJson;
    expect(after).toMatchObject({ ok: true, problems: [], quarantine: { open: 0, resolved: 2 }, wards: [{ events: 3, replay: 'ok' }] });
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('SELECT event_id FROM twin_quarantine ORDER BY seq').pluck().all()).toEqual(['bad-1', 'bad-2']);
    raw.close();
    const app = await testApp({ dbPath: db });
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok', twin: { mode: 'read-write' } });
    expect((await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events: [{ eventId: 'd1', type: 'discharge', patientId: 'm1', timeMin: 50 }] } })).statusCode).toBe(200);
    await app.close();
  }, 60_000);

  it('rows the server quarantined at start keep check at exit 1 until repair resolves them', async () => {
    const db = join(dir, 'started.db');
    await storeWithBadRows(db);
    const app = await testApp({ dbPath: db });
    expect(app.twin.readOnly).toBe(true);
    // While a server holds the store, the commands refuse it (exit 2) naming the holder.
    const busy = await wardtwinRun(['db', 'check', '--db', db]);
    expect(busy.code).toBe(2);
    // stderr is wrapped at the terminal width: compare with the line breaks folded away.
    expect(busy.stderr.replace(/\s+/g, ' ')).toContain(`wardtwin: db check: store ${db} is in use by a wardtwin server (pid ${process.pid}`);
    await app.close();
    const check = JSON.parse((await wardtwinRun(['db', 'check', '--db', db, '--json'])).stdout) as CheckJson;
    expect(check).toMatchObject({ ok: false, quarantine: { open: 2, resolved: 0 }, wards: [{ replay: 'ok', openQuarantine: 2 }] });
    expect(check.problems).toEqual(['ward county-mch: 2 quarantined ledger row(s) not resolved; the twin is read-only until "wardtwin db repair"']);
    const repair = await wardtwinRun(['db', 'repair', '--db', db, '--json']);
    expect(repair.code).toBe(0);
    expect(JSON.parse(repair.stdout)).toMatchObject({ ok: true, damaged: null, wards: [{ ward: 'county-mch', moved: [], resolved: 2, skipped: null }] });
    expect((await wardtwinRun(['db', 'check', '--db', db])).code).toBe(0);
  }, 60_000);

  it('serve on a store whose ledger does not replay starts (no crash loop), says on stderr that the twin is read-only, and health is degraded', async () => {
    const db = join(dir, 'served.db');
    await storeWithBadRows(db);
    const server = await serve(db);
    try {
      const health = (await (await fetch(`${server.base}/api/health`)).json()) as { status: string };
      expect(health.status).toBe('degraded');
      expect(server.stderr()).toContain(`wardtwin: the twin is read-only: 2 stored ledger row(s) could not be replayed and are quarantined (first: row 3, event "bad-1": dischargePatient: patientId(="ghost") is not admitted); see GET /api/health, then stop the server and run "wardtwin db repair --db ${db}"\n`);
    } finally {
      await kill9(server.child);
    }
  }, 60_000);

  it('a missing store is bad input (exit 2) and is not created', async () => {
    const missing = join(dir, 'nothing-here.db');
    const r = await wardtwinRun(['db', 'check', '--db', missing]);
    expect(r).toMatchObject({ code: 2, stderr: `wardtwin: db check: no store at ${missing}\n` });
    expect((await wardtwinRun(['db', 'repair', '--db', missing])).code).toBe(2);
  });
});
