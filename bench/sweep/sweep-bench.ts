// Sweep benchmark: a 200-job sweep (10 grid points × 20 replications of a county ward) run by
// (a) a pool of 1 worker thread, (b) a pool on all cores, (c) the distributed executor with 2
// local `wardtwin worker` processes (1 thread each) on a private redis-server. Jobs are short
// on purpose, where per-job overhead shows: the run length is calibrated first so that one
// job costs about SWEEP_BENCH_JOB_MS (default 150 ms) in this thread. Distributed jobs carry
// (scenario hash, seed, replication) only; each scenario goes to Redis once. Every executor
// first runs a small warm-up batch (threads start, tsx compiles) that is not timed. Figures
// are ratios measured in the same run: speed-up = t(1 worker) / t(all cores), target ≥ 1.8
// on 2 cores; overhead = t(distributed) / t(pool) − 1, target ≤ 15 %. The load average is
// printed before and after: on a shared machine the ratios only mean something when it is
// below the core count.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadPreset } from '../../scenarios/index.js';
import { createDistributedExecutor, createPoolExecutor } from '../../engine/experiment/executors/index.js';
import type { Executor } from '../../engine/experiment/executors/index.js';
import { planSweep } from '../../engine/experiment/sweep-plan.js';
import { runSweep } from '../../engine/experiment/run-sweep.js';
import { runReplicationJob } from '../../engine/experiment/replication-job.js';
import type { Scenario } from '../../scenarios/index.js';
import { startRedis } from '../../test/cli/_support/redis-server.js';

const BIN = fileURLToPath(new URL('../../server/bin/wardtwin.js', import.meta.url));
const JOB_MS = Number(process.env.SWEEP_BENCH_JOB_MS ?? 150);

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
jobMs(10); // JIT warm-up
const perDay = jobMs(30) / 32;
const DAYS = Number(process.env.SWEEP_BENCH_DAYS ?? Math.max(2, Math.min(365, Math.round(JOB_MS / perDay) - 2)));
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

async function timeSweep(executor: Executor): Promise<{ ms: number; json: string }> {
  await runSweep(warm.ok ? warm.plan : plan, { executor });
  const t0 = performance.now();
  const r = await runSweep(plan, { executor });
  const ms = performance.now() - t0;
  const { timing: _t, ...rest } = r;
  return { ms, json: JSON.stringify(rest) };
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

const cores = availableParallelism();
const one = createPoolExecutor({ workers: 1 });
const r1 = await timeSweep(one);
await one.close();
const all = createPoolExecutor({ workers: cores });
const rAll = await timeSweep(all);
await all.close();

const redis = await startRedis();
const workers = [await startWorker(redis.url), await startWorker(redis.url)];
const dist = createDistributedExecutor({ redisUrl: redis.url, queueName: 'bench' });
const rDist = await timeSweep(dist);
await dist.close();
for (const w of workers) w.kill('SIGTERM');
await redis.stop();

const speedup = r1.ms / rAll.ms;
const overhead = rDist.ms / rAll.ms - 1;
const identical = r1.json === rAll.json && rAll.json === rDist.json;
const rows = [
  ['pool, 1 worker', r1.ms, 1],
  [`pool, ${cores} workers (all cores)`, rAll.ms, speedup],
  ['distributed, 2 local workers', rDist.ms, r1.ms / rDist.ms],
] as const;
const loadAfter = loadavg()[0];
console.log(`200-job sweep (10 points x 20 replications, county-mch ${DAYS} days + 2 warm-up), one job ${oneJobMs.toFixed(0)} ms in-process, ${cores} cores`);
console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after${Math.max(loadBefore, loadAfter) > cores ? ' (machine busy: ratios understate the speed-up)' : ''}`);
console.log('executor                        wall s   speed-up vs 1 worker');
for (const [name, ms, x] of rows) console.log(`${name.padEnd(30)}  ${(ms / 1000).toFixed(2).padStart(6)}   ${x.toFixed(2)}x`);
console.log(`speed-up all cores vs 1 worker: ${speedup.toFixed(2)}x (target >= 1.8x on 2 cores)`);
console.log(`distributed overhead vs pool: ${(overhead * 100).toFixed(1)} % (target <= 15 %)`);
console.log(`identical JSON across executors: ${identical}`);
console.log(JSON.stringify({ jobs: 200, cores, days: DAYS, oneJobMs, loadBefore, loadAfter, oneWorkerMs: r1.ms, poolMs: rAll.ms, distributedMs: rDist.ms, speedup, distributedOverhead: overhead, identical }));
