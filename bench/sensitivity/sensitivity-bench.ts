// Sensitivity benchmark: Morris screening over 20 factors x 10 trajectories (210 design
// points, one replication each, common random numbers) on county-mch over 90 days, on a worker
// pool over all cores, against one county-mch run (90 days, one replication, this thread)
// measured in the same run. No target is set by the issue: the figures are printed (wall times
// and their ratio, points per second). The 20 factors are the first 20 default factors (basis
// A and anecdotal S scalars, in schema order).
// Usage: tsx bench/sensitivity/sensitivity-bench.ts [--factors 20] [--trajectories 10] [--days 90]
//   [--scenario county-mch] [--workers N]
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadPreset, validateScenario } from '../../scenarios/index.js';
import { defaultFactorPaths, planSensitivity, runReplicationJob, runSensitivity } from '../../engine/index.js';
import { createPoolExecutor } from '../../engine/experiment/executors/index.js';

const HELP = `Usage: npm run bench:sensitivity -- [options]
  --factors K        factors screened (default 20: the first K default factors)
  --trajectories R   Morris trajectories (default 10)
  --days D           days simulated after warm-up (default 90)
  --scenario NAME    preset (default county-mch)
  --workers N        worker threads (default all cores)
  --help             this text
No target: prints the Morris wall time, one run's wall time and their ratio.
`;

function fail(message: string): never {
  process.stderr.write(`bench:sensitivity: ${message}\n${HELP}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      factors: { type: 'string', default: '20' }, trajectories: { type: 'string', default: '10' }, days: { type: 'string', default: '90' },
      scenario: { type: 'string', default: 'county-mch' }, workers: { type: 'string', default: String(availableParallelism()) }, help: { type: 'boolean', default: false },
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
const k = int('factors', values.factors, 1, 200);
const trajectories = int('trajectories', values.trajectories, 2, 1000);
const days = int('days', values.days, 1, 3660);
const workers = int('workers', values.workers, 1, 256);
const loaded = loadPreset(values.scenario ?? 'county-mch');
if (!loaded.ok) fail(`--scenario "${values.scenario}" is not a valid preset`);
const checked = validateScenario({ ...loaded.scenario, run: { ...loaded.scenario.run, horizonDays: days } });
if (!checked.ok) fail(`--days ${days} makes the scenario invalid`);
const scenario = checked.scenario;
const paths = defaultFactorPaths(scenario).slice(0, k);
const planned = planSensitivity({ scenario, factors: paths.map((path) => ({ path })), trajectories, kpis: ['nurseSupplyMinutesPerShift', 'expectedInfections'] });
if (!planned.ok) fail(planned.errors.map((e) => `${e.path} ${e.message}`).join('; '));

process.stdout.write(`bench:sensitivity: ${scenario.meta.id}, ${days} days, Morris ${planned.plan.factors.length} factors x ${trajectories} trajectories, ${workers} workers, load ${loadavg()[0].toFixed(2)}\n`);
const t0 = performance.now();
runReplicationJob({ scenario, seed: scenario.run.seed, replication: 0 });
const oneRunMs = performance.now() - t0;
const pool = createPoolExecutor({ workers });
let morrisMs: number;
let points: number;
try {
  const t1 = performance.now();
  const result = await runSensitivity(planned.plan, { executor: pool });
  morrisMs = performance.now() - t1;
  points = result.designPoints;
  const top = result.kpis.nurseSupplyMinutesPerShift.morris.slice(0, 3).map((r) => `${r.path} (mu* ${r.muStar.toFixed(2)})`).join(', ');
  process.stdout.write(`leading factors for nurseSupplyMinutesPerShift: ${top}\n`);
} finally {
  await pool.close();
}
process.stdout.write(`one run (this thread):      ${oneRunMs.toFixed(0)} ms\n`);
process.stdout.write(`Morris (${points} points, pool): ${morrisMs.toFixed(0)} ms (${((points * 1000) / morrisMs).toFixed(1)} points/s)\n`);
process.stdout.write(`ratio Morris / one run:     ${(morrisMs / oneRunMs).toFixed(1)} (${points} runs; ideal on ${workers} cores ≈ ${(points / workers).toFixed(0)})\n`);
