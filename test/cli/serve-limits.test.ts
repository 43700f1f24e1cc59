/**
 * `wardtwin serve` takes the server's limits from its flags: a bad value is bad input (exit 2),
 * and a running server applies the job budget and the allowed host names it was given.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { wardtwin } from './spawn-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wardtwin-serve-limits-'));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `wardtwin serve` with `args` and resolves with its URL once it is listening. */
function serve(args: string[]): Promise<string> {
  child = spawn(process.execPath, ['server/bin/wardtwin.js', 'serve', '--port', '0', '--db', join(dir, 'w.db'), '--workers', '1', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child!.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /serving (http:\/\/\S+) /.exec(err);
      if (m) resolve(m[1]);
    });
    child!.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

describe('wardtwin serve limit flags', () => {
  it.each([['--job-budget', '0'], ['--max-patients', 'x'], ['--twin-max-skew', '-5'], ['--forecast-budget', '1.5']])('%s %s is bad input (exit 2)', async (flag, value) => {
    const run = await wardtwin('serve', '--port', '0', '--db', join(dir, 'bad.db'), flag, value);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(flag.slice(2));
  });

  it('a running server applies --job-budget and --allowed-hosts', async () => {
    const url = await serve(['--job-budget', '100', '--allowed-hosts', 'ward.example']);
    const res = await fetch(`${url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'county-mch', replications: 1 }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'over-budget' });
    const { request } = await import('node:http');
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${url}/api/health`, { headers: { host } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('ward.example:8080')).toBe(200);
    expect(await status('evil.example')).toBe(403);
  }, 60_000);
});
