// `wardtwin serve` configured by environment only, as a service manager runs it: named tokens,
// JSON logs on stdout with request ids, and the dispensing access log naming the actor.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../_support/wardtwin.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-serve-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('serve from the environment', () => {
  it('takes port, store, tokens and log level from WARDTWIN_*, logs JSON with request ids and the actor of each dispensing action', async () => {
    const port = await freePort();
    const env = { ...process.env, WARDTWIN_PORT: String(port), WARDTWIN_DB: join(dir, 'env.db'), WARDTWIN_TOKENS: 'ward-a:secret-aaa1,ward-b:secret-bbb2', WARDTWIN_TOKEN: '', WARDTWIN_LOG_LEVEL: 'info', WARDTWIN_WORKERS: '1' };
    const child = spawn(process.execPath, ['server/bin/wardtwin.js', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 200 && !stderr.includes('serving'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(stderr).toContain(`serving ${base}`);
      expect(stderr).toContain(join(dir, 'env.db'));
      const post = (path: string, body: unknown, token?: string, id?: string): Promise<Response> =>
        fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(id ? { 'x-request-id': id } : {}) }, body: JSON.stringify(body) });
      expect((await post('/api/patients', { patientId: 'm1', kind: 'mother', room: 'room-1' })).status).toBe(401);
      expect((await post('/api/patients', { patientId: 'm1', kind: 'mother', room: 'room-1' }, 'wrong-secret')).status).toBe(403);
      const admitted = await post('/api/patients', { patientId: 'm1', kind: 'mother', room: 'room-1' }, 'secret-bbb2', 'trace-42');
      expect(admitted.status).toBe(201);
      expect(admitted.headers.get('x-request-id')).toBe('trace-42');
      const cabinet = (await (await fetch(`${base}/api/cabinets/cab-1`)).json()) as { slotDetails: { sku: string | null }[] };
      const sku = cabinet.slotDetails.find((s) => s.sku !== null)!.sku;
      const granted = await post('/api/dispense', { requestId: 'q1', patientId: 'm1', sku, quantity: 1, cabinetId: 'cab-1' }, 'secret-aaa1');
      expect(((await granted.json()) as { ok: boolean }).ok).toBe(true);
      await post('/api/dispense', { requestId: 'q2', patientId: 'ghost', sku, quantity: 1, cabinetId: 'cab-1' }, 'secret-aaa1');
      expect((await fetch(`${base}/api/ready`)).status).toBe(200);
      for (let i = 0; i < 50 && stdout.split('"msg":"dispensing"').length < 4; i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const access = lines.filter((l) => l.msg === 'dispensing');
    expect(access.map((l) => [l.action, l.actor, l.statusCode, l.outcome ?? null, l.reason ?? null])).toEqual([
      ['admit', 'anonymous', 401, null, null],
      ['admit', 'anonymous', 403, null, null],
      ['admit', 'ward-b', 201, null, null],
      ['dispense', 'ward-a', 200, 'granted', null],
      ['dispense', 'ward-a', 200, 'refused', 'unknown-patient'],
    ]);
    expect(access[2].reqId).toBe('trace-42');
    expect(access[3]).toMatchObject({ level: 30, cabinetId: 'cab-1', patientId: 'm1', quantity: 1, requestId: 'q1' });
    expect(typeof access[3].reqId).toBe('string');
    expect(access[3].reqId).not.toBe(access[4].reqId);
  }, 60_000);

  it('refuses a bad WARDTWIN_PORT with exit 2 naming the variable', () => {
    const r = spawnSync(process.execPath, ['server/bin/wardtwin.js', 'serve', '--db', join(dir, 'x.db')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WARDTWIN_PORT: '80x' }, timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('WARDTWIN_PORT(=80x) must be an integer in 0..65535');
  });
});
