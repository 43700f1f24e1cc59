/**
 * HTTP peak-load benchmark: autocannon (100 connections) against `POST /api/dispense` and, in
 * the same run, against `GET /api/health` as the ceiling. Prints throughput, the
 * dispense/health ratio (target >= 0.8), p50/p99 latency and errors, then audits the ledger:
 * exactly one grant per accepted (ok: true) request id, and none for a refusal.
 *
 * It also prints each server's own CPU per request answered (user + system, read from the
 * server process around every round). The load generator shares the machine's cores, so on a
 * small machine the health ceiling is partly the generator's limit; CPU per request is what
 * the server spent, whoever was the bottleneck, and their ratio is what a run whose generator
 * had cores of its own would approach.
 *
 * The server runs in a child process (bench-server.ts), so each side gets a core, with the
 * service clock accelerated so requests spread over ward days. Two servers run side by side and
 * their rounds alternate, so their ratios compare within one run on a shared machine:
 * - `ward workload`: the peak-load test proper, a configured ward (provincial preset: its
 *   cabinets, census, SKU mix and par-triggered restocking; see bench-server.ts), where
 *   refusals are the minority a real ward sees;
 * - `county workload (old)`: the first benchmark's stream, two county cabinets that cannot
 *   supply it, so ~80 % of answers are out-of-stock refusals computing alternatives; printed
 *   for comparison with earlier figures.
 *
 * With `--base DIR` (a checkout of an earlier commit, e.g. a `git worktree` with node_modules
 * linked), a third server runs the ward workload on that checkout's server code, so a change
 * to the route compares before/after within the same run.
 *
 * With `--pin` (Linux, needs `taskset`), the load generator keeps CPU 0 and every server CPU 1,
 * so the two sides never preempt each other on one core: a diagnostic for comparing servers on
 * a shared machine, not the headline figure (which lets the scheduler place both, as deployed).
 *
 * Usage: npm run bench:http [-- --seconds 12 --rounds 4 --connections 100 --day-seconds 1 --limiter fixed-window|plugin --base DIR --cpu-prof DIR --pin]
 */
import { execFileSync, fork } from 'node:child_process';
import autocannon from 'autocannon';
import type { Result } from 'autocannon';
import { SIMULATION_YOUNG_GENERATION_MB } from '../../engine/experiment/executors/index.js';
import type { BenchServerMessage } from './bench-server.js';
import { parseBenchArgs, verdict } from '../bench-args.js';

const args = parseBenchArgs({
  script: 'bench:http',
  summary: 'GET /api/health against POST /api/dispense on the ward and county workloads with autocannon, alternating rounds; target: dispense/health throughput >= 0.8; the ledger is audited afterwards.',
  options: {
    seconds: { kind: 'int', min: 1, max: 3600, default: 12, help: 'seconds per route per server in all' },
    connections: { kind: 'int', min: 1, max: 10_000, default: 100, help: 'concurrent connections' },
    'day-seconds': { kind: 'number', min: 0.001, max: 86_400, default: 1, help: 'wall seconds per simulated ward day' },
    rounds: { kind: 'int', min: 1, max: 100, default: 4, help: 'alternating rounds' },
    limiter: { kind: 'choice', choices: ['fixed-window', 'plugin'], default: 'fixed-window', help: 'rate limiter of the dispensing routes' },
    base: { kind: 'path', help: 'a checkout to compare against (its bench/http/bench-server.ts), run as "before"' },
    'cpu-prof': { kind: 'path', help: 'write a V8 CPU profile of every server here' },
    pin: { kind: 'flag', help: 'pin the load generator to CPU 0 and every server to CPU 1 (needs taskset)' },
  },
});
const seconds = args.seconds;
const connections = args.connections;
const daySeconds = args['day-seconds'];
const rounds = args.rounds;

type Ready = Extract<BenchServerMessage, { type: 'ready' }>;
interface Target extends Omit<Ready, 'type'> {
  audit(): Promise<Extract<BenchServerMessage, { type: 'audit' }>>;
  /** The server process's CPU time so far, µs. */
  cpu(): Promise<number>;
  close(): Promise<void>;
}

const limiter = args.limiter;

