/**
 * HTTP peak-load benchmark: autocannon (100 connections) against `POST /api/dispense` and, in
 * the same run, against `GET /api/health` as the ceiling. Prints throughput, the
 * dispense/health ratio (target >= 0.8), p50/p99 latency and errors, then audits the ledger:
 * exactly one grant per accepted (ok: true) request id, and none for a refusal.
 *
 * Two set-ups run back to back so their ratios compare within one run:
 * - `same-process` (the first version): server and autocannon share one event loop, and the
 *   service clock is real time, so the whole benchmark sits in the first minutes of day 0;
 * - `child-process` (the measure): the server runs in a child process (bench-server.ts), each
 *   side gets a core, and the service clock is accelerated so requests spread over ward days.
 *
 * Usage: npm run bench:http [-- --seconds 10 --connections 100 --day-seconds 1]
 */
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import type { Result } from 'autocannon';
import { startServer } from '../../server/index.js';
import type { LedgerEvent } from '../../engine/dispensing/index.js';
import type { BenchServerMessage } from './bench-server.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const seconds = arg('seconds', 10);
const connections = arg('connections', 100);
const daySeconds = arg('day-seconds', 1);
const rounds = 3;

type Ready = Extract<BenchServerMessage, { type: 'ready' }>;
interface Target extends Omit<Ready, 'type'> {
  audit(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

async function sameProcessTarget(): Promise<Target> {
  const grants = new Map<string, number>();
  const onDispensingEvent = (e: LedgerEvent): void => {
    if (e.type === 'dispensed' && e.requestId.startsWith('m')) grants.set(e.requestId, (grants.get(e.requestId) ?? 0) + 1);
  };
  const server = await startServer({ host: '127.0.0.1', port: 0, dbPath: ':memory:', token: undefined, rateLimit: { dispensingPerMinute: 1e9 }, logLevel: 'warn', onDispensingEvent });
  const { app } = server;
  const patients: Ready['patients'] = [];
  for (let i = 0; i < 2000; i++) patients.push({ id: `p${i}`, kind: i % 2 === 0 ? 'mother' : 'newborn' });
  patients.forEach((p) => app.dispensing.admit({ patientId: p.id, kind: p.kind, room: 'room-1' }));
  const items = app.wardScenario.catalog.items;
  const restocker = setInterval(() => app.dispensing.restock({ policy: { mode: 'round' } }), 200);
  return {
    url: server.url, patients, cabinets: app.dispensing.state.cabinets.map((c) => c.id),
    skusByKind: { mother: items.filter((i) => i.patientKind === 'mother').map((i) => i.sku), newborn: items.filter((i) => i.patientKind === 'newborn').map((i) => i.sku) },
    audit: () => Promise.resolve(grants),
    close: async () => {
      clearInterval(restocker);
      await server.close();
    },
  };
}

async function childProcessTarget(): Promise<Target> {
  const child = fork(new URL('./bench-server.ts', import.meta.url), ['--day-seconds', String(daySeconds)], { execArgv: ['--import', 'tsx'] });
  const next = (type: BenchServerMessage['type']): Promise<BenchServerMessage> => new Promise((resolve) => {
    const on = (m: BenchServerMessage): void => {
      if (m.type !== type) return;
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
  });
  const ready = (await next('ready')) as Ready;
  return {
    url: ready.url, patients: ready.patients, cabinets: ready.cabinets, skusByKind: ready.skusByKind,
    audit: async () => {
      const reply = next('audit');
      child.send({ type: 'audit' });
      return new Map((await reply as Extract<BenchServerMessage, { type: 'audit' }>).grants);
    },
    close: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.send({ type: 'stop' });
    }),
  };
}

function run(opts: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err: Error | null, result) => (err ? reject(err) : resolve(result)));
    instance.on('error', reject);
  });
}

interface Figures { name: string; hs: Result[]; ds: Result[]; accepted: number; refused: number; duplicates: number; missing: number; inFlight: number }

