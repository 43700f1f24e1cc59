/**
 * Who holds a store. The lock itself is SQLite's exclusive file lock, taken by the operating
 * system and released when the process ends however it ends (SIGKILL included), so a stale
 * lock cannot stop the next start. Beside it, `<store>.owner` names the holder (pid, command,
 * since when) so that a refused second server can say which process to stop. The owner file
 * is only a label: a pid in it that no longer runs is ignored.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The label a store holder leaves beside the store. */
export interface StoreOwner {
  pid: number;
  /** What holds it, e.g. `wardtwin serve`. */
  command: string;
  /** ISO-8601 wall-clock time the lock was taken. */
  since: string;
}

/** The owner file of the store at `path`. */
export function ownerFile(path: string): string {
  return `${path}.owner`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder named in the owner file, or null when there is none or it has gone. */
export function readOwner(path: string): StoreOwner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(path), 'utf8')) as Partial<StoreOwner>;
    if (typeof owner.pid !== 'number' || !Number.isSafeInteger(owner.pid) || owner.pid <= 0 || !isAlive(owner.pid)) return null;
    return { pid: owner.pid, command: String(owner.command ?? 'unknown'), since: String(owner.since ?? 'unknown') };
  } catch {
    return null;
  }
}

/** Writes this process as the holder (best effort: the lock does not depend on it). */
export function writeOwner(path: string, command: string): void {
  try {
    writeFileSync(ownerFile(path), `${JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() } satisfies StoreOwner)}\n`);
  } catch {
    // A read-only folder loses only the label.
  }
}

/** Removes the owner file if it still names this process. */
export function clearOwner(path: string): void {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(path), 'utf8')) as Partial<StoreOwner>;
    if (owner.pid === process.pid) rmSync(ownerFile(path), { force: true });
  } catch {
    // Nothing to clear.
  }
}
