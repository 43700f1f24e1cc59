// Sizing benchmark: the sizing curve a planner asks for (city-mch, 1,000 to 30,000 deliveries a
// year by 1,000, every target at its default) on a worker pool over all cores, against one
// simulated year of provincial-mch (one replication, in this thread) measured in the same run.
// The figure is the ratio of the two wall times; target: at most 60. A spot-check then sizes a
// few volumes of the curve from cold with the full search (no warm start along the curve, no
// screening stop, no early pass, no analytic floor, every round count at every cabinet count it
// needs) and says whether it reaches the same plans, beside the analytic floor at each.
// Usage: npm run bench:size -- --help
import { availableParallelism, loadavg } from 'node:os';
import { loadPreset } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { runReplicationJob, sizingCurve } from '../../engine/index.js';
import { createPoolExecutor } from '../../engine/experiment/executors/index.js';
import type { Executor } from '../../engine/experiment/executors/index.js';
import type { CurvePoint } from '../../engine/index.js';
import { cabinetFloor } from '../../engine/experiment/sizing-floor.js';
import { configureWard } from '../../engine/experiment/ward-plan.js';
import { parseBenchArgs, targetLine } from '../bench-args.js';

const args = parseBenchArgs({
  script: 'bench:size',
  summary: 'The sizing curve (city-mch by default) on all cores against one provincial-mch year in this thread; target: curve / year <= 60. Then a few volumes re-sized from cold with the full search (no warm start, no screening stop): same plan or not.',
  options: {
    from: { kind: 'int', min: 1, max: 100_000, default: 1000, help: 'first annual delivery volume' },
    to: { kind: 'int', min: 1, max: 100_000, default: 30_000, help: 'last volume' },
    step: { kind: 'int', min: 1, max: 100_000, default: 1000, help: 'volume step' },
    scenario: { kind: 'choice', choices: ['county-mch', 'city-mch', 'provincial-mch'], default: 'city-mch', help: 'preset sized' },
    days: { kind: 'int', min: 0, max: 3660, default: 0, help: "days simulated after warm-up per replication (0 = the preset's)" },
    replications: { kind: 'int', min: 2, max: 1000, default: 5, help: 'replications per plan' },
    workers: { kind: 'int', min: 1, max: 256, default: availableParallelism(), help: 'worker threads' },
    'screening-days': { kind: 'int', min: 0, max: 3660, default: 0, help: 'days of short screening runs (0 or >= the horizon: screen at full length)' },
    'spot-check': { kind: 'int', min: 0, max: 100, default: 2, help: 'volumes re-sized from cold with the full search' },
  },
});
const { from, step, replications, workers } = args;
const to = Math.max(from, args.to);
const spotChecks = args['spot-check'];
const days = args.days === 0 ? undefined : args.days;
const screeningDays = args['screening-days'] === 0 ? undefined : args['screening-days'];

const load = (name: string): Scenario => {
  const r = loadPreset(name);
  if (!r.ok) throw new Error(`bench:size: preset "${name}" is invalid`);
  return r.scenario;
};
const withDays = (s: Scenario): Scenario => (days === undefined ? s : { ...s, run: { ...s.run, horizonDays: days } });
const scenario = withDays(load(args.scenario));
const volumes: number[] = [];
for (let d = from; d <= to; d += step) volumes.push(d);

const loadBefore = loadavg()[0];
const provincial = load('provincial-mch');
runReplicationJob({ scenario: { ...provincial, run: { ...provincial.run, horizonDays: 30 } }, seed: 1, replication: 0 }); // JIT warm-up
const t0 = performance.now();
runReplicationJob({ scenario: provincial, seed: 1, replication: 0 });
const yearMs = performance.now() - t0;

const pool = createPoolExecutor({ workers });
// Work done, independent of the machine's load: deliveries simulated over all replications.
let deliveryYears = 0;
const executor: Executor = {
  kind: pool.kind, parallelism: pool.parallelism, close: () => pool.close(),
  run: (jobs, o) => {
    for (const j of jobs) deliveryYears += (j.scenario.births.annualDeliveries * (j.scenario.run.horizonDays + j.scenario.run.warmupDays)) / 365;
    return pool.run(jobs, o);
  },
};
const t1 = performance.now();
const curve = await sizingCurve(scenario, volumes, { executor, replications, ...(screeningDays !== undefined ? { screeningDays } : {}) });
const curveMs = performance.now() - t1;
const curveWork = deliveryYears;

const checked = spotChecks === 0 ? [] : [...new Set(Array.from({ length: spotChecks }, (_, i) => volumes[Math.round((i + 1) * (volumes.length - 1) / (spotChecks + 1))]))];
const spot: { deliveries: number; curve: CurvePoint; full: CurvePoint; floor: number; seconds: number }[] = [];
for (const d of checked) {
  // The full search runs without the analytic floor too, so that a floor set too high would show here.
  const t = performance.now();
  const full = (await sizingCurve(scenario, [d], { executor, replications, screening: false, costRisesWithRounds: false, analyticFloor: false })).curve[0];
  const floor = cabinetFloor(configureWard(scenario, { cabinets: 1, rounds: full.roundsPerDay, modelId: full.modelId, annualDeliveries: d }), curve.targets.minFillRate).cabinets;
  spot.push({ deliveries: d, curve: curve.curve.find((p) => p.deliveries === d)!, full, floor, seconds: (performance.now() - t) / 1000 });
}
await executor.close();

const ratio = curveMs / yearMs;
const out: string[] = [
  `sizing curve ${scenario.meta.id}, ${volumes.length} volumes ${from}-${to}, ${replications} replications per plan, ${scenario.run.horizonDays} days (screening ${Math.min(screeningDays ?? Infinity, scenario.run.horizonDays)}), ${workers} worker threads`,
  `one provincial-mch year (1 replication, this thread): ${(yearMs / 1000).toFixed(2)} s`,
  `curve: ${(curveMs / 1000).toFixed(1)} s, ${curve.curve.reduce((a, p) => a + p.evaluations, 0)} plans evaluated, ${Math.round(curveWork).toLocaleString('en')} deliveries simulated (${(curveWork / provincial.births.annualDeliveries).toFixed(1)} provincial-mch years of work)`,
  targetLine('ratio curve / year', ratio.toFixed(1), '<= 60', ratio <= 60),
  ...spot.map((s) => `spot-check ${s.deliveries}: curve ${s.curve.cabinets} x ${s.curve.roundsPerDay}, full search ${s.full.cabinets} x ${s.full.roundsPerDay} (${s.full.evaluations} plans, ${s.seconds.toFixed(1)} s; analytic floor ${s.floor}): ${s.curve.cabinets === s.full.cabinets && s.curve.roundsPerDay === s.full.roundsPerDay ? 'same' : 'DIFFERENT'}`),
  `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (${availableParallelism()} cores)`,
];
process.stdout.write(`${out.join('\n')}\n`);
