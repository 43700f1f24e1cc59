// Ward benchmark: one simulated year of provincial-mch, one replication, single thread.
// Prints wall time, CPU time, events per second and peak memory, and, as the same-run
// reference, the kernel alone pushing the same number of no-op events through its calendar
// (the limit the model's per-event work is measured against). The machines are shared and
// noisy, so the model and the kernel loop alternate over several rounds and the figures are
// medians; the ratio is taken per round (model ÷ the mean of the kernel loops either side)
// and on CPU time, which other processes disturb less than wall time.
// Targets: under 1 s and under 300 MB.
// Usage: npm run bench:ward -- [preset] [--rounds N]   (default provincial-mch, 5 rounds; --help)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listPresets, resolveExtends } from '../../scenarios/index.js';
import { parseBenchArgs, verdict } from '../bench-args.js';
import type { Scenario } from '../../scenarios/index.js';
import { Environment, simulateWard } from '../../engine/index.js';
import type { WardReplication } from '../../engine/index.js';

const dir = fileURLToPath(new URL('../../scenarios/presets/', import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as unknown;
const args = parseBenchArgs({
  script: 'bench:ward',
  summary: 'One simulated year of a preset (one replication, one thread) against the kernel alone pushing the same events; targets: wall time under 1 s and peak RSS under 300 MB.',
  positional: { name: 'preset', default: 'provincial-mch', help: 'preset scenario to simulate' },
  options: { rounds: { kind: 'int', min: 1, max: 100, default: 5, help: 'alternating rounds; medians are reported' } },
});
const rounds = args.rounds;
const name = args.positional;
if (!listPresets().includes(name)) {
  process.stderr.write(`bench:ward: preset(=${name}) must be one of ${listPresets().join(', ')}\n`);
  process.exit(2);
}
const scenario = resolveExtends(read(name), read) as Scenario;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function timed(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000 };
}

/** The kernel alone: `events` no-op callbacks through the calendar, 64 chains deep. */
function kernelLimit(events: number): Timing {
  const env = new Environment();
  let left = events;
  const tick = (_: null): void => {
    if (--left > 0) env.schedule(1, tick, 0, null);
  };
  for (let i = 0; i < 64; i++) env.schedule(i / 64, tick, 0, null);
  return timed(() => env.run());
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Warm-up run (JIT), then the measured rounds.
simulateWard({ ...scenario, run: { ...scenario.run, horizonDays: 30, warmupDays: 7 } }, { seed: 1, replication: 0 });
let r: WardReplication | null = null;
const model: Timing[] = [];
const kernel: Timing[] = [];
const heapGrowth: number[] = [];
let previous: Timing | null = null;
for (let i = 0; i < rounds; i++) {
  const heapBefore = process.memoryUsage().heapUsed;
  model.push(timed(() => (r = simulateWard(scenario, { seed: 1, replication: 0 }))));
  heapGrowth.push(process.memoryUsage().heapUsed - heapBefore);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const after = kernelLimit(r!.eventsProcessed);
  const p: Timing = previous ?? after;
  kernel.push({ wallMs: (p.wallMs + after.wallMs) / 2, cpuMs: (p.cpuMs + after.cpuMs) / 2 });
  previous = after;
}
clearInterval(sampler);

const run = r as WardReplication | null;
if (run === null) throw new Error('ward-bench: no round ran');
const events = run.eventsProcessed;
const wallMs = median(model.map((t) => t.wallMs));
const cpuMs = median(model.map((t) => t.cpuMs));
const k = run.kpis;
const rows: [string, string][] = [
  ['scenario', `${name}, ${scenario.run.warmupDays} d warm-up + ${scenario.run.horizonDays} d, ${rounds} rounds (medians)`],
  ['deliveries / trips', `${k.deliveries} / ${k.trips}`],
  ['events processed', String(events)],
  ['wall time', `${wallMs.toFixed(0)} ms (target < 1000 ms: ${verdict(wallMs < 1000)}; rounds ${model.map((t) => t.wallMs.toFixed(0)).join(', ')})`],
  ['CPU time', `${cpuMs.toFixed(0)} ms (min ${Math.min(...model.map((t) => t.cpuMs)).toFixed(0)} ms)`],
  ['events per second (wall)', `${((events / wallMs) * 1000 / 1e6).toFixed(2)} M/s`],
  ['kernel-only limit, same events', `${median(kernel.map((t) => t.wallMs)).toFixed(0)} ms wall, ${median(kernel.map((t) => t.cpuMs)).toFixed(0)} ms CPU`],
  ['ratio model / kernel limit (CPU)', `${median(model.map((t, i) => t.cpuMs / kernel[i].cpuMs)).toFixed(1)}x (min ${Math.min(...model.map((t, i) => t.cpuMs / kernel[i].cpuMs)).toFixed(1)}x)`],
  ['ratio model / kernel limit (wall)', `${median(model.map((t, i) => t.wallMs / kernel[i].wallMs)).toFixed(1)}x`],
  ['V8 flags', `${process.execArgv.filter((a) => a.startsWith('--max-semi')).join(' ') || 'none'} (npm run bench:ward uses the worker pool's young generation)`],
  ['peak RSS', `${(peakRss / 2 ** 20).toFixed(0)} MB (target < 300 MB: ${verdict(peakRss < 300 * 2 ** 20)})`],
  ['heap growth during a run', `${(median(heapGrowth) / 2 ** 20).toFixed(0)} MB`],
];
for (const [a, b] of rows) console.log(`${a.padEnd(34)} ${b}`);
