// Benchmark of the dispensing core under ward load (issue 3): a ward of 20 cabinets x 60 slots,
// 500 admitted patients, a realistic SKU mix, two shift-change bursts a day and restock rounds
// in the middle of the run. Prints decisions per second and latency percentiles (HDR histogram)
// for grants and refusals, and, as this project's benchmarks do, a limit measured in the same
// run: the bare lookups every decision must make (request-id, cabinet, SKU and patient maps plus
// the outcome object), so the ratio survives machine drift.
//
//   npm run bench:dispense [-- --days 365 --latency-days 20 --json]
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as hdr from 'hdr-histogram-js';
import {
  admitPatient,
  applyRestock,
  createDispensingState,
  setCabinetOnline,
  setSlotJammed,
  deliveryFromPlan,
  dischargePatient,
  dispense,
  dispenseUnits,
  planRestock,
  type DispensingState,
} from '../../engine/index.js';
import { parseBenchArgs, verdict } from '../bench-args.js';
import { benchConfig } from './bench-ward.js';
import { Workload, type Op } from './workload.js';

const args = parseBenchArgs({
  script: 'bench:dispense',
  summary: 'The dispensing core on a 20-cabinet ward: decisions per second (target >= 1,000,000 per core second) and per-decision latency (target p99.9 <= 20 us).',
  options: {
    days: { kind: 'int', min: 1, max: 3650, default: 365, help: 'simulated days of the throughput run' },
    'latency-days': { kind: 'int', min: 1, max: 365, default: 20, help: 'simulated days of the latency run' },
    json: { kind: 'flag', help: 'print the result as JSON instead of the table' },
  },
});
const json = args.json;
const DAYS = args.days;
const LATENCY_DAYS = args['latency-days'];
const SEED = 'wardtwin-dispense-bench';

// A full GC between phases (outside every timed section) so heap figures are live data only.
v8.setFlagsFromString('--expose-gc');
const fullGc = vm.runInNewContext('gc') as () => void;
function heapMB(): number {
  fullGc();
  return process.memoryUsage().heapUsed / 1e6;
}

/**
 * Wall and CPU time of timed blocks, summed. The clocks are read once per block (a run of
 * consecutive decisions), never per decision; CPU time is immune to being descheduled.
 */
class BlockTimer {
  ns = 0n;
  cpuUs = 0;
  private t0 = 0n;
  private c0 = process.cpuUsage();

  start(): void {
    this.c0 = process.cpuUsage();
    this.t0 = process.hrtime.bigint();
  }

  stop(): void {
    this.ns += process.hrtime.bigint() - this.t0;
    const c1 = process.cpuUsage(this.c0);
    this.cpuUs += c1.user + c1.system;
  }
}

interface Runner {
  state: DispensingState;
  restockMs: number;
  restocks: number;
}

function fresh(idempotencyWindow?: number): Runner {
  const state = createDispensingState(benchConfig(idempotencyWindow), { ledger: 'counters' });
  applyRestock(state, deliveryFromPlan(state, planRestock(state, { mode: 'round' }, 0)), 0);
  return { state, restockMs: 0, restocks: 0 };
}

/** Runs one op; dispenses go through `onDispense` so the latency phase can time them. */
function runAdmin(r: Runner, op: Op): void {
  switch (op.kind) {
    case 'admit':
      admitPatient(r.state, op.request);
      return;
    case 'discharge':
      dischargePatient(r.state, op.patientId, op.timeMin);
      return;
    case 'restock': {
      const t0 = performance.now();
      const plan = planRestock(r.state, { mode: 'round', expiryMarginMin: 720 }, op.timeMin);
      applyRestock(r.state, deliveryFromPlan(r.state, plan), op.timeMin);
      r.restockMs += performance.now() - t0;
      r.restocks++;
      return;
    }
    case 'jam':
      setSlotJammed(r.state, op.cabinetId, op.slotId, op.jammed, op.timeMin);
      return;
    case 'online':
      setCabinetOnline(r.state, op.cabinetId, op.online, op.timeMin);
      return;
    default:
      return;
  }
}

function runDays(days: number, each: (r: Runner, ops: Op[]) => void, idempotencyWindow?: number): Runner {
  const w = new Workload(SEED);
  const r = fresh(idempotencyWindow);
  for (const op of w.firstAdmissions()) runAdmin(r, op);
  for (let d = 0; d < days; d++) each(r, w.day(d));
  return r;
}

// --- warm-up (JIT), not reported
runDays(3, (r, ops) => {
  for (const op of ops) if (op.kind === 'dispense') dispense(r.state, op.request);
  else runAdmin(r, op);
});

