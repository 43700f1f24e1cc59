/**
 * The store under faults, with a real server process: killed with SIGKILL while it takes twin
 * events and runs, the store passes `PRAGMA integrity_check` and a restart holds every event
 * it acknowledged; with a page of the file overwritten, the server refuses to start with one
 * line and exit 2 (never a hang or a crash loop), `db check` reports the damage and `db repair`
 * leaves the file as it is.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers.js';
import { kill9, serve, wardtwinRun } from '../_support/server-process.js';
import type { ServerProcess } from '../_support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-faults-'));
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const s of running) await kill9(s.child);
  rmSync(dir, { recursive: true, force: true });
});

const json = { 'content-type': 'application/json' };
const shortRun = { scenario: { extends: 'county-mch', meta: { id: 'county-fault', name: 'County, two days' }, run: { horizonDays: 2, warmupDays: 0 } }, replications: 2 };

/** Batch `b` of the load: 25 patients admitted and discharged, timeMin = b, ids unique across batches. */
function batch(b: number): { eventId: string }[] {
  return Array.from({ length: 25 }, (_, i) => [
    { eventId: `a-${b}-${i}`, type: 'admission', patientId: `p-${b}-${i}`, kind: 'mother', room: 'room-1', timeMin: b },
    { eventId: `d-${b}-${i}`, type: 'discharge', patientId: `p-${b}-${i}`, timeMin: b },
  ]).flat();
}

describe('SIGKILL under load', () => {
  it('after SIGKILL mid-load the store passes integrity_check and the restarted server holds every acknowledged twin event', async () => {
    const db = join(dir, 'killed.db');
    const server = await serve(db);
    running.push(server);
    const acknowledged: string[] = [];
    let runsAccepted = 0;
    for (let seed = 1; seed <= 3; seed++) {
      const res = await fetch(`${server.base}/api/runs`, { method: 'POST', headers: json, body: JSON.stringify({ ...shortRun, seed }) });
      if (res.status === 202) runsAccepted++;
    }
    expect(runsAccepted).toBe(3);
    // Feed batches back to back; the kill lands while one is in flight.
    let b = 0;
    let killed = false;
    const feed = (async () => {
      while (!killed) {
        const events = batch(++b);
        try {
          const res = await fetch(`${server.base}/api/twin/events`, { method: 'POST', headers: json, body: JSON.stringify({ events }) });
          if (res.status === 200) acknowledged.push(...events.map((e) => e.eventId));
          else if (!killed) throw new Error(`batch ${b}: ${res.status} ${await res.text()}`);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    })();
    while (acknowledged.length < 2000) await new Promise((resolve) => setTimeout(resolve, 20));
    killed = true;
    await kill9(server.child);
    await feed;

    const raw = new Database(db);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(raw.prepare('SELECT event_id FROM twin_events').pluck().all() as string[]);
    const runs = raw.prepare('SELECT COUNT(*) FROM runs').pluck().get();
    raw.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(runs).toBe(3);

    const again = await serve(db);
    running.push(again);
    const health = (await (await fetch(`${again.base}/api/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    const state = (await (await fetch(`${again.base}/api/twin/state`)).json()) as { eventsAccepted: number; timeMin: number };
    expect(state.eventsAccepted).toBe(stored.size);
    expect(state.eventsAccepted).toBeGreaterThanOrEqual(acknowledged.length);
    // The twin takes events again, after the last batch that made it to disk.
    const next = await fetch(`${again.base}/api/twin/events`, { method: 'POST', headers: json, body: JSON.stringify({ events: batch(b + 1) }) });
    expect(next.status).toBe(200);
    await kill9(again.child);
  }, 180_000);
});

describe('a damaged page', () => {
  it('the server refuses the store with one line and exit 2, db check reports it (exit 1), db repair changes nothing', async () => {
    const db = join(dir, 'damaged.db');
    const app = await testApp({ dbPath: db, startRunner: false });
    for (let b = 1; b <= 40; b++) expect((await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events: batch(b) } })).statusCode).toBe(200);
    await app.close();
    // Overwrite the middle page of the file (4 KiB pages; closing checkpointed the WAL into it).
    const pages = statSync(db).size / 4096;
    expect(pages).toBeGreaterThan(20);
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(pages / 2) * 4096);
    closeSync(fd);
    const digest = (): string => createHash('sha256').update(readFileSync(db)).digest('hex');
    const before = digest();

    const start = await wardtwinRun(['serve', '--port', '0', '--db', db], 30_000);
    expect(start.code).toBe(2);
    // One message, wrapped at the terminal width: fold the line breaks before matching.
    expect(start.stderr.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^wardtwin: store ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged \\(.+\\); run "wardtwin db check --db .+" and restore a backup$`));

    const check = await wardtwinRun(['db', 'check', '--db', db, '--json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { ok: boolean; integrity: string[]; problems: string[] };
    expect(report.ok).toBe(false);
    expect(report.integrity[0]).not.toBe('ok');
    expect(report.problems[0]).toMatch(/^integrity: /);

    const repair = await wardtwinRun(['db', 'repair', '--db', db]);
    expect(repair.code).toBe(1);
    expect(repair.stdout.replace(/\s+/g, ' ')).toContain(`store ${db} has damaged pages (integrity_check: `);
    expect(repair.stdout).toContain('repair changed nothing');
    expect(digest()).toBe(before);
  }, 120_000);
});
