/**
 * The server side of the HTTP benchmark, run as a child process so that the load generator and
 * the server each get a core instead of fighting for one event loop. It starts the ward server
 * on a free port, admits patients, keeps the cabinets stocked as the restockers would, records
 * the request id of every grant from the ledger sink, and answers the parent over IPC: `ready`
 * with the request stream's ingredients, and on `audit` the measured grants per request id.
 *
 * The service clock is accelerated (`--day-seconds S`: one ward day passes every S wall
 * seconds), so a benchmark's requests spread over days as a ward's do. Two workloads:
 * - `--workload ward` (default): a peak-load test of a configured ward. The preset's cabinets
 *   (`--preset`, default provincial-mch, 12 cabinets), its census admitted (mothers = deliveries
 *   a day x mean stay, one newborn each, rooms round robin), each patient asking at the cabinet
 *   nearest their room, SKUs in proportion to the catalog's demand curves (see
 *   {@link skuMix}), and par-triggered restock rounds every `parResponseMinutes` of ward time,
 *   as the preset's restockers answer a low slot. At one ward day per second, ~10 000 requests a
 *   second is about the whole ward's daily demand, so stock keeps up as on a real ward and
 *   refusals are a minority (quotas, a slot emptied between two rounds).
 * - `--workload county`: the first benchmark's stream, kept for comparison: two county
 *   cabinets, 2 000 patients, SKUs uniform, a full round every 200 ms. The cabinets cannot
 *   supply it, so most answers are out-of-stock refusals with alternatives.
 * `--limiter fixed-window|plugin` picks how the dispensing routes are rate limited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/index.js';
import type { LedgerEvent } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';

type Kind = 'mother' | 'newborn';
type CatalogItem = Scenario['catalog']['items'][number];
/** One patient of the request stream, with the cabinet they walk to. */
export interface BenchPatient { id: string; kind: Kind; cabinetId: string }

/** Messages from this child to the benchmark. */
export type BenchServerMessage =
  | { type: 'ready'; url: string; workload: string; patients: BenchPatient[]; skusByKind: Record<Kind, string[]> }
  | { type: 'audit'; grants: [string, number][]; refusalsByReason: Record<string, number> }
  | { type: 'cpu'; micros: number };

const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const daySeconds = Number(flag('day-seconds') ?? 0);
const limiter = flag('limiter') === 'plugin' ? 'plugin' : 'fixed-window';
const workload = flag('workload') === 'county' ? 'county' : 'ward';
const preset = workload === 'county' ? 'county-mch' : (flag('preset') ?? 'provincial-mch');
const startedMs = performance.now();
const clockMin = daySeconds > 0 ? () => ((performance.now() - startedMs) / 1000 / daySeconds) * 1440 : undefined;
// The audit's record lives in the server process, so it is kept as cheap as the ledger hook
// allows, not to charge the server's throughput for the benchmark's own bookkeeping: measured
// request ids are `m<n>` (n counts up from 0), so grants are counted per n in a byte array
// (no string kept alive per request, which made every scavenge copy them), and turned back
// into `[requestId, grants]` pairs only when the audit asks.
let grantCounts = new Uint8Array(1 << 16);
const onDispensingEvent = (e: LedgerEvent): void => {
  if (e.type !== 'dispensed' || e.requestId.charCodeAt(0) !== 109 /* m: measured rounds */) return;
  let n = 0;
  for (let i = 1; i < e.requestId.length; i++) n = n * 10 + e.requestId.charCodeAt(i) - 48;
  if (n >= grantCounts.length) {
    const grown = new Uint8Array(Math.max(n + 1, grantCounts.length * 2));
    grown.set(grantCounts);
    grantCounts = grown;
  }
  if (grantCounts[n] < 255) grantCounts[n]++;
};
const grantsPerRequest = (): [string, number][] => {
  const pairs: [string, number][] = [];
  grantCounts.forEach((count, n) => {
    if (count > 0) pairs.push([`m${n}`, count]);
  });
  return pairs;
};

/**
 * A request stream's SKU list for one patient kind: each cabinet-stocked SKU repeated in
 * proportion to its mean daily demand over a typical stay (the curve's first five days), with
 * condition-bound items (NICU pumping) scaled by the NICU share. 200 entries, interleaved so
 * that consecutive requests differ.
 */