// --- throughput: a simulated year; decision time and whole-day wall time kept apart
const heapStartMB = heapMB();
let heapMidMB = 0;
let decisions = 0;
const decisionTime = new BlockTimer(); // dispense calls only
let wallNs = 0n; // whole days: restock rounds, admissions and discharges included
const thr = runDays(DAYS, (r, ops) => {
  const day0 = process.hrtime.bigint();
  let i = 0;
  while (i < ops.length) {
    // time each run of consecutive dispenses as one block (no per-call timer overhead)
    decisionTime.start();
    let op = ops[i];
    while (op.kind === 'dispense') {
      dispense(r.state, op.request);
      decisions++;
      if (++i === ops.length) break;
      op = ops[i];
    }
    decisionTime.stop();
    if (i < ops.length) runAdmin(r, ops[i++]);
  }
  wallNs += process.hrtime.bigint() - day0;
  if (r.state.nowMin < (DAYS / 2) * 1440 && r.state.nowMin >= (DAYS / 2 - 1) * 1440) heapMidMB = heapMB();
});
const heapEndMB = heapMB();
const seconds = Number(decisionTime.ns) / 1e9;
const decisionsPerSecond = decisions / seconds;
const wallDecisionsPerSecond = decisions / (Number(wallNs) / 1e9);

// --- the simulation path: dispenseUnits by dense indices, idempotency window off (the ward
// model never resends), ids resolved to indices before the clock starts, as the model holds them
const leanTime = new BlockTimer();
let leanDecisions = 0;
runDays(
  DAYS,
  (r, ops) => {
    const s = r.state;
    const idx = ops.map((op) => (op.kind === 'dispense' ? [s.cabinetIndex.get(op.request.cabinetId)!, s.skuIndex.get(op.request.sku)!] : [0, 0]));
    let i = 0;
    while (i < ops.length) {
      leanTime.start();
      let op = ops[i];
      while (op.kind === 'dispense') {
        const q = op.request;
        dispenseUnits(s, idx[i][0], idx[i][1], q.patientId, q.actorId, q.quantity, q.timeMin, q.requestId);
        leanDecisions++;
        if (++i === ops.length) break;
        op = ops[i];
      }
      leanTime.stop();
      if (i < ops.length) runAdmin(r, ops[i++]);
    }
  },
  0,
);
const leanPerSecond = leanDecisions / (Number(leanTime.ns) / 1e9);
const leanCpuPerSecond = leanDecisions / (leanTime.cpuUs / 1e6);

// --- the limit: the lookups and allocation any decision needs, over the same days
const limitTime = new BlockTimer();
{
  const w = new Workload(SEED);
  const s = thr.state;
  const seen = new Map<string, object>();
  const ring: string[] = new Array<string>(65_536);
  let next = 0;
  let sink = 0;
  for (let d = 0; d < DAYS; d++) {
    const ops = w.day(d);
    limitTime.start();
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (op.kind !== 'dispense') continue;
      const q = op.request;
      if (seen.get(q.requestId) !== undefined) continue;
      const c = s.cabinetIndex.get(q.cabinetId) ?? -1;
      const k = s.skuIndex.get(q.sku) ?? -1;
      const p = s.patients.get(q.patientId!) === undefined ? 0 : 1;
      const out = { ok: p === 1, requestId: q.requestId, cabinetId: q.cabinetId, sku: q.sku, quantity: q.quantity, c, k, timeMin: q.timeMin };
      const old = ring[next];
      if (old !== undefined) seen.delete(old);
      ring[next] = q.requestId;
      next = (next + 1) & 65_535;
      seen.set(q.requestId, out);
      sink += c + k;
    }
    limitTime.stop();
  }
  if (sink < 0) console.log(sink);
}
const limitPerSecond = decisions / (Number(limitTime.ns) / 1e9);
const cpuDecisionsPerSecond = decisions / (decisionTime.cpuUs / 1e6);
const cpuLimitPerSecond = decisions / (limitTime.cpuUs / 1e6);

// --- latency: every decision timed on its own
const histogram = (): hdr.Histogram => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 1e9, numberOfSignificantValueDigits: 3 });
const grantsH = histogram();
const refusalsH = histogram();
const allH = histogram();
const timerH = histogram();
runDays(LATENCY_DAYS, (r, ops) => {
  for (const op of ops) {
    if (op.kind !== 'dispense') {
      runAdmin(r, op);
      continue;
    }
    const t0 = performance.now();
    const out = dispense(r.state, op.request);
    const ns = Math.max(1, Math.round((performance.now() - t0) * 1e6));
    (out.ok ? grantsH : refusalsH).recordValue(ns);
    allH.recordValue(ns);
    const z0 = performance.now();
    timerH.recordValue(Math.max(1, Math.round((performance.now() - z0) * 1e6)));
  }
});

