/**
 * The dispensing service keeps what it did: a real server takes admissions and concurrent
 * dispenses, is killed with SIGKILL while requests are in flight, and restarts on the same
 * store. Every request answered 200 is answered the same again (same grant, same lots, same
 * time), the patients are still admitted, and once every request id (answered or not) has been
 * sent again the ward's stock is down by exactly the units of one grant per request id.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kill9, serve } from './_support/server-process.js';
import type { ServerProcess } from './_support/server-process.js';

interface Outcome { ok: boolean; quantity: number; grants?: unknown[] }
interface Body { requestId: string; patientId: string; sku: string; quantity: number; cabinetId: string }

const json = { 'content-type': 'application/json' };

async function wardUnits(base: string): Promise<number> {
  const res = await fetch(`${base}/api/cabinets`);
  const { cabinets } = (await res.json()) as { cabinets: { stock: { onHandUnits: number } }[] };
  return cabinets.reduce((a, c) => a + c.stock.onHandUnits, 0);
}

const dispense = (base: string, body: Body) => fetch(`${base}/api/dispense`, { method: 'POST', headers: json, body: JSON.stringify(body) });
const granted = (outcomes: Iterable<Outcome>) => [...outcomes].reduce((a, o) => a + (o.ok ? o.quantity : 0), 0);

describe('dispensing service after SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wardtwin-dispense-'));
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await kill9(s.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every request it answered 200 the same after a restart, and grants no request id twice', async () => {
    const db = join(dir, 'store.db');
    let server = await serve(db);
    servers.push(server);
    const patients = Array.from({ length: 30 }, (_, i) => `m${i}`);
    for (const [i, patientId] of patients.entries()) {
      const res = await fetch(`${server.base}/api/patients`, { method: 'POST', headers: json, body: JSON.stringify({ patientId, kind: 'mother', room: `room-${1 + (i % 4)}` }) });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    const cabinets = ((await (await fetch(`${server.base}/api/cabinets`)).json()) as { cabinets: { id: string }[] }).cabinets.map((c) => c.id);
    const skus = ['maternity-pad', 'underpad', 'wipes'];
    const before = await wardUnits(server.base);

    const sent: Body[] = [];
    const answered = new Map<string, Outcome>();
    let stop = false;
    const loop = async (w: number) => {
      for (let k = 0; !stop; k++) {
        const body = { requestId: `r-${w}-${k}`, patientId: patients[(w + k) % patients.length], sku: skus[k % skus.length], quantity: 1 + (k % 2), cabinetId: cabinets[k % cabinets.length] };
        sent.push(body);
        try {
          const res = await dispense(server.base, body);
          if (res.status === 200) answered.set(body.requestId, (await res.json()) as Outcome);
        } catch {
          return; // the server died under this request: its outcome is unknown
        }
      }
    };
    const loops = Array.from({ length: 16 }, (_, w) => loop(w));
    while (answered.size < 600) await new Promise((resolve) => setTimeout(resolve, 5));
    await kill9(server.child);
    stop = true;
    await Promise.all(loops);
    expect(granted(answered.values())).toBeGreaterThan(0);

    server = await serve(db);
    servers.push(server);
    const after = await wardUnits(server.base);
    // Every answered grant is still taken; unanswered requests may or may not have been.
    expect(before - after).toBeGreaterThanOrEqual(granted(answered.values()));
    const again = await fetch(`${server.base}/api/patients`, { method: 'POST', headers: json, body: JSON.stringify({ patientId: 'm0', kind: 'mother', room: 'room-1' }) });
    expect(again.status).toBe(409);
    const final = new Map<string, Outcome>();
    for (const body of sent) {
      const res = await dispense(server.base, body);
      expect(res.status).toBe(200);
      const outcome = (await res.json()) as Outcome;
      final.set(body.requestId, outcome);
      const first = answered.get(body.requestId);
      if (first !== undefined) expect(outcome).toEqual(first);
    }
    // Answered requests changed nothing when sent again; each request id took its units once.
    expect(before - (await wardUnits(server.base))).toBe(granted(final.values()));
  }, 120_000);
});
