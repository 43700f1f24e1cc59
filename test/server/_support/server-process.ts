/**
 * Test support: the ward server as a real child process (`wardtwin serve` on a file store), as
 * an operator runs it, for the lock, crash and corruption tests. Every child is killed with
 * SIGKILL by {@link kill9}, which is also how the fault tests crash it.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../../server/bin/wardtwin.js', import.meta.url));

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A spawned server and everything it wrote to stderr so far. */
export interface ServerProcess {
  child: ChildProcess;
  base: string;
  stderr(): string;
}

/** Spawns `wardtwin serve --port P --db DB --workers 1` and resolves once `/api/health` answers. */
export async function serve(db: string, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--db', db, '--workers', '1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, WARDTWIN_TOKEN: '' } });
  let err = '';
  child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base, stderr: () => err };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`wardtwin serve exited with ${child.exitCode}: ${err}`);
    if (Date.now() > until) throw new Error(`wardtwin serve did not start within ${timeoutMs} ms: ${err}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Kills the child with SIGKILL and resolves when it is gone. */
export function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** A finished command: exit code (null when it was killed at the timeout), stdout, stderr, wall time in ms. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `wardtwin args…` to its end, killing it after `timeoutMs`. */
export function wardtwinRun(args: readonly string[], timeoutMs = 60_000): Promise<Finished> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL', env: { ...process.env, WARDTWIN_TOKEN: '' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
