// The published package as a user gets it: `npm pack`, then the tarball installed into an empty
// folder with production dependencies only, from the npm cache, and the installed `wardtwin`
// run: --version, a short run on the worker pool (the compiled thread entry), and `serve` with
// `/` answering the built visualizer. One test, run once per suite.
//
// better-sqlite3 is a native module: where no prebuilt binary can be downloaded, its install
// script compiles SQLite from source (about 4 minutes on the CI machine). The install therefore
// skips install scripts and puts the checkout's compiled binary of the same version in place,
// so the test checks the package rather than the C++ toolchain; a version mismatch rebuilds.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVizIfNeeded } from '../../viz/build-if-needed.js';
import { ROOT } from '../_support/wardtwin.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dir = mkdtempSync(join(tmpdir(), 'wardtwin-package-'));
const app = join(dir, 'app');
let tarball = '';
let packed: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const version = (modulesDir: string, name: string): string => (JSON.parse(readFileSync(join(modulesDir, name, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(async () => {
  // dist/ is current (the suite's global setup); the pages are built here if they are not.
  await buildVizIfNeeded();
  const out = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  const info = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0];
  tarball = join(dir, info.filename);
  packed = info.files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'hospital-install', private: true }));
  execFileSync(NPM, ['install', '--omit=dev', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const modules = join(app, 'node_modules');
  const binary = join('build', 'Release', 'better_sqlite3.node');
  if (version(modules, 'better-sqlite3') === version(join(ROOT, 'node_modules'), 'better-sqlite3')) {
    mkdirSync(join(modules, 'better-sqlite3', 'build', 'Release'), { recursive: true });
    copyFileSync(join(ROOT, 'node_modules', 'better-sqlite3', binary), join(modules, 'better-sqlite3', binary));
  } else {
    execFileSync(NPM, ['rebuild', 'better-sqlite3'], { cwd: app, stdio: 'ignore' });
  }
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bin = (): string => join(app, 'node_modules', '.bin', 'wardtwin');

describe('the packed package', () => {
  it('ships the compiled build, the presets and the built pages, and no sources, tests or benchmarks', () => {
    for (const file of ['dist/server/cli/main.js', 'dist/engine/experiment/executors/pool-thread.js', 'dist/server/runner/run-worker.js', 'scenarios/presets/county-mch.json', 'server/bin/wardtwin.js', 'viz/dist/index.html', 'package.json', 'README.md']) expect(packed).toContain(file);
    expect(packed.filter((f) => /^(test|bench|engine|build)\//.test(f) || f.endsWith('.ts') || f.includes('tsbuildinfo'))).toEqual([]);
  });

  it('installs without dev dependencies and answers --version from the compiled build', () => {
    for (const dev of ['typescript', 'tsx', 'vite', 'vitest']) expect(existsSync(join(app, 'node_modules', dev)), `${dev} is not installed`).toBe(false);
    const r = spawnSync(bin(), ['--version'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('runs a short study on the worker pool', () => {
    const r = spawnSync(bin(), ['run', 'county-mch', '--days', '3', '--replications', '2', '--workers', '2', '--json'], { cwd: app, encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { replications: number; scenarioId: string; timing: { executor: string } };
    expect(result.replications).toBe(2);
    expect(result.timing.executor).toBe('pool');
  }, 200_000);

  it('serves the built visualizer at / and the API', async () => {
    const port = await freePort();
    const child = spawn(bin(), ['serve', '--port', String(port), '--db', join(dir, 'serve.db'), '--workers', '1'], { cwd: app, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      for (let i = 0; i < 450 && !stderr.includes('serving') && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
      expect(stderr, `serve exited ${child.exitCode}`).toContain('serving');
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toBe(readFileSync(join(ROOT, 'viz', 'dist', 'index.html'), 'utf8'));
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
      expect((await fetch(`http://127.0.0.1:${port}${script}`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/api/ready`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