async function measure(name: string, t: Target): Promise<Figures> {
  let seq = 0;
  let prefix = 'w';
  let accepted = 0;
  let refused = 0;
  let count = false;
  const acceptedIds = new Set<string>();
  // Both routes go through autocannon's per-request builder, so the client does the same work for each.
  const health = (duration: number) => run({ url: `${t.url}/api/health`, connections, duration, requests: [{ setupRequest: (req) => req }] });
  const dispense = (duration: number) => run({
    url: `${t.url}/api/dispense`, connections, duration, method: 'POST', headers: { 'content-type': 'application/json' },
    requests: [{
      setupRequest: (req) => {
        const n = seq++;
        const p = t.patients[n % t.patients.length];
        const skus = t.skusByKind[p.kind];
        return { ...req, body: `{"requestId":"${prefix}${n}","patientId":"${p.id}","sku":"${skus[Math.floor(n / t.patients.length) % skus.length]}","quantity":1,"cabinetId":"${t.cabinets[n % t.cabinets.length]}"}` };
      },
      onResponse: (status, body) => {
        if (!count || status !== 200) return;
        if (body.startsWith('{"ok":true,"requestId":"')) {
          accepted++;
          acceptedIds.add(body.slice(24, body.indexOf('"', 24)));
        } else refused++;
      },
    }],
  });
  await health(2);
  await dispense(2);
  prefix = 'm';
  count = true;
  const hs: Result[] = [];
  const ds: Result[] = [];
  for (let r = 0; r < rounds; r++) {
    hs.push(await health(seconds / rounds));
    ds.push(await dispense(seconds / rounds));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const grants = await t.audit();
  await t.close();
  const duplicates = [...grants.values()].filter((n) => n !== 1).length;
  const missing = [...acceptedIds].filter((id) => grants.get(id) !== 1).length;
  return { name, hs, ds, accepted, refused, duplicates, missing, inFlight: grants.size - acceptedIds.size };
}

const sum = (rs: Result[], f: (r: Result) => number) => rs.reduce((a, r) => a + f(r), 0);
const rate = (rs: Result[]) => sum(rs, (r) => r.requests.total) / sum(rs, (r) => r.duration);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name: string, rs: Result[]) =>
  `  ${name.padEnd(20)} ${rate(rs).toFixed(0).padStart(7)} req/s  p50 ${median(rs.map((r) => r.latency.p50))} ms  p99 ${Math.max(...rs.map((r) => r.latency.p99))} ms  errors ${sum(rs, (r) => r.errors)}  timeouts ${sum(rs, (r) => r.timeouts)}  non2xx ${sum(rs, (r) => r.non2xx)}`;

console.log(`wardtwin HTTP benchmark: ${connections} connections, ${rounds} alternating rounds, ${seconds} s per route in all, node ${process.version}`);
const all = [await measure('same-process, day-0 clock (before)', await sameProcessTarget()), await measure(`child-process, 1 ward day per ${daySeconds} s (after)`, await childProcessTarget())];
let ok = true;
for (const f of all) {
  const ratio = rate(f.ds) / rate(f.hs);
  console.log(`${f.name}`);
  console.log(row('GET /api/health', f.hs));
  console.log(row('POST /api/dispense', f.ds));
  console.log(`  throughput ratio dispense/health: ${ratio.toFixed(3)} (target >= 0.8: ${ratio >= 0.8 ? 'met' : 'NOT met'}); per round: ${f.ds.map((d, i) => (d.requests.average / f.hs[i].requests.average).toFixed(2)).join(', ')}`);
  console.log(`  dispense outcomes: ${f.accepted} granted, ${f.refused} refused (quota or stock), ${f.inFlight} granted while the client was stopping`);
  console.log(`  ledger audit: ${f.accepted + f.inFlight} measured grants, ${f.duplicates} request ids granted more than once, ${f.missing} accepted responses without exactly one ledger grant`);
  const errors = sum(f.ds, (r) => r.errors + r.non2xx + r.timeouts) + sum(f.hs, (r) => r.errors + r.non2xx + r.timeouts);
  ok &&= errors === 0 && f.duplicates === 0 && f.missing === 0 && f.inFlight >= 0;
}
console.log(`ratio after/before: ${((rate(all[1].ds) / rate(all[1].hs)) / (rate(all[0].ds) / rate(all[0].hs))).toFixed(2)}`);
console.log(ok ? 'audit: PASS' : 'audit: FAIL');
process.exitCode = ok ? 0 : 1;
