// `wardtwin start` (what `npm start` runs), spawned as a user would, with a short --days so it
// finishes: --no-serve and --json run the headline study in process and exit; the default
// serves it (the port falling back to a free one when busy), runs the study as the server's
// compare job, prints the table and the compare page URL, and stops cleanly on SIGINT.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { wardtwin } from './spawn-cli.js';
import { maxLineWidth } from '../../server/cli/output/display-width.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wardtwin-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Holds a loopback port so that `start --port` finds it busy. */
function holdPort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('wardtwin start', () => {
  it('start --no-serve runs the headline study city-mch-baseline vs city-mch in process and prints the headline', async () => {
    const r = await wardtwin('start', '--no-serve', '--days', '1', '--replications', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Comparison of city-mch-baseline, city-mch with common random numbers');
    expect(r.stdout).toMatch(/city-mch against city-mch-baseline, paired over 2 replications:\n {2}boundaryCrossings: /);
  });

  it('start --json prints the comparison JSON only and exits', async () => {
    const r = await wardtwin('start', '--json', '--days', '1', '--replications', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const c = JSON.parse(r.stdout) as { kind: string; replications: number; runs: { scenarioId: string }[] };
    expect(c).toMatchObject({ kind: 'comparison', replications: 2 });
    expect(c.runs.map((x) => x.scenarioId)).toEqual(['city-mch-baseline', 'city-mch']);
  });

  it('start --redis without --no-serve is bad input (exit 2) and starts nothing', async () => {
    const r = await wardtwin('start', '--redis', 'redis://127.0.0.1:1', '--days', '1', '--db', join(dir, 'never.db'), '--no-build');
    expect(r.code).toBe(2);
    // Wrapped at 80 columns: undo the wrap (a break and its hanging indent) before comparing.
    expect(r.stderr.replace(/\n {2}(?=\S)/g, ' ')).toBe('wardtwin: start: --redis needs --no-serve or --json (the server runs the study on its own worker threads with fixed replications)\n');
    expect(maxLineWidth(r.stderr)).toBeLessThanOrEqual(80);
    expect(r.stdout).toBe('');
  });

  it('start serves: a busy port falls back to a free one, the study is the server\'s compare job, the URL opens its compare page, SIGINT exits 0', async () => {
    const busy = await holdPort();
    const port = (busy.address() as AddressInfo).port;
    const child = spawn(process.execPath, ['server/bin/wardtwin.js', 'start', '--days', '1', '--replications', '2', '--port', String(port), '--db', join(dir, 'serve.db'), '--no-build', '--workers', '1'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const until = Date.now() + 90_000;
      while (!/Open http:\/\/127\.0\.0\.1:\d+\/#\/compare\/\S+ /.test(stdout)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`start did not print its URL (stdout ${stdout.slice(-300)}; stderr ${stderr.slice(-500)})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const [, base, id] = /Open (http:\/\/127\.0\.0\.1:\d+)\/#\/compare\/(\S+) /.exec(stdout)!;
      expect(base).not.toBe(`http://127.0.0.1:${port}`);
      expect(stderr).toContain(`wardtwin: port ${port} is busy; serving on ${base} instead`);
      expect(stdout).toContain('Comparison of city-mch-baseline, city-mch with common random numbers');
      expect(stdout).toMatch(/city-mch against city-mch-baseline, paired over 2 replications:\n {2}boundaryCrossings: /);
      const job = (await (await fetch(`${base}/api/runs/${id}`)).json()) as { kind: string; status: string; request: { baseName: string; alternativeName: string; replications: number } };
      expect(job).toMatchObject({ kind: 'compare', status: 'succeeded', request: { baseName: 'city-mch-baseline', alternativeName: 'city-mch', replications: 2 } });
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      busy.close();
    }
  }, 120_000);
});
