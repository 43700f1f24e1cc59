/**
 * HTTP peak-load benchmark: autocannon (100 connections) against `POST /api/dispense` and, in
 * the same process run, against `GET /api/health` as the ceiling. Prints throughput, the
 * dispense/health ratio (target >= 0.8), p50/p99 latency and errors, then audits the ledger:
 * exactly one `dispensed` event per accepted (ok: true) request, and none for a refusal.
 *
 * Usage: npm run bench:http [-- --seconds 10 --connections 100]
 */
import autocannon from 'autocannon';
import type { Result } from 'autocannon';
import { startServer } from '../../server/index.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const seconds = arg('seconds', 10);
const connections = arg('connections', 100);

const server = await startServer({ host: '127.0.0.1', port: 0, dbPath: ':memory:', token: undefined, rateLimit: { dispensingPerMinute: 1e9 }, logLevel: 'warn' });
const { app, url } = server;

// A ward with many admitted mothers and newborns, so most requests are grants.
const cabinets = app.dispensing.state.cabinets.map((c) => c.id);
const items = app.wardScenario.catalog.items;
const patients: { id: string; kind: 'mother' | 'newborn' }[] = [];
for (let i = 0; i < 2000; i++) patients.push({ id: `p${i}`, kind: i % 2 === 0 ? 'mother' : 'newborn' });
for (const p of patients) app.dispensing.admit({ patientId: p.id, kind: p.kind, room: 'room-1' });
const skusByKind = {
  mother: items.filter((i) => i.patientKind === 'mother').map((i) => i.sku),
  newborn: items.filter((i) => i.patientKind === 'newborn').map((i) => i.sku),
};

let seq = 0;
let accepted = 0;
let refused = 0;
const acceptedIds = new Set<string>();

function run(opts: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err: Error | null, result) => (err ? reject(err) : resolve(result)));
    instance.on('error', reject);
  });
}

// Keep the cabinets stocked as a restocker would (every 200 ms here, instead of twice a day).
const restocker = setInterval(() => app.dispensing.restock({ policy: { mode: 'round' } }), 200);

// Both routes go through autocannon's per-request builder (setupRequest): the load generator
// runs in this process, and building each request costs it CPU. Giving the ceiling the same
// client cost keeps the ratio about the server's routes, not about the client.
const health = (duration: number) => run({ url: `${url}/api/health`, connections, duration, requests: [{ setupRequest: (req) => req }] });
let prefix = 'w';
const dispenseRun = (duration: number, count: boolean) =>
  run({
    url: `${url}/api/dispense`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const n = seq++;
          const p = patients[n % patients.length];
          const skus = skusByKind[p.kind];
          // A template string, not JSON.stringify: the load generator shares this process's CPU.
          const body = `{"requestId":"${prefix}${n}","patientId":"${p.id}","sku":"${skus[n % skus.length]}","quantity":1,"cabinetId":"${cabinets[n % cabinets.length]}"}`;
          return { ...req, body };
        },
        onResponse: (status, body) => {
          if (!count || status !== 200) return;
          // The serializer writes `ok` then `requestId` first; slicing beats JSON.parse on the shared CPU.
          if (body.startsWith('{"ok":true,"requestId":"')) {
            accepted++;
            acceptedIds.add(body.slice(24, body.indexOf('"', 24)));
          } else refused++;
        },
      },
    ],
  });

// Warm-up (JIT, schema compilation) for both routes; then alternating rounds, so that load
// from other processes on this shared machine hits both routes alike.
await health(2);
await dispenseRun(2, false);
prefix = 'm';
const rounds = 3;
const hs: Result[] = [];
const ds: Result[] = [];
for (let r = 0; r < rounds; r++) {
  hs.push(await health(seconds / rounds));
  ds.push(await dispenseRun(seconds / rounds, true));
}
clearInterval(restocker);
// Let requests still in flight when autocannon stopped reach the core before the audit.
await new Promise((resolve) => setTimeout(resolve, 500));

// Audit: every measured request id granted by the core appears exactly once among the
// `dispensed` events; every accepted response is among them; the rest were still in flight.
const dispensedIds = new Map<string, number>();
for (const e of app.dispensing.state.ledger ?? []) {
  if (e.type === 'dispensed' && e.requestId.startsWith('m')) dispensedIds.set(e.requestId, (dispensedIds.get(e.requestId) ?? 0) + 1);
}
const duplicates = [...dispensedIds.values()].filter((n) => n !== 1).length;
const missing = [...acceptedIds].filter((id) => dispensedIds.get(id) !== 1).length;
const inFlight = dispensedIds.size - acceptedIds.size;

const sum = (rs: Result[], f: (r: Result) => number) => rs.reduce((a, r) => a + f(r), 0);
const rate = (rs: Result[]) => sum(rs, (r) => r.requests.total) / sum(rs, (r) => r.duration);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name: string, rs: Result[]) =>
  `${name.padEnd(20)} ${rate(rs).toFixed(0).padStart(7)} req/s  p50 ${median(rs.map((r) => r.latency.p50))} ms  p99 ${Math.max(...rs.map((r) => r.latency.p99))} ms  errors ${sum(rs, (r) => r.errors)}  timeouts ${sum(rs, (r) => r.timeouts)}  non2xx ${sum(rs, (r) => r.non2xx)}`;
console.log(`wardtwin HTTP benchmark: ${connections} connections, ${rounds} alternating rounds, ${seconds} s per route in all, node ${process.version}`);
console.log(row('GET /api/health', hs));
console.log(row('POST /api/dispense', ds));
const ratio = rate(ds) / rate(hs);
console.log(`throughput ratio dispense/health: ${ratio.toFixed(3)} (target >= 0.8: ${ratio >= 0.8 ? 'met' : 'NOT met'}); per round: ${ds.map((d, i) => (d.requests.average / hs[i].requests.average).toFixed(2)).join(', ')}`);
console.log(`dispense outcomes: ${accepted} granted, ${refused} refused (quota or stock), ${inFlight} granted while the client was stopping`);
console.log(`ledger audit: ${dispensedIds.size} measured grants in the ledger, ${duplicates} request ids granted more than once, ${missing} accepted responses without exactly one ledger grant`);
const errors = sum(ds, (r) => r.errors + r.non2xx + r.timeouts) + sum(hs, (r) => r.errors + r.non2xx + r.timeouts);
const ok = errors === 0 && duplicates === 0 && missing === 0 && inFlight >= 0;
console.log(ok ? 'audit: PASS' : 'audit: FAIL');
await server.close();
process.exitCode = ok ? 0 : 1;
