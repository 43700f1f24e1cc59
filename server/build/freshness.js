// Whether the compiled build (`dist/`) is missing or older than the TypeScript it comes from, and
// compiling it again when it is. Plain JavaScript because it runs before anything is compiled:
// the `wardtwin` command calls it on every start in a checkout (the published package has no
// sources and skips it), and the test suite's global setup calls it once before the tests.
//
// Cost on the hot path: one stat of the stamp plus a walk of the ~250 source files and folders,
// stopping at the first newer one (a few milliseconds). Concurrent callers (the test suite spawns
// many `wardtwin` processes at once) serialise on a lock folder and re-check after waiting, so
// the build runs once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The compiled build's folder. */
export const DIST = join(ROOT, 'dist');
/** Written after each successful compile; its mtime is the build's age. */
const STAMP = join(DIST, '.build-stamp');
const LOCK = join(DIST, '.build-lock');
/** What the compile reads: a change to any of these (or a file added or removed) makes it stale. */
const INPUTS = ['engine', 'scenarios', 'server', join('viz', 'build-if-needed.ts'), 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
const LOCK_WAIT_MS = 5 * 60_000;

/**
 * True when `path` changed after `builtMs`: a TypeScript or JSON file, or a folder (its mtime
 * moves when a file is added or removed) and anything in it. Other files (the deploy files under
 * server/deploy/) are not compiled, so editing them does not make the build stale.
 */
function changedSince(path, builtMs) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs > builtMs && /\.(ts|json)$/.test(path);
  if (st.mtimeMs > builtMs) return true;
  return readdirSync(path).some((name) => changedSince(join(path, name), builtMs));
}

/** Why `dist/` must be compiled (`'missing'`, `'stale'`), or null when it is current. */
export function compileReason() {
  if (!existsSync(STAMP)) return 'missing';
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((p) => existsSync(join(ROOT, p)) && changedSince(join(ROOT, p), built)) ? 'stale' : null;
}

/** True in a checkout with the sources and the TypeScript compiler (a development install). */
export function canCompile() {
  if (!existsSync(join(ROOT, 'tsconfig.build.json'))) return false;
  try {
    createRequire(import.meta.url).resolve('typescript/bin/tsc');
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs tsc over tsconfig.build.json (incremental), its output on stderr so a command's stdout
 * stays clean, and writes the stamp.
 * @param {{ strict?: boolean }} options strict: type errors fail the build (`npm run build`);
 *   otherwise tsc's output is still used and its diagnostics are only shown
 * @throws Error when tsc fails (or reports type errors under `strict`)
 */
export function compile(options = {}) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const started = Date.now();
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  // tsc exits 2 when it reported errors but wrote its output, 1 when it wrote nothing.
  if (r.status !== 0 && (r.status !== 2 || options.strict === true)) {
    throw new Error(`tsc -p tsconfig.build.json failed (exit ${r.status ?? r.signal})`);
  }
  writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the build lock (a folder, atomic to create); breaks one left by a crashed build. */
function lock() {
  mkdirSync(DIST, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (Date.now() > deadline || Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > LOCK_WAIT_MS) rmSync(LOCK, { recursive: true, force: true });
    else sleep(100);
  }
}

/**
 * Compiles `dist/` when it is missing or stale and this is a development install; a no-op in
 * the published package. Resolves with what was done.
 * @param {{ log?: (line: string) => void }} options log: told before a compile starts
 * @returns {{ compiled: boolean, reason: string | null }}
 */
export function ensureBuilt(options = {}) {
  if (!canCompile()) {
    if (!existsSync(join(DIST, 'server', 'cli', 'main.js'))) throw new Error('wardtwin is not built and cannot be: run `npm install` (with dev dependencies) and `npm run build` in the checkout');
    return { compiled: false, reason: null };
  }
  if (compileReason() === null) return { compiled: false, reason: null };
  lock();
  try {
    const reason = compileReason();
    if (reason === null) return { compiled: false, reason };
    options.log?.(`wardtwin: compiling to dist/ (${reason === 'missing' ? 'no build yet' : 'sources changed'})…`);
    compile();
    return { compiled: true, reason };
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