const pct = (h: hdr.Histogram) => ({
  count: h.totalCount,
  p50Us: h.getValueAtPercentile(50) / 1000,
  p99Us: h.getValueAtPercentile(99) / 1000,
  p999Us: h.getValueAtPercentile(99.9) / 1000,
  maxUs: h.maxValue / 1000,
});
const c = thr.state.counters;
const result = {
  ward: { cabinets: 20, slotsPerCabinet: 60, patients: 500, days: DAYS, latencyDays: LATENCY_DAYS },
  decisions,
  decisionsPerSecond: Math.round(decisionsPerSecond),
  targetDecisionsPerSecond: 1_000_000,
  wallDecisionsPerSecond: Math.round(wallDecisionsPerSecond),
  leanDecisionsPerSecond: Math.round(leanPerSecond),
  leanCpuDecisionsPerSecond: Math.round(leanCpuPerSecond),
  limitDecisionsPerSecond: Math.round(limitPerSecond),
  coreToLimitTimeRatio: Number((limitPerSecond / decisionsPerSecond).toFixed(2)),
  cpuDecisionsPerSecond: Math.round(cpuDecisionsPerSecond),
  cpuLimitDecisionsPerSecond: Math.round(cpuLimitPerSecond),
  coreToLimitCpuRatio: Number((cpuLimitPerSecond / cpuDecisionsPerSecond).toFixed(2)),
  latency: { all: pct(allH), grants: pct(grantsH), refusals: pct(refusalsH), timerFloor: pct(timerH) },
  targetP999Us: 20,
  outcomes: { grants: c.grants, refusals: c.refusals, refusalsByReason: c.refusalsByReason },
  restock: { rounds: thr.restocks, meanMs: Number((thr.restockMs / Math.max(1, thr.restocks)).toFixed(3)) },
  memory: {
    ledger: 'counters',
    heapStartMB: Number(heapStartMB.toFixed(1)),
    heapMidRunMB: Number(heapMidMB.toFixed(1)),
    heapEndMB: Number(heapEndMB.toFixed(1)),
  },
  timing: { decisionSeconds: Number(seconds.toFixed(3)), wallSeconds: Number((Number(wallNs) / 1e9).toFixed(3)), node: process.version },
};

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const rows: [string, string][] = [
    ['decisions (throughput run)', `${decisions.toLocaleString('en')} over ${DAYS} simulated days`],
    ['decisions / s (core)', `${result.decisionsPerSecond.toLocaleString('en')}  (target >= 1,000,000: ${verdict(result.decisionsPerSecond >= 1_000_000)})`],
    ['decisions / s incl. restock + admin', result.wallDecisionsPerSecond.toLocaleString('en')],
    ['dispenseUnits / s (sim path; CPU-s)', `${result.leanDecisionsPerSecond.toLocaleString('en')}; ${result.leanCpuDecisionsPerSecond.toLocaleString('en')}`],
    ['decisions / s (limit: bare lookups)', result.limitDecisionsPerSecond.toLocaleString('en')],
    ['core time / limit time', `${result.coreToLimitTimeRatio} x`],
    ['decisions / CPU-s (core, limit)', `${result.cpuDecisionsPerSecond.toLocaleString('en')}, ${result.cpuLimitDecisionsPerSecond.toLocaleString('en')}  (ratio ${result.coreToLimitCpuRatio} x)`],
    ...(['all', 'grants', 'refusals', 'timerFloor'] as const).map((k): [string, string] => {
      const l = result.latency[k];
      const target = k === 'all' ? `  (target p99.9 <= ${result.targetP999Us} us: ${verdict(l.p999Us <= result.targetP999Us)})` : '';
      return [`latency ${k} (n=${l.count})`, `p50 ${l.p50Us} us  p99 ${l.p99Us} us  p99.9 ${l.p999Us} us  max ${l.maxUs} us${target}`];
    }),
    ['grants / refusals', `${c.grants.toLocaleString('en')} / ${c.refusals.toLocaleString('en')}`],
    ['refusals by reason', Object.entries(c.refusalsByReason).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')],
    ['restock round (plan + apply)', `${result.restock.meanMs} ms mean over ${result.restock.rounds} rounds`],
    ['live heap: start / mid-run / end', `${result.memory.heapStartMB} / ${result.memory.heapMidRunMB} / ${result.memory.heapEndMB} MB (ledger: counters)`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log('dispensing core benchmark: 20 cabinets x 60 slots, 500 patients, shift-change bursts, restock mid-run');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
}
