// The engine's entries: importing the application API loads no queue or pool library (BullMQ,
// ioredis, piscina live behind the executors' own entry), and every package `exports` subpath
// resolves to a layer entry with named exports. Each import runs in a fresh Node process that
// logs every module it resolves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.WT_RESOLVE_LOG, r.url + '\\n');
  return r;
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;
const HEAVY = /\/node_modules\/(bullmq|ioredis|piscina)\//;

/** The URLs a fresh Node process resolves while running `code` (an ES module) in the repository. */
function resolvedBy(code: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'wt-entry-'));
  const log = join(dir, 'resolved.log');
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, '--input-type=module', '--eval', code], {
      cwd: ROOT,
      env: { ...process.env, WT_RESOLVE_LOG: log },
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
    return readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const heavyIn = (urls: string[]): string[] => [...new Set(urls.filter((u) => HEAVY.test(u)).map((u) => HEAVY.exec(u)![1]))].sort();

describe('engine entries', () => {
  it('importing engine/index.ts loads no BullMQ, ioredis or piscina; the executors entry does', () => {
    const engine = resolvedBy(`const m = await import('./engine/index.ts'); if (typeof m.runReplications !== 'function') process.exit(3);`);
    expect(engine.some((u) => u.endsWith('/engine/ward/simulate-ward.ts'))).toBe(true);
    expect(heavyIn(engine)).toEqual([]);
    const executors = resolvedBy(`await import('./engine/experiment/executors/index.ts');`);
    expect(heavyIn(executors)).toEqual(['bullmq', 'ioredis', 'piscina']);
  }, 120_000);

  it('every package exports subpath resolves to a layer entry with named exports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, string> };
    const subpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');
    expect(subpaths).toEqual(expect.arrayContaining(['./engine', './engine/kernel', './engine/dispensing', './engine/ward', './engine/experiment', './engine/executors', './scenarios', './server']));
    const specifiers = subpaths.map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));
    const code = `for (const s of ${JSON.stringify(specifiers)}) { const m = await import(s); if (Object.keys(m).length === 0) { console.error(s + ' has no exports'); process.exit(3); } }`;
    const urls = resolvedBy(code);
    for (const target of Object.values(pkg.exports).filter((t) => t.endsWith('.ts'))) expect(urls).toContain(new URL(target, `file://${ROOT}`).href);
  }, 120_000);
});
