// Test support: run the `wardtwin` command as a user would (node server/bin/wardtwin.js).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../server/bin/wardtwin.js', import.meta.url));

/** Runs `wardtwin args…` to completion. */
export function wardtwin(args: readonly string[], timeoutMs = 120_000): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `wardtwin args…` in the background (e.g. a worker). */
export function spawnWardtwin(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Resolves when the child's stderr contains `text`. */
export function waitForStderr(child: ChildProcess, text: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for "${text}" (stderr: ${seen.slice(-500)})`)), timeoutMs);
    child.stderr?.on('data', (b: Buffer) => {
      seen += b.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}
