/**
 * Engine benchmark (`npm run bench:engine`): M/M/4 at 90 % load until 1,000,000 customers are
 * served, in one process run: (a) a plain binary-heap callback loop, the speed limit; (b) the
 * kernel's callback path; (c) the kernel's generator processes with a Resource; (d) SimPy 3 on
 * the same model when a python3 with simpy is found. Reports customers per second (median of
 * the rounds, rows interleaved per round so drift hits all alike) and each row's ratio to (a),
 * by wall clock and by process CPU time (CPU time counts GC helper threads too, so it is the
 * stricter figure for allocation-heavy rows, and it is less disturbed by other load).
 *
 * Options (`npm run bench:engine -- --help`): --customers (default 1000000), --rounds (default
 * 5), --simpy-rounds (default 1), --no-simpy to skip SimPy.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, targetLine } from '../bench-args.js';
import { erlangC, RandomStreams } from '../../engine/kernel/index.js';
import { runCallbackMmc, runGeneratorMmc } from './kernel-mmc.js';
import { runPlainMmc } from './plain-heap-loop.js';
import type { MmcRun } from './plain-heap-loop.js';

const C = 4;
const MU = 1;
const LAMBDA = 0.9 * C * MU;
const args = parseBenchArgs({
  script: 'bench:engine',
  summary: 'M/M/4 at 90 % load: a plain heap loop (the limit), the kernel\'s callbacks (target >= 0.9 x the limit), its generator processes (target >= 0.6 x) and SimPy when python3 has it.',
  options: {
    customers: { kind: 'int', min: 1000, max: 100_000_000, default: 1_000_000, help: 'customers served per run' },
    rounds: { kind: 'int', min: 1, max: 100, default: 5, help: 'rounds; medians are reported' },
    'simpy-rounds': { kind: 'int', min: 1, max: 100, default: 1, help: 'SimPy rounds (slow)' },
    'no-simpy': { kind: 'flag', help: 'skip the SimPy row' },
  },
});
const CUSTOMERS = args.customers;
const ROUNDS = args.rounds;
const SIMPY_ROUNDS = args['simpy-rounds'];
const SEED = 20240601;

type Runner = (c: number, lambda: number, mu: number, customers: number, a: ReturnType<RandomStreams['stream']>, s: ReturnType<RandomStreams['stream']>) => MmcRun;

interface Row {
  key: string;
  label: string;
  rates: number[];
  /** Customers per CPU second (process CPU, all threads, GC included): steadier on a shared machine. */
  cpuRates: number[];
  meanWait: number;
  events: number;
  note?: string;
}

function timeRun(run: Runner, round: number): { rate: number; cpuRate: number; result: MmcRun } {
  const streams = new RandomStreams(SEED, round);
  const a = streams.stream('arrivals');
  const s = streams.stream('services');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run(C, LAMBDA, MU, CUSTOMERS, a, s);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { rate: result.served / seconds, cpuRate: result.served / cpuSeconds, result };
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function findSimpyPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(py, ['-c', 'import simpy'], { stdio: 'ignore' });
      return py;
    } catch {
      // try the next interpreter
    }
  }
  return null;
}