function skuMix(items: readonly CatalogItem[], stocked: ReadonlySet<string>, kind: Kind, nicuShare: number): string[] {
  const perDay = (it: CatalogItem): number => {
    let sum = 0;
    for (let day = 0; day < 5; day++) sum += [...it.curve].reverse().find((s) => s.fromDay <= day)?.perDay ?? 0;
    return (sum / 5) * (it.condition === 'nicu-pumping' ? nicuShare : 1);
  };
  const own = items.filter((it) => it.patientKind === kind && stocked.has(it.sku) && perDay(it) > 0);
  const total = own.reduce((a, it) => a + perDay(it), 0);
  // Largest-remainder style: at step k the SKU furthest behind its share goes next.
  const given = own.map(() => 0);
  const mix: string[] = [];
  for (let k = 1; k <= 200; k++) {
    let best = 0;
    for (let i = 1; i < own.length; i++) if ((perDay(own[i]) / total) * k - given[i] > (perDay(own[best]) / total) * k - given[best]) best = i;
    given[best]++;
    mix.push(own[best].sku);
  }
  return mix;
}

// A file store, as deployed: every answered dispense waits for its group commit to reach the disk.
const storeDir = mkdtempSync(join(tmpdir(), 'wardtwin-bench-'));
const server = await startServer({
  host: '127.0.0.1', port: 0, dbPath: join(storeDir, 'store.db'), token: undefined, logLevel: 'warn', wardPreset: preset,
  rateLimit: { dispensingPerMinute: 1e9, dispensingLimiter: limiter }, onDispensingEvent, ...(clockMin ? { serviceClockMin: clockMin } : {}),
});
const { app } = server;
const state = app.dispensing.state;
const scenario: Scenario = app.wardScenario;
const items = scenario.catalog.items;
const roomIds = [...state.rooms.keys()];
const patients: BenchPatient[] = [];
let restocker: NodeJS.Timeout;
let skusByKind: Record<Kind, string[]>;
if (workload === 'county') {
  for (let p = 0; p < 2000; p++) patients.push({ id: `p${p}`, kind: p % 2 === 0 ? 'mother' : 'newborn', cabinetId: state.cabinets[p % state.cabinets.length].id });
  patients.forEach((p, k) => app.dispensing.admit({ patientId: p.id, kind: p.kind, room: roomIds[k % roomIds.length] }));
  skusByKind = { mother: items.filter((it) => it.patientKind === 'mother').map((it) => it.sku), newborn: items.filter((it) => it.patientKind === 'newborn').map((it) => it.sku) };
  restocker = setInterval(() => app.dispensing.restock({ policy: { mode: 'round' } }), 200);
} else {
  const { births, stays, restock } = scenario;
  const meanStayDays = births.caesareanShare * stays.caesareanMeanDays + (1 - births.caesareanShare) * stays.vaginalMeanDays;
  const mothers = Math.round((births.annualDeliveries / 365) * meanStayDays);
  for (let m = 0; m < mothers; m++) {
    const room = roomIds[m % roomIds.length];
    const cabinetId = state.cabinets[state.rooms.get(room)!.nearest[0]].id;
    for (const kind of ['mother', 'newborn'] as const) {
      const p: BenchPatient = { id: `${kind[0]}${m}`, kind, cabinetId };
      app.dispensing.admit({ patientId: p.id, kind, room });
      patients.push(p);
    }
  }
  const stocked = new Set(state.cabinets.flatMap((c) => c.slots.filter((s) => s.skuIndex >= 0).map((s) => state.items[s.skuIndex].sku)));
  skusByKind = { mother: skuMix(items, stocked, 'mother', stays.nicuShare), newborn: skuMix(items, stocked, 'newborn', stays.nicuShare) };
  const everyMs = daySeconds > 0 ? (restock.parResponseMinutes / 1440) * daySeconds * 1000 : 60_000;
  restocker = setInterval(() => app.dispensing.restock({ policy: { mode: 'par-trigger', reorderPointFraction: restock.parShare } }), Math.max(5, everyMs));
}

const send = (m: BenchServerMessage): void => void process.send?.(m);
process.on('message', (m: { type: string }) => {
  // The server's own CPU (user + system, all threads), read around each route's round so the
  // benchmark can print CPU per request, which the shared load generator does not blur.
  if (m.type === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ type: 'cpu', micros: user + system });
  }
  if (m.type === 'audit') send({ type: 'audit', grants: grantsPerRequest(), refusalsByReason: { ...state.counters.refusalsByReason } });
  if (m.type === 'stop') {
    clearInterval(restocker);
    void server.close().then(() => {
      rmSync(storeDir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
send({ type: 'ready', url: server.url, workload: `${preset}: ${state.cabinets.length} cabinets, ${patients.length} patients`, patients, skusByKind });
