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

  /** Spawns a serving start and waits until stdout matches `url` (the compare page link). */
  async function serveUntil(args: string[], env: NodeJS.ProcessEnv, url: RegExp) {
    const child = spawn(process.execPath, ['server/bin/wardtwin.js', 'start', '--days', '1', '--replications', '2', '--no-build', '--workers', '1', ...args], { cwd: ROOT, env });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (b: Buffer) => (out.stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out.stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const until = Date.now() + 90_000;
    while (!url.test(out.stdout)) {
      if (Date.now() > until || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`start did not print its URL (stdout ${out.stdout.slice(-300)}; stderr ${out.stderr.slice(-500)})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { child, out, exited };
  }

  it('start serves: a busy port falls back to a free one, the study is the server\'s compare job, the URL opens its compare page, SIGINT exits 0', async () => {
    const busy = await holdPort();
    const port = (busy.address() as AddressInfo).port;
    const url = /Open (http:\/\/127\.0\.0\.1:\d+)\/#\/compare\/(\S+) /;
    const { child, out, exited } = await serveUntil(['--port', String(port), '--db', join(dir, 'serve.db')], { ...process.env, LANG: 'C', LC_ALL: '' }, url);
    try {
      const { stdout, stderr } = out;
      const [, base, id] = url.exec(stdout)!;
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

  it('start serves in Chinese when LANG asks for it: the server lines, the tables, the headline and the link line', async () => {
    const url = /在浏览器中打开\s+(http:\/\/127\.0\.0\.1:\d+)\/#\/compare\/(\S+) /;
    const { child, out, exited } = await serveUntil(['--port', '0', '--db', join(dir, 'serve-zh.db')], { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' }, url);
    try {
      // Wrapped lines break between characters or at a space: compare without white space.
      const stderr = out.stderr.replace(/\s+/g, '');
      expect(stderr).toMatch(/wardtwin：服务地址http:\/\/127\.0\.0\.1:\d+（可视化\/，API\/api，文档\/docs；存储\//);
      expect(stderr).toContain('wardtwin：主研究（市妇幼保健院相对市妇幼保健院（无智能柜））为对比任务');
      // The server's own lines fit 80 columns (a runtime warning, if any, is not ours to wrap).
      expect(maxLineWidth(out.stderr.split('\n').filter((l) => !/^\(node:\d+\)/.test(l)).join('\n'))).toBeLessThanOrEqual(80);
      expect(out.stdout).toContain('市妇幼保健院 相对 市妇幼保健院（无智能柜），按 2 次重复配对：\n  出入病区次数（次）：');
      expect(out.stdout).not.toContain('Open http');
      expect(maxLineWidth(out.stdout)).toBeLessThanOrEqual(80);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});
