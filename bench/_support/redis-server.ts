// A private redis-server on a free loopback port, for the distributed executor's benchmark and
// tests (bench/ never imports test/, so the launcher lives here and the tests take it from here). When redis-server is missing it is installed with apt-get if we run as root; else the
// setup fails saying what to install.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A running redis-server. */
export interface RedisHandle {
  readonly url: string;
  stop(): Promise<void>;
}

function findRedis(): string | null {
  for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) if (existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() !== '' ? which.stdout.trim() : null;
}

function ensureRedis(): string {
  const found = findRedis();
  if (found !== null) return found;
  if (process.getuid?.() === 0) {
    spawnSync('apt-get', ['install', '-y', 'redis-server'], { stdio: 'ignore', timeout: 300_000 });
    const again = findRedis();
    if (again !== null) return again;
  }
  throw new Error('redis-server is not installed: install the Debian package with `sudo apt-get install -y redis-server`');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts redis-server (no persistence) and resolves once it accepts connections. */
export async function startRedis(): Promise<RedisHandle> {
  const bin = ensureRedis();
  const port = await freePort();
  const child: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 10 s')), 10_000);
    child.stdout?.on('data', (b: Buffer) => {
      if (b.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
