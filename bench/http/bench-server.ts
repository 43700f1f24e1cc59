/**
 * The server side of the HTTP benchmark, run as a child process so that the load generator and
 * the server each get a core instead of fighting for one event loop. It starts the ward server
 * on a free port, admits a ward of patients, keeps the cabinets stocked as a restocker would,
 * records the request id of every grant from the ledger sink, and answers the parent over IPC:
 * `ready` with what requests need, and on `audit` the measured grants per request id.
 *
 * The service clock is accelerated (`--day-seconds S`: one ward day passes every S wall
 * seconds), so that a benchmark's requests spread over days as a ward's do, and per-day quotas
 * refuse what a real ward would refuse rather than everything after the first minutes of day 0.
 * `--limiter fixed-window|plugin` picks how the dispensing routes are rate limited (the
 * server's default, or `@fastify/rate-limit` as before), so the two compare in one run.
 */
import { startServer } from '../../server/index.js';
import type { LedgerEvent } from '../../engine/index.js';

/** Messages from this child to the benchmark. */
export type BenchServerMessage =
  | { type: 'ready'; url: string; cabinets: string[]; patients: { id: string; kind: 'mother' | 'newborn' }[]; skusByKind: Record<'mother' | 'newborn', string[]> }
  | { type: 'audit'; grants: [string, number][] };

const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const daySeconds = Number(flag('day-seconds') ?? 0);
const limiter = flag('limiter') === 'plugin' ? 'plugin' : 'fixed-window';
const started = process.hrtime.bigint();
const clockMin = daySeconds > 0 ? () => (Number(process.hrtime.bigint() - started) / 1e9 / daySeconds) * 1440 : undefined;
const grants = new Map<string, number>();
const onDispensingEvent = (e: LedgerEvent): void => {
  if (e.type === 'dispensed' && e.requestId.startsWith('m')) grants.set(e.requestId, (grants.get(e.requestId) ?? 0) + 1);
};

const server = await startServer({
  host: '127.0.0.1', port: 0, dbPath: ':memory:', token: undefined, logLevel: 'warn',
  rateLimit: { dispensingPerMinute: 1e9, dispensingLimiter: limiter }, onDispensingEvent, ...(clockMin ? { serviceClockMin: clockMin } : {}),
});
const { app } = server;
const patients: { id: string; kind: 'mother' | 'newborn' }[] = [];
for (let p = 0; p < 2000; p++) patients.push({ id: `p${p}`, kind: p % 2 === 0 ? 'mother' : 'newborn' });
const rooms = app.dispensing.state.rooms.size;
patients.forEach((p, k) => app.dispensing.admit({ patientId: p.id, kind: p.kind, room: `room-${(k % rooms) + 1}` }));
const items = app.wardScenario.catalog.items;
const restocker = setInterval(() => app.dispensing.restock({ policy: { mode: 'round' } }), 200);

const send = (m: BenchServerMessage): void => void process.send?.(m);
process.on('message', (m: { type: string }) => {
  if (m.type === 'audit') {
    process.stderr.write(`bench-server: refusals by reason ${JSON.stringify(app.dispensing.state.counters.refusalsByReason)}\n`);
    send({ type: 'audit', grants: [...grants] });
  }
  if (m.type === 'stop') {
    clearInterval(restocker);
    void server.close().then(() => process.exit(0));
  }
});
send({
  type: 'ready', url: server.url, cabinets: app.dispensing.state.cabinets.map((c) => c.id), patients,
  skusByKind: { mother: items.filter((it) => it.patientKind === 'mother').map((it) => it.sku), newborn: items.filter((it) => it.patientKind === 'newborn').map((it) => it.sku) },
});
