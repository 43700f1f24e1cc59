// Twin forecast benchmark: the forecast a ward manager asks for (200 replications x 24 h of the
// ward model warm-started from provincial-mch's live state after 30 simulated days) on the
// forecast's worker pool, against one simulated year of provincial-mch (one replication, in
// this thread) measured in the same run. The figure is the ratio of the two wall times; target:
// at most 5. The 200 forecast days are fewer than a year's 365, but every replication builds
// its ward and admits the patients present (about a third of its time on provincial-mch) and
// its start crosses the thread boundary, so a forecast costs a few simulated years, not one.
// Usage: npm run bench:forecast -- --help
import { availableParallelism, loadavg } from 'node:os';
import { loadPreset } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { createInProcessExecutor, forecastStart, runForecast, runReplicationJob, simulatedLiveState } from '../../engine/index.js';
import { createPoolExecutor } from '../../engine/experiment/executors/index.js';
import { parseBenchArgs } from '../bench-args.js';

const args = parseBenchArgs({
  script: 'bench:forecast',
  summary: "200 replications x 24 h of the ward model warm-started from provincial-mch's live state, on the forecast's worker pool, against one provincial-mch year in this thread; target: forecast / year <= 5.",
  options: {
    replications: { kind: 'int', min: 1, max: 10_000, default: 200, help: 'forecast replications' },
    hours: { kind: 'int', min: 1, max: 168, default: 24, help: 'forecast horizon in hours' },
    days: { kind: 'int', min: 1, max: 3660, default: 30, help: 'simulated days before the forecast starts' },
    workers: { kind: 'int', min: 0, max: 256, default: Math.min(2, availableParallelism()), help: "forecast worker threads (the server's default; 0 = this thread)" },
    seed: { kind: 'int', min: 0, max: 2 ** 31 - 1, default: 1, help: 'seed of the live state and the forecast' },
  },
});
const { replications, hours, days, workers, seed } = args;

const loaded = loadPreset('provincial-mch');
if (!loaded.ok) throw new Error('bench:forecast: provincial-mch does not load');
const provincial: Scenario = loaded.scenario;

const loadBefore = loadavg()[0];
runReplicationJob({ scenario: { ...provincial, run: { ...provincial.run, horizonDays: 30 } }, seed, replication: 0 }); // JIT warm-up
const t0 = performance.now();
runReplicationJob({ scenario: provincial, seed, replication: 0 });
const yearMs = performance.now() - t0;

const state = simulatedLiveState(provincial, days, seed);
const start = forecastStart(state, hours);
const executor = workers > 0 ? createPoolExecutor({ workers }) : createInProcessExecutor();
// One replication first so the pool's threads have loaded the model (the server's pool stays up).
await runForecast(provincial, start, { replications: Math.max(1, workers), seed, executor });
const t1 = performance.now();
const forecast = await runForecast(provincial, start, { replications, seed, executor });
const forecastMs = performance.now() - t1;
await executor.close();

const ratio = forecastMs / yearMs;
const risky = forecast.slots.filter((s) => s.outBeforeRestockProbability >= 0.5).length;
const emptyNow = forecast.slots.filter((s) => s.usableUnits === 0).length;
const riskyPairs = forecast.cabinetSkus.filter((s) => s.outBeforeRestockProbability >= 0.5).length;
const out = [
  `live state: provincial-mch after ${days} simulated days, clock ${state.nowMin.toFixed(0)} min, ${state.patients.size} patients, ${forecast.slots.length} stocked slots`,
  `one provincial-mch year (1 replication, this thread): ${(yearMs / 1000).toFixed(2)} s`,
  `forecast: ${replications} replications x ${hours} h on ${workers === 0 ? 'this thread' : `${workers} worker threads`}: ${(forecastMs / 1000).toFixed(2)} s (${(forecastMs / replications).toFixed(1)} ms per replication)`,
  `  ${risky} slots at >= 50 % chance of running out before their next restock (${emptyNow} empty now); ${riskyPairs} of ${forecast.cabinetSkus.length} cabinet SKUs; pick list of ${forecast.pickList.length} lines, ${forecast.pickList.reduce((a, p) => a + p.units, 0)} units`,
  `ratio forecast / year: ${ratio.toFixed(2)}  target <= 5: ${ratio <= 5 ? 'met' : 'not met'}`,
  `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (${availableParallelism()} cores)`,
];
process.stdout.write(`${out.join('\n')}\n`);
