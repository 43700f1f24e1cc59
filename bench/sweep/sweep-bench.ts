// Sweep benchmark: a 200-job sweep (10 grid points × 20 replications of a county ward) run by
// (a) a pool of 1 worker thread, (b) a pool on all cores, (c) the distributed executor with 2
// local `wardtwin worker` processes (1 thread each) on a private redis-server. Jobs are short
// on purpose, where per-job overhead shows: the run length is calibrated first so that one
// job costs about --job-ms (default 150 ms) in this thread. Distributed jobs carry
// (scenario hash, seed, replication) only; each scenario goes to Redis once. Every executor
// first runs a small warm-up batch (threads start, tsx compiles) that is not timed; then
// --rounds (default 3) rounds alternate the three, and medians are reported, with
// the CPU seconds each spent (steadier than wall time on a shared machine). Figures are
// ratios measured in the same run: speed-up = t(1 worker) / t(all cores), target ≥ 1.8
// on 2 cores; overhead = t(distributed) / t(pool) − 1, target ≤ 15 %. The load average is
// printed before and after: on a shared machine the ratios only mean something when it is
// below the core count.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadPreset } from '../../scenarios/index.js';
import { planSweep, runReplicationJob, runSweep } from '../../engine/index.js';
import { createDistributedExecutor, createPoolExecutor } from '../../engine/experiment/executors/index.js';
import type { Executor } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { parseBenchArgs, targetLine } from '../bench-args.js';
import { startRedis } from '../_support/redis-server.js';

const BIN = fileURLToPath(new URL('../../server/bin/wardtwin.js', import.meta.url));
const args = parseBenchArgs({
  script: 'bench:sweep',
  summary: 'A 200-job sweep on 1 worker thread, on all cores and on the distributed executor (2 local workers, private redis-server); targets: speed-up all cores / 1 worker >= 1.8 x on 2 cores, distributed overhead over the pool <= 15 %.',
  options: {
    'job-ms': { kind: 'int', min: 10, max: 10_000, default: 150, help: 'calibrated cost of one job in this thread, ms' },
    days: { kind: 'int', min: 0, max: 3000, default: 0, help: 'simulated days per job instead of calibrating (0 = calibrate to --job-ms)' },
    rounds: { kind: 'int', min: 1, max: 50, default: 3, help: 'alternating rounds; medians are reported' },
  },
});
const JOB_MS = args['job-ms'];

const preset = loadPreset('county-mch');
if (!preset.ok) throw new Error('county-mch preset is invalid');
const withDays = (days: number): Scenario => ({ ...preset.scenario, run: { ...preset.scenario.run, horizonDays: days, warmupDays: 2 } });

/** Median wall time of one in-process job of `days`, ms. */
function jobMs(days: number): number {
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    runReplicationJob({ scenario: withDays(days), seed: 1, replication: r });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2];
}

const loadBefore = loadavg()[0];
// Calibrate the run length: cost per day is not constant (the ward fills over its first
// days), so scale the guess by the measured time a few times.
jobMs(10); // JIT warm-up
let days = 10;
for (let i = 0; i < 3; i++) days = Math.max(2, Math.min(3000, Math.round((days + 2) * (JOB_MS / jobMs(days)) - 2)));
const DAYS = args.days > 0 ? args.days : days;
const ROUNDS = args.rounds;
const base = withDays(DAYS);
const oneJobMs = jobMs(DAYS);
const planned = planSweep(
  { id: 'bench', base: 'county-mch', replications: 20, parameters: [{ path: '/births/caesareanShare', values: [0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.44, 0.46, 0.48] }] },
  () => ({ ok: true, scenario: base }),
);
if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
const plan = planned.plan;
const warm = planSweep({ id: 'warm', base: 'x', replications: 4, parameters: [{ path: '/births/caesareanShare', values: [0.3] }] }, () => ({ ok: true, scenario: base }));
if (!warm.ok) throw new Error('warm-up plan');

