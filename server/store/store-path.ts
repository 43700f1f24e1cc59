/**
 * Checking a store path before SQLite sees it, so that a typo in `--db` is one clear line and
 * never a stack trace or a hang. The parent folder is created one level at a time with bounded
 * work: Node's own recursive mkdir loops for ever on a path such as `/proc/self/x/db.sqlite`,
 * where `mkdir` answers ENOENT although the parent exists.
 */
import { mkdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreError } from './store-errors.js';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code !== undefined ? `${e.code}, ${e.syscall ?? 'access'}` : String(error);
}

/**
 * Makes sure `path` can be a store file: it is a file (not a few bytes of something else) or
 * absent, and its folder exists
 * (created if needed). Returns the absolute path.
 * @throws StoreError `bad-path` naming the path and the reason
 */
export function prepareStorePath(path: string): string {
  const absolute = resolve(path);
  const bad = (why: string): StoreError => new StoreError('bad-path', path, `store ${path}: ${why}`);
  try {
    const existing = statOrNull(absolute);
    if (existing !== null) {
      if (!existing.isFile()) throw bad(existing.isDirectory() ? 'is a directory, not a store file' : 'is not a regular file');
      // SQLite would take a file shorter than its smallest page for an empty database and overwrite it.
      if (existing.size > 0 && existing.size < 512) throw bad(`is not a SQLite store (${existing.size} bytes); pass another --db`);
      return absolute;
    }
    const missing: string[] = [];
    let folder = dirname(absolute);
    let found = statOrNull(folder);
    while (found === null) {
      missing.unshift(folder);
      const parent = dirname(folder);
      if (parent === folder) throw bad('no folder on its path exists');
      folder = parent;
      found = statOrNull(folder);
    }
    if (!found.isDirectory()) throw bad(`${folder} is not a folder`);
    // One level at a time, each a plain mkdir: a failure is reported, never retried.
    for (const dir of missing) mkdirSync(dir);
    return absolute;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw bad(`cannot create or read its folder (${reasonOf(error)})`);
  }
}