const base = args.base;
// `--cpu-prof DIR`: every server child writes a V8 CPU profile there when it stops.
const cpuProfDir = args['cpu-prof'];
const pin = args.pin;
// The servers run as `wardtwin serve` and `npm start` do: with the simulation threads' semi-space
// size (see server/bin/wardtwin.js), without which a server's GC falls into a costly mode at random.
const SERVER_NODE_FLAG = `--max-semi-space-size=${SIMULATION_YOUNG_GENERATION_MB / 3}`;
/** Moves every thread of `pid` onto `cpu` (see `--pin`). */
const pinTo = (pid: number, cpu: number): void => void execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' });
if (pin) pinTo(process.pid, 0);

async function childProcessTarget(workload: 'ward' | 'county', dir?: string): Promise<Target> {
  const script = dir === undefined ? new URL('./bench-server.ts', import.meta.url) : new URL(`file://${dir}/bench/http/bench-server.ts`);
  const child = fork(script, ['--day-seconds', String(daySeconds), '--limiter', limiter, '--workload', workload], { execArgv: [SERVER_NODE_FLAG, '--import', 'tsx', ...(cpuProfDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', cpuProfDir])] });
  if (pin && child.pid !== undefined) pinTo(child.pid, 1);
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
    url: ready.url, workload: ready.workload, patients: ready.patients, skusByKind: ready.skusByKind,
    audit: async () => {
      const reply = next('audit');
      child.send({ type: 'audit' });
      return await reply as Extract<BenchServerMessage, { type: 'audit' }>;
    },
    cpu: async () => {
      const reply = next('cpu');
      child.send({ type: 'cpu' });
      return (await reply as Extract<BenchServerMessage, { type: 'cpu' }>).micros;
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

interface Figures { name: string; hs: Result[]; ds: Result[]; hCpu: number[]; dCpu: number[]; accepted: number; refused: number; duplicates: number; missing: number; inFlight: number; refusalsByReason: Record<string, number> }

/** One server under test: warm-up, measured rounds (health then dispense) and the audit, callable in turns. */
interface Session {
  warm(): Promise<void>;
  round(): Promise<void>;
  finish(): Promise<Figures>;
}

function session(name: string, t: Target): Session {
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
        return { ...req, body: `{"requestId":"${prefix}${n}","patientId":"${p.id}","sku":"${skus[Math.floor(n / t.patients.length) % skus.length]}","quantity":1,"cabinetId":"${p.cabinetId}"}` };
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
  const hs: Result[] = [];
  const ds: Result[] = [];
  const hCpu: number[] = [];
  const dCpu: number[] = [];
  /** Runs one route's round and notes the server's CPU µs per request answered in it. */
  const measured = async (go: () => Promise<Result>, results: Result[], cpu: number[]): Promise<void> => {
    const before = await t.cpu();
    const r = await go();
    cpu.push((await t.cpu() - before) / Math.max(1, r.requests.total));
    results.push(r);
  };
  return {
    warm: async () => {
      await health(2);
      await dispense(2);
      prefix = 'm';
      count = true;
    },
    round: async () => {
      await measured(() => health(seconds / rounds), hs, hCpu);
      await measured(() => dispense(seconds / rounds), ds, dCpu);
    },
    finish: async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const audit = await t.audit();
      const grants = new Map(audit.grants);
      await t.close();
      const duplicates = [...grants.values()].filter((n) => n !== 1).length;
      const missing = [...acceptedIds].filter((id) => grants.get(id) !== 1).length;
      return { name, hs, ds, hCpu, dCpu, accepted, refused, duplicates, missing, inFlight: grants.size - acceptedIds.size, refusalsByReason: audit.refusalsByReason };
    },
  };
}

const sum = (rs: Result[], f: (r: Result) => number) => rs.reduce((a, r) => a + f(r), 0);
const rate = (rs: Result[]) => sum(rs, (r) => r.requests.total) / sum(rs, (r) => r.duration);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The median proper (mean of the middle two for an even count), for the per-round ratios. */
const middle = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// One round's ratio: dispense and health measured back to back on the same server, so a burst
// of load from elsewhere on the machine skews a round, and the median of rounds resists it.
const roundRatios = (f: Figures) => f.ds.map((d, i) => d.requests.total / d.duration / (f.hs[i].requests.total / f.hs[i].duration));
const row = (name: string, rs: Result[]) =>
  `  ${name.padEnd(20)} ${rate(rs).toFixed(0).padStart(7)} req/s  p50 ${median(rs.map((r) => r.latency.p50))} ms  p99 ${Math.max(...rs.map((r) => r.latency.p99))} ms  errors ${sum(rs, (r) => r.errors)}  timeouts ${sum(rs, (r) => r.timeouts)}  non2xx ${sum(rs, (r) => r.non2xx)}`;

const ward = await childProcessTarget('ward');
const county = await childProcessTarget('county');
const sessions = [
  session(`ward workload (${ward.workload}), 1 ward day per ${daySeconds} s`, ward),
  session(`county workload (old: ${county.workload}), 1 ward day per ${daySeconds} s`, county),
];
if (base !== undefined) sessions.push(session(`ward workload on the server of ${base} (before)`, await childProcessTarget('ward', base)));
console.log(`wardtwin HTTP benchmark: ${connections} connections, ${rounds} rounds alternating between ${sessions.length} servers, ${seconds} s per route per server in all, ${limiter} limiter, node ${process.version} (servers ${SERVER_NODE_FLAG})${pin ? ', pinned (load generator CPU 0, servers CPU 1)' : ''}`);
for (const s of sessions) await s.warm();
// Rounds alternate between the servers, so machine load drifts hit both alike.
for (let r = 0; r < rounds; r++) for (const s of sessions) await s.round();
const all: Figures[] = [];
for (const s of sessions) all.push(await s.finish());
let ok = true;
for (const f of all) {
  const ratio = rate(f.ds) / rate(f.hs);
  console.log(`${f.name}`);
  console.log(row('GET /api/health', f.hs));
  console.log(row('POST /api/dispense', f.ds));
  console.log(`  throughput ratio dispense/health: ${ratio.toFixed(3)} (target >= 0.8: ${verdict(ratio >= 0.8)}); per round: ${roundRatios(f).map((r) => r.toFixed(2)).join(', ')}, median of rounds ${middle(roundRatios(f)).toFixed(3)}`);
  const [hc, dc] = [middle(f.hCpu), middle(f.dCpu)];
  console.log(`  server CPU per request (median of rounds): health ${hc.toFixed(1)} µs, dispense ${dc.toFixed(1)} µs; health/dispense ${(hc / dc).toFixed(3)} (the ratio a server-bound run would reach)`);
  console.log(`  dispense outcomes: ${f.accepted} granted, ${f.refused} refused (${(100 * f.refused / Math.max(1, f.accepted + f.refused)).toFixed(1)} %), ${f.inFlight} granted while the client was stopping; refusals by reason (whole run) ${JSON.stringify(Object.fromEntries(Object.entries(f.refusalsByReason).filter(([, n]) => n > 0)))}`);
  console.log(`  ledger audit: ${f.accepted + f.inFlight} measured grants, ${f.duplicates} request ids granted more than once, ${f.missing} accepted responses without exactly one ledger grant`);
  const errors = sum(f.ds, (r) => r.errors + r.non2xx + r.timeouts) + sum(f.hs, (r) => r.errors + r.non2xx + r.timeouts);
  ok &&= errors === 0 && f.duplicates === 0 && f.missing === 0 && f.inFlight >= 0;
}
if (all.length > 2) {
  const whole = (rate(all[0].ds) / rate(all[0].hs)) / (rate(all[2].ds) / rate(all[2].hs));
  const [now, before] = [roundRatios(all[0]), roundRatios(all[2])];
  console.log(`ward workload ratio, this server / before: ${whole.toFixed(2)} (whole run), ${(middle(now) / middle(before)).toFixed(2)} (medians of rounds); round by round ${now.map((r, i) => (r / before[i]).toFixed(2)).join(', ')}`);
  console.log(`server CPU per dispense, this server / before: ${(middle(all[0].dCpu) / middle(all[2].dCpu)).toFixed(3)} (medians of rounds); per health ${(middle(all[0].hCpu) / middle(all[2].hCpu)).toFixed(3)}`);
}
console.log(ok ? 'audit: PASS' : 'audit: FAIL');
process.exitCode = ok ? 0 : 1;