function main(): void {
  const rows: Row[] = [
    { key: 'plainLoop', label: '(a) plain binary-heap loop', rates: [], cpuRates: [], meanWait: NaN, events: 0 },
    { key: 'kernelCallback', label: '(b) kernel callback path', rates: [], cpuRates: [], meanWait: NaN, events: 0 },
    { key: 'kernelGenerator', label: '(c) kernel generator processes', rates: [], cpuRates: [], meanWait: NaN, events: 0 },
  ];
  const runners: Runner[] = [runPlainMmc, runCallbackMmc, runGeneratorMmc];
  // Warm-up so that all three are optimised before timing.
  for (const run of runners) run(C, LAMBDA, MU, 50_000, new RandomStreams(SEED, 99).stream('a'), new RandomStreams(SEED, 99).stream('s'));
  for (let round = 0; round < ROUNDS; round++) {
    runners.forEach((run, i) => {
      const { rate, cpuRate, result } = timeRun(run, round);
      rows[i].rates.push(rate);
      rows[i].cpuRates.push(cpuRate);
      rows[i].meanWait = result.meanWait;
      rows[i].events = result.events;
    });
  }
  const simpy: Row = { key: 'simpy3', label: '(d) SimPy 3', rates: [], cpuRates: [], meanWait: NaN, events: 0 };
  const python = args['no-simpy'] ? null : findSimpyPython();
  if (python === null) {
    simpy.note = 'skipped: no python3 with simpy (Debian: sudo apt-get install python3-simpy3; or pip install "simpy<4")';
  } else {
    const script = fileURLToPath(new URL('./mmc_simpy.py', import.meta.url));
    for (let r = 0; r < SIMPY_ROUNDS; r++) {
      const out = execFileSync(python, [script, String(C), String(LAMBDA), String(MU), String(CUSTOMERS), String(SEED + r)], { encoding: 'utf8' });
      const parsed = JSON.parse(out) as { served: number; meanWait: number; seconds: number; cpuSeconds: number };
      simpy.rates.push(parsed.served / parsed.seconds);
      simpy.cpuRates.push(parsed.served / parsed.cpuSeconds);
      simpy.meanWait = parsed.meanWait;
    }
    simpy.note = `${python}, ${SIMPY_ROUNDS} round(s)`;
  }
  rows.push(simpy);

  const theory = erlangC(LAMBDA, MU, C);
  const limit = median(rows[0].rates);
  const cpuLimit = median(rows[0].cpuRates);
  const table = rows.map((r) => {
    const rate = r.rates.length > 0 ? median(r.rates) : NaN;
    const cpuRate = r.cpuRates.length > 0 ? median(r.cpuRates) : NaN;
    return { row: r.label, customersPerSec: Math.round(rate), ratioToPlain: rate / limit, customersPerCpuSec: Math.round(cpuRate), cpuRatioToPlain: cpuRate / cpuLimit, meanWait: r.meanWait, note: r.note ?? '' };
  });
  const kernelGen = table[2].customersPerSec;
  const simpyRate = table[3].customersPerSec;
  console.log(`M/M/${C} at rho=${theory.rho}, ${CUSTOMERS} customers, median of ${ROUNDS} rounds; Erlang-C mean wait ${theory.meanWait.toFixed(4)}`);
  console.log('row                               customers/s   ratio to (a)   per CPU s   CPU ratio   mean wait   note');
  const num = (x: number, width: number, digits?: number): string => (Number.isNaN(x) ? '-' : digits === undefined ? String(x) : x.toFixed(digits)).padStart(width);
  for (const t of table) {
    console.log(
      `${t.row.padEnd(34)}${num(t.customersPerSec, 11)}   ${num(t.ratioToPlain, 12, 3)}   ${num(t.customersPerCpuSec, 9)}   ${num(t.cpuRatioToPlain, 9, 3)}   ${num(t.meanWait, 9, 4)}   ${t.note}`,
    );
  }
  const json = {
    model: { servers: C, lambdaPerMin: LAMBDA, muPerMin: MU, rho: theory.rho, customers: CUSTOMERS, rounds: ROUNDS, erlangCMeanWait: theory.meanWait },
    rows: Object.fromEntries(
      rows.map((r, i) => [r.key, { customersPerSec: table[i].customersPerSec, ratioToPlain: table[i].ratioToPlain, customersPerCpuSec: table[i].customersPerCpuSec, cpuRatioToPlain: table[i].cpuRatioToPlain, runs: r.rates.map(Math.round), meanWait: r.meanWait, events: r.events, note: r.note ?? null }]),
    ),
    targets: {
      callbackAtLeast09: table[1].ratioToPlain >= 0.9,
      generatorAtLeast06: table[2].ratioToPlain >= 0.6,
      generatorOverSimpy: Number.isNaN(simpyRate) ? null : kernelGen / simpyRate,
      callbackOverSimpy: Number.isNaN(simpyRate) ? null : table[1].customersPerSec / simpyRate,
    },
  };
  console.log(JSON.stringify(json, null, 2));
  console.log(targetLine('(b) kernel callbacks / plain loop', `${table[1].ratioToPlain.toFixed(3)} x`, '>= 0.9 x', json.targets.callbackAtLeast09));
  console.log(targetLine('(c) kernel generators / plain loop', `${table[2].ratioToPlain.toFixed(3)} x`, '>= 0.6 x', json.targets.generatorAtLeast06));
}

main();
