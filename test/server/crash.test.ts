/**
 * Crash test: the server runs as a child process (`wardtwin serve`) on a file store, takes
 * several short runs, and is killed with SIGKILL while they go. Restarted on the same store,
 * it finishes every run, and each result equals the one an uninterrupted execution gives.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { executeJob } from '../../server/index.js';
import type { RunJob } from '../../server/index.js';
import { wardSeriesOf, withoutWardSeries } from '../../server/routes/runs/ward-series.js';
import { stableJson } from '../_support/laws.js';

const bin = fileURLToPath(new URL('../../server/bin/wardtwin.js', import.meta.url));
const shortCounty = { extends: 'county-mch', meta: { id: 'county-crash', name: 'County, five days' }, run: { horizonDays: 5, warmupDays: 1 } };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function serve(port: number, db: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--db', db, '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, WARDTWIN_TOKEN: '' } });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`wardtwin serve exited with ${child.exitCode}`);
    if (Date.now() > until) throw new Error('wardtwin serve did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}


describe('crash and restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wardtwin-crash-'));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) await kill9(child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs interrupted by SIGKILL finish after a restart on the same store, with the results of uninterrupted runs', async () => {
    const db = join(dir, 'store.db');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let child = await serve(port, db);
    children.push(child);
    const ids: string[] = [];
    for (const seed of [1, 2, 3]) {
      const res = await fetch(`${base}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: shortCounty, replications: 3, seed }) });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { id: string }).id);
    }
    // Kill while the first run is going (and the others wait behind it).
    const until = Date.now() + 60_000;
    while (((await (await fetch(`${base}/api/runs/${ids[0]}`)).json()) as { progress: number }).progress === 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const before = (await (await fetch(`${base}/api/runs`)).json()) as { runs: { status: string }[] };
    expect(before.runs.some((r) => r.status !== 'succeeded')).toBe(true);
    await kill9(child);

    child = await serve(port, db);
    children.push(child);
    const results = new Map<string, { status: string; request: unknown; result: unknown }>();
    const deadline = Date.now() + 240_000;
    while (results.size < ids.length && Date.now() < deadline) {
      for (const id of ids) {
        const run = (await (await fetch(`${base}/api/runs/${id}`)).json()) as { status: string; request: unknown; result: unknown };
        if (['succeeded', 'failed', 'cancelled'].includes(run.status)) results.set(id, run);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The ward series is served apart from the result (GET /api/runs/:id/series).
    const ward = new Map<string, unknown>();
    for (const id of results.keys()) ward.set(id, ((await (await fetch(`${base}/api/runs/${id}/series`)).json()) as { ward: unknown }).ward);
    await kill9(child);
    expect([...results.values()].map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    for (const id of ids) {
      const stored = results.get(id)!;
      const uninterrupted = await executeJob({ id, kind: 'run', request: stored.request } satisfies RunJob, () => undefined);
      expect(stableJson(stored.result)).toBe(stableJson(withoutWardSeries(uninterrupted)));
      expect(JSON.stringify(ward.get(id))).toBe(JSON.stringify(wardSeriesOf(uninterrupted)));
    }
  }, 400_000);
});