/** CPU seconds used so far by the given worker processes (Linux /proc; 0 elsewhere). */
function childCpuSeconds(children: readonly ChildProcess[]): number {
  let ticks = 0;
  for (const c of children) {
    try {
      const fields = readFileSync(`/proc/${c.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
      return 0;
    }
  }
  return ticks / 100; // USER_HZ
}

/** One timed sweep: wall ms, CPU s spent on it (this process's threads, or the worker processes), JSON. */
async function timeSweep(executor: Executor, cpu: () => number): Promise<{ ms: number; cpuS: number; json: string }> {
  const c0 = cpu();
  const t0 = performance.now();
  const r = await runSweep(plan, { executor });
  const ms = performance.now() - t0;
  const { timing: _t, ...rest } = r;
  return { ms, cpuS: cpu() - c0, json: JSON.stringify(rest) };
}

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--workers', '1', '--quiet', '--queue', 'bench'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (b: Buffer) => {
      seen += b.toString();
      if (seen.includes('ready on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${seen}`)));
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ownCpu = (): number => process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;

const cores = availableParallelism();
const redis = await startRedis();
const workers = [await startWorker(redis.url), await startWorker(redis.url)];
const executors = {
  one: createPoolExecutor({ workers: 1 }),
  all: createPoolExecutor({ workers: cores }),
  dist: createDistributedExecutor({ redisUrl: redis.url, queueName: 'bench' }),
};
// Untimed warm-up of every executor (threads start, tsx compiles, workers fetch the scenario).
for (const ex of Object.values(executors)) await runSweep(warm.plan, { executor: ex });
// Rounds alternate the executors, so a load change on the shared machine hits all of them.
const runs: Record<keyof typeof executors, { ms: number; cpuS: number; json: string }[]> = { one: [], all: [], dist: [] };
for (let r = 0; r < ROUNDS; r++) {
  runs.one.push(await timeSweep(executors.one, ownCpu));
  runs.all.push(await timeSweep(executors.all, ownCpu));
  runs.dist.push(await timeSweep(executors.dist, () => childCpuSeconds(workers)));
}
for (const ex of Object.values(executors)) await ex.close();
for (const w of workers) w.kill('SIGTERM');
await redis.stop();

const t1 = median(runs.one.map((x) => x.ms));
const tAll = median(runs.all.map((x) => x.ms));
const tDist = median(runs.dist.map((x) => x.ms));
const cpuAll = median(runs.all.map((x) => x.cpuS));
const cpuDist = median(runs.dist.map((x) => x.cpuS));
const speedup = t1 / tAll;
const overhead = tDist / tAll - 1;
const cpuOverhead = cpuDist > 0 ? cpuDist / cpuAll - 1 : null;
const jsons = new Set(Object.values(runs).flat().map((x) => x.json));
const identical = jsons.size === 1;
const loadAfter = loadavg()[0];
const rows = [
  ['pool, 1 worker', t1, 1, median(runs.one.map((x) => x.cpuS))],
  [`pool, ${cores} workers (all cores)`, tAll, speedup, cpuAll],
  ['distributed, 2 local workers', tDist, t1 / tDist, cpuDist],
] as const;
console.log(`200-job sweep (10 points x 20 replications, county-mch ${DAYS} days + 2 warm-up), one job ${oneJobMs.toFixed(0)} ms in-process, ${cores} cores, median of ${ROUNDS} alternating rounds`);
console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after${Math.max(loadBefore, loadAfter) > cores ? ' (machine busy: wall-clock ratios are not the executors\' own)' : ''}`);
console.log('executor                        wall s   speed-up vs 1 worker   CPU s');
for (const [name, ms, x, cpu] of rows) console.log(`${name.padEnd(30)}  ${(ms / 1000).toFixed(2).padStart(6)}   ${x.toFixed(2).padStart(5)}x                ${cpu.toFixed(1).padStart(5)}`);
console.log(targetLine('speed-up all cores vs 1 worker', `${speedup.toFixed(2)}x`, '>= 1.8x on 2 cores', speedup >= 1.8));
console.log(targetLine('distributed overhead vs pool', `${(overhead * 100).toFixed(1)} % wall${cpuOverhead === null ? '' : `, ${(cpuOverhead * 100).toFixed(1)} % CPU time`}`, '<= 15 %', overhead <= 0.15));
console.log(`identical JSON across executors and rounds: ${identical}`);
console.log(JSON.stringify({ jobs: 200, cores, days: DAYS, rounds: ROUNDS, oneJobMs, loadBefore, loadAfter, oneWorkerMs: t1, poolMs: tAll, distributedMs: tDist, poolCpuS: cpuAll, distributedCpuS: cpuDist, speedup, distributedOverhead: overhead, distributedCpuOverhead: cpuOverhead, identical }));
