// Sizing benchmark: the sizing curve a planner asks for (city-mch, 1,000 to 30,000 deliveries a
// year by 1,000, every target at its default) on a worker pool over all cores, against one
// simulated year of provincial-mch (one replication, in this thread) measured in the same run.
// The figure is the ratio of the two wall times; target: at most 60. A spot-check then sizes a
// few volumes of the curve from cold with the full search (no warm start along the curve, no
// screening stop) and says whether it reaches the same plans.
// Usage: tsx bench/size/size-bench.ts [--from 1000] [--to 30000] [--step 1000] [--scenario city-mch]
//   [--days D] [--replications R] [--workers N] [--spot-check K]
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadPreset } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { runReplicationJob, sizingCurve } from '../../engine/index.js';
import { createPoolExecutor } from '../../engine/experiment/executors/index.js';
import type { CurvePoint } from '../../engine/index.js';

const HELP = `Usage: npm run bench:size -- [options]
  --from N           first annual delivery volume (default 1000)
  --to N             last volume (default 30000)
  --step N           volume step (default 1000)
  --scenario NAME    preset sized (default city-mch)
  --days D           days simulated after warm-up per replication (default the preset's)
  --replications R   replications per candidate (default 5)
  --workers N        worker threads (default all cores)
  --spot-check K     volumes re-sized from cold with the full search (default 2, 0 = none)
  --help             this text
Target: curve wall time / one provincial-mch year <= 60.
`;

function fail(message: string): never {
  process.stderr.write(`bench:size: ${message}\n${HELP}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      from: { type: 'string', default: '1000' }, to: { type: 'string', default: '30000' }, step: { type: 'string', default: '1000' },
      scenario: { type: 'string', default: 'city-mch' }, days: { type: 'string' }, replications: { type: 'string', default: '5' },
      workers: { type: 'string', default: String(availableParallelism()) }, 'spot-check': { type: 'string', default: '2' }, help: { type: 'boolean', default: false },
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
const from = int('from', values.from, 1, 100_000);
const to = int('to', values.to, from, 100_000);
const step = int('step', values.step, 1, 100_000);
const replications = int('replications', values.replications, 2, 1000);
const workers = int('workers', values.workers, 1, 256);
const spotChecks = int('spot-check', values['spot-check'], 0, 100);
const days = values.days === undefined ? undefined : int('days', values.days, 1, 3660);

const load = (name: string): Scenario => {
  const r = loadPreset(name);
  if (!r.ok) fail(`unknown or invalid preset "${name}"`);
  return r.scenario;
};
const withDays = (s: Scenario): Scenario => (days === undefined ? s : { ...s, run: { ...s.run, horizonDays: days } });
const scenario = withDays(load(values.scenario));
const volumes: number[] = [];
for (let d = from; d <= to; d += step) volumes.push(d);

const loadBefore = loadavg()[0];
const provincial = load('provincial-mch');
runReplicationJob({ scenario: { ...provincial, run: { ...provincial.run, horizonDays: 30 } }, seed: 1, replication: 0 }); // JIT warm-up
const t0 = performance.now();
runReplicationJob({ scenario: provincial, seed: 1, replication: 0 });
const yearMs = performance.now() - t0;

const executor = createPoolExecutor({ workers });
const t1 = performance.now();
const curve = await sizingCurve(scenario, volumes, { executor, replications });
const curveMs = performance.now() - t1;

const checked = spotChecks === 0 ? [] : [...new Set(Array.from({ length: spotChecks }, (_, i) => volumes[Math.round((i + 1) * (volumes.length - 1) / (spotChecks + 1))]))];
const spot: { deliveries: number; curve: CurvePoint; full: { cabinets: number; roundsPerDay: number } }[] = [];
for (const d of checked) {
  const full = (await sizingCurve(scenario, [d], { executor, replications, screening: false })).curve[0];
  spot.push({ deliveries: d, curve: curve.curve.find((p) => p.deliveries === d)!, full });
}
await executor.close();

const ratio = curveMs / yearMs;
const out: string[] = [
  `sizing curve ${scenario.meta.id}, ${volumes.length} volumes ${from}-${to}, ${replications} replications per plan, ${scenario.run.horizonDays} days, ${workers} worker threads`,
  `one provincial-mch year (1 replication, this thread): ${(yearMs / 1000).toFixed(2)} s`,
  `curve: ${(curveMs / 1000).toFixed(1)} s, ${curve.curve.reduce((a, p) => a + p.evaluations, 0)} plans evaluated`,
  `ratio curve / year: ${ratio.toFixed(1)}  target <= 60: ${ratio <= 60 ? 'met' : 'not met'}`,
  ...spot.map((s) => `spot-check ${s.deliveries}: curve ${s.curve.cabinets} x ${s.curve.roundsPerDay}, full search ${s.full.cabinets} x ${s.full.roundsPerDay}: ${s.curve.cabinets === s.full.cabinets && s.curve.roundsPerDay === s.full.roundsPerDay ? 'same' : 'DIFFERENT'}`),
  `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (${availableParallelism()} cores)`,
];
process.stdout.write(`${out.join('\n')}\n`);
