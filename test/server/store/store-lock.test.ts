/**
 * One process per store: a second `wardtwin serve` (or `start`) on the same `--db` exits 2 with
 * one line naming the store and the process holding it, and the lock dies with its holder, so
 * the start after a SIGKILL succeeds. Bad `--db` paths are one line and exit 2 too, quickly
 * (a path under /proc made Node's recursive mkdir spin for ever).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kill9, serve, wardtwinRun } from '../_support/server-process.js';
import type { ServerProcess } from '../_support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-lock-'));
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const s of running) await kill9(s.child);
  rmSync(dir, { recursive: true, force: true });
});

describe('the store lock', () => {
  it('a second wardtwin serve on the same --db exits 2 naming the store and the first server; after SIGKILL of the first the next start succeeds', async () => {
    const db = join(dir, 'shared.db');
    const first = await serve(db);
    running.push(first);
    const second = await wardtwinRun(['serve', '--port', '0', '--db', db]);
    expect(second.code).toBe(2);
    expect(folded(second.stderr)).toBe(`wardtwin: store ${db} is in use by a wardtwin server (pid ${first.child.pid}, since ${folded(second.stderr).match(/since ([^)]+)\)/)?.[1]}); stop it or pass another --db`);
    const start = await wardtwinRun(['start', '--port', '0', '--db', db, '--no-build', '--days', '1']);
    expect(start.code).toBe(2);
    expect(folded(start.stderr)).toContain(`wardtwin: start: store ${db} is in use by a wardtwin server (pid ${first.child.pid}`);
    // The first server was not disturbed.
    expect((await fetch(`${first.base}/api/health`)).status).toBe(200);
    await kill9(first.child);
    const again = await serve(db);
    running.push(again);
    expect((await fetch(`${again.base}/api/twin/state`)).status).toBe(200);
    await kill9(again.child);
  }, 120_000);
});

/** One message on stderr, wrapped at the terminal width: the text with the line breaks folded away. */
function folded(stderr: string): string {
  return stderr.replace(/\s+/g, ' ').trim();
}

describe('bad --db paths', () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');
  writeFileSync(join(dir, 'not-sqlite'), 'not a database '.repeat(100));
  mkdirSync(join(dir, 'a-folder'));
  it.each([
    ['/proc/self/x/db.sqlite', 'store /proc/self/x/db.sqlite: cannot create or read its folder (ENOENT, mkdir)'],
    [join(dir, 'a-folder'), `store ${join(dir, 'a-folder')}: is a directory, not a store file`],
    [join(file, 'db.sqlite'), `store ${join(file, 'db.sqlite')}: cannot create or read its folder (ENOTDIR, stat)`],
    [file, `store ${file}: is not a SQLite store (1 bytes); pass another --db`],
    [join(dir, 'not-sqlite'), `store ${join(dir, 'not-sqlite')} is damaged (file is not a database); run "wardtwin db check --db ${join(dir, 'not-sqlite')}" and restore a backup`],
  ])('serve --db %s exits 2 with one line within 15 s', async (db, message) => {
    const r = await wardtwinRun(['serve', '--port', '0', '--db', db], 15_000);
    expect(r.code).toBe(2);
    expect(folded(r.stderr)).toBe(`wardtwin: ${message}`);
  }, 30_000);
});
