// Ward benchmark: one simulated year of provincial-mch, one replication, single thread.
// Prints wall time, events per second and peak memory, and, as the same-run reference, the
// kernel alone pushing the same number of no-op events through its calendar (the limit the
// model's per-event work is measured against). Targets: under 1 s and under 300 MB.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveExtends } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { simulateWard } from '../../engine/ward/index.js';
import { Environment } from '../../engine/kernel/environment.js';

const dir = fileURLToPath(new URL('../../scenarios/presets/', import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as unknown;
const name = process.argv[2] ?? 'provincial-mch';
const scenario = resolveExtends(read(name), read) as Scenario;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);

function kernelLimit(events: number): number {
  const env = new Environment();
  let left = events;
  const tick = (_: null): void => {
    if (--left > 0) env.schedule(1, tick, 0, null);
  };
  for (let i = 0; i < 64; i++) env.schedule(i / 64, tick, 0, null);
  const t0 = performance.now();
  env.run();
  return performance.now() - t0;
}

// Warm-up run (JIT), then the measured one.
simulateWard({ ...scenario, run: { ...scenario.run, horizonDays: 30, warmupDays: 7 } }, { seed: 1, replication: 0 });
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const r = simulateWard(scenario, { seed: 1, replication: 0 });
const wallMs = performance.now() - t0;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const limitMs = kernelLimit(r.eventsProcessed);
clearInterval(sampler);

const k = r.kpis;
const rows: [string, string][] = [
  ['scenario', `${name}, ${scenario.run.warmupDays} d warm-up + ${scenario.run.horizonDays} d`],
  ['deliveries / trips', `${k.deliveries} / ${k.trips}`],
  ['events processed', String(r.eventsProcessed)],
  ['wall time', `${wallMs.toFixed(0)} ms (target < 1000 ms)`],
  ['events per second', `${((r.eventsProcessed / wallMs) * 1000 / 1e6).toFixed(2)} M/s`],
  ['kernel-only limit, same events', `${limitMs.toFixed(0)} ms`],
  ['ratio model / kernel limit', `${(wallMs / limitMs).toFixed(1)}x`],
  ['peak RSS', `${(peakRss / 2 ** 20).toFixed(0)} MB (target < 300 MB)`],
  ['heap growth during run', `${((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toFixed(0)} MB`],
];
for (const [a, b] of rows) console.log(`${a.padEnd(32)} ${b}`);
