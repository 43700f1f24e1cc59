// Twin forecast benchmark: the forecast a ward manager asks for (200 replications x 24 h of the
// ward model warm-started from provincial-mch's live state after 30 simulated days) on the
// forecast's worker pool, against one simulated year of provincial-mch (one replication, in
// this thread) measured in the same run. The figure is the ratio of the two wall times; target:
// at most 5. The 200 forecast days are fewer than a year's 365, but every replication builds
// its ward and admits the patients present (about a third of its time on provincial-mch) and
// its start crosses the thread boundary, so a forecast costs a few simulated years, not one.
// Usage: tsx bench/forecast/forecast-bench.ts [--replications R] [--hours H] [--days D] [--workers N] [--seed S]
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadPreset } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { createInProcessExecutor, forecastStart, runForecast, runReplicationJob, simulatedLiveState } from '../../engine/index.js';
import { createPoolExecutor } from '../../engine/experiment/executors/index.js';

const HELP = `Usage: npm run bench:forecast -- [options]
  --replications R   forecast replications (default 200)
  --hours H          forecast horizon in hours (default 24)
  --days D           simulated days before the forecast starts (default 30)
  --workers N        forecast worker threads (default 2, the server's default; 0 = this thread)
  --seed S           seed of the live state and the forecast (default 1)
  --help             this text
Target: forecast wall time / one provincial-mch year <= 5.
`;

function fail(message: string): never {
  process.stderr.write(`bench:forecast: ${message}\n${HELP}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      replications: { type: 'string', default: '200' }, hours: { type: 'string', default: '24' }, days: { type: 'string', default: '30' },
      workers: { type: 'string', default: String(Math.min(2, availableParallelism())) }, seed: { type: 'string', default: '1' }, help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const int = (flag: string, raw: string | undefined, min: number, max: number): number => {
  const v = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || v < min || v > max) fail(`--${flag} "${raw}" must be an integer from ${min} to ${max}`);
  return v;
};
const replications = int('replications', values.replications, 1, 10_000);
const hours = int('hours', values.hours, 1, 168);
const days = int('days', values.days, 1, 3660);
const workers = int('workers', values.workers, 0, 256);
const seed = int('seed', values.seed, 0, 2 ** 31 - 1);

const loaded = loadPreset('provincial-mch');
if (!loaded.ok) fail('provincial-mch does not load');
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
