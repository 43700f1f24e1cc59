// Profiling driver for the ward model: runs one preset (default provincial-mch) N times in a row
// (default 3) and prints each run's CPU time and events, with nothing else in the process, so a
// CPU profile shows the model alone:
//   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/ward/ward-profile.ts [runs] [preset]
// The first run or two include JIT warm-up; compare later runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveExtends } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { simulateWard } from '../../engine/index.js';
const dir = fileURLToPath(new URL('../../scenarios/presets/', import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as unknown;
const scenario = resolveExtends(read(process.argv[3] ?? 'provincial-mch'), read) as Scenario;
const n = Number(process.argv[2] ?? 3);
for (let i = 0; i < n; i++) {
  const c0 = process.cpuUsage();
  const r = simulateWard(scenario, { seed: 1, replication: 0 });
  const c = process.cpuUsage(c0);
  process.stdout.write(`${((c.user + c.system) / 1000).toFixed(0)} ms ${r.eventsProcessed}\n`);
}
