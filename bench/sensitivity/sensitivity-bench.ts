// Sensitivity benchmark: Morris screening over 20 factors x 10 trajectories (210 design
// points, one replication each, common random numbers) on county-mch over 90 days, on a worker
// pool over all cores, against one county-mch run (90 days, one replication, this thread)
// measured in the same run. No target is set by the issue: the figures are printed (wall times
// and their ratio, points per second). The 20 factors are the first 20 default factors (basis
// A and anecdotal S scalars, in schema order).
// Usage: npm run bench:sensitivity -- --help
import { availableParallelism, loadavg } from 'node:os';
import { loadPreset, validateScenario } from '../../scenarios/index.js';
import { defaultFactorPaths, planSensitivity, runReplicationJob, runSensitivity } from '../../engine/index.js';
import { createPoolExecutor } from '../../engine/experiment/executors/index.js';
import { parseBenchArgs } from '../bench-args.js';

const args = parseBenchArgs({
  script: 'bench:sensitivity',
  summary: 'Morris screening (20 factors x 10 trajectories) of county-mch over 90 days on all cores, against one county-mch run in this thread. No target: it prints both wall times and their ratio.',
  options: {
    factors: { kind: 'int', min: 1, max: 200, default: 20, help: 'factors screened (the first K default factors)' },
    trajectories: { kind: 'int', min: 2, max: 1000, default: 10, help: 'Morris trajectories' },
    days: { kind: 'int', min: 1, max: 3660, default: 90, help: 'days simulated after warm-up' },
    scenario: { kind: 'choice', choices: ['county-mch', 'city-mch', 'provincial-mch'], default: 'county-mch', help: 'preset' },
    workers: { kind: 'int', min: 1, max: 256, default: availableParallelism(), help: 'worker threads' },
  },
});
const { trajectories, days, workers } = args;
const k = args.factors;
function fail(message: string): never {
  process.stderr.write(`bench:sensitivity: ${message}\n`);
  process.exit(2);
}
const loaded = loadPreset(args.scenario);
if (!loaded.ok) fail(`--scenario "${args.scenario}" is not a valid preset`);
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
