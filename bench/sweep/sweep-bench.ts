// Sweep benchmark: a 200-job sweep (10 grid points × 20 replications of a short county ward)
// run by (a) a pool of 1 worker thread, (b) a pool on all cores, (c) the distributed executor
// with 2 local `wardtwin worker` processes (1 thread each) on a private redis-server. Every
// executor first runs a small warm-up batch (threads start, tsx compiles) that is not timed.
// Figures are ratios measured in the same run: speed-up = t(1 worker) / t(all cores), target
// ≥ 1.8 on 2 cores; overhead = t(distributed) / t(pool) − 1, target ≤ 15 %.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadPreset } from '../../scenarios/index.js';
import { createDistributedExecutor, createPoolExecutor } from '../../engine/experiment/executors/index.js';
import type { Executor } from '../../engine/experiment/executors/index.js';
import { planSweep } from '../../engine/experiment/sweep-plan.js';
import { runSweep } from '../../engine/experiment/run-sweep.js';
import { startRedis } from '../../test/cli/_support/redis-server.js';

const BIN = fileURLToPath(new URL('../../server/bin/wardtwin.js', import.meta.url));
const DAYS = Number(process.env.SWEEP_BENCH_DAYS ?? 60);

const preset = loadPreset('county-mch');
if (!preset.ok) throw new Error('county-mch preset is invalid');
const base = { ...preset.scenario, run: { ...preset.scenario.run, horizonDays: DAYS, warmupDays: 2 } };
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
console.log(`200-job sweep (10 points x 20 replications, county-mch ${DAYS} days), ${cores} cores`);
console.log('executor                        wall s   speed-up vs 1 worker');
for (const [name, ms, x] of rows) console.log(`${name.padEnd(30)}  ${(ms / 1000).toFixed(2).padStart(6)}   ${x.toFixed(2)}x`);
console.log(`speed-up all cores vs 1 worker: ${speedup.toFixed(2)}x (target >= 1.8x on 2 cores)`);
console.log(`distributed overhead vs pool: ${(overhead * 100).toFixed(1)} % (target <= 15 %)`);
console.log(`identical JSON across executors: ${identical}`);
console.log(JSON.stringify({ jobs: 200, cores, days: DAYS, oneWorkerMs: r1.ms, poolMs: rAll.ms, distributedMs: rDist.ms, speedup, distributedOverhead: overhead, identical }));
