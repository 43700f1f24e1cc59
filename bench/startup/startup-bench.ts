/**
 * Start-up benchmark (`npm run bench:startup`): how long the `wardtwin` command takes before it
 * does any work, measured as a user meets it (a fresh `node server/bin/wardtwin.js` process, the
 * compiled build). Two figures, each the median of alternating rounds so machine noise hits
 * both sides alike:
 *
 * - `wardtwin --version` against `node -e 0` (Node's own start-up) in the same rounds; target:
 *   at most 2 x.
 * - the start-up overhead of `wardtwin run county-mch --days D --replications 1 --workers 0
 *   --json`: the process's wall time minus the simulation's own wall time, which the run
 *   reports in `timing` (`wallTimeMs`, the replications, plus `warmupWallTimeMs`, the short
 *   runs behind the MSER-5 warm-up suggestion); what is left is loading the code, the preset,
 *   validation and printing. Target: under 0.5 s.
 *
 * The build is brought up to date first (untimed), so a stale `dist/` is not measured.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../../server/build/freshness.js';
import { parseBenchArgs, targetLine } from '../bench-args.js';

const args = parseBenchArgs({
  script: 'bench:startup',
  summary: 'Start-up of the wardtwin command (compiled build): --version against node -e 0 (target <= 2x), and a short run\'s overhead beyond its own simulation time (target < 0.5 s).',
  options: {
    rounds: { kind: 'int', min: 1, max: 100, default: 9, help: 'alternating rounds; medians are reported' },
    days: { kind: 'int', min: 1, max: 3660, default: 30, help: 'simulated days of the measured run' },
    json: { kind: 'flag', help: 'print the figures as JSON as well' },
  },
});

const BIN = fileURLToPath(new URL('../../server/bin/wardtwin.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Wall time of one child process in ms, and its stdout. */
function timedRun(argv: readonly string[]): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

ensureBuilt({ log: (line) => process.stderr.write(`${line}\n`) });
const runArgs = [BIN, 'run', 'county-mch', '--days', String(args.days), '--replications', '1', '--workers', '0', '--json'];
// One untimed pass of each so the first round does not pay for a cold file cache.
timedRun(['-e', '0']);
timedRun([BIN, '--version']);
timedRun(runArgs);

const nodeMs: number[] = [];
const versionMs: number[] = [];
const runMs: number[] = [];
const simMs: number[] = [];
for (let round = 0; round < args.rounds; round++) {
  nodeMs.push(timedRun(['-e', '0']).ms);
  versionMs.push(timedRun([BIN, '--version']).ms);
  const run = timedRun(runArgs);
  const timing = (JSON.parse(run.stdout) as { timing?: { wallTimeMs?: number; warmupWallTimeMs?: number } }).timing;
  if (typeof timing?.wallTimeMs !== 'number' || typeof timing.warmupWallTimeMs !== 'number') throw new Error('run --json has no timing.wallTimeMs and warmupWallTimeMs');
  runMs.push(run.ms);
  simMs.push(timing.wallTimeMs + timing.warmupWallTimeMs);
}

const ratios = versionMs.map((v, i) => v / nodeMs[i]);
const ratio = median(ratios);
const overheads = runMs.map((t, i) => t - simMs[i]);
const overhead = median(overheads);
process.stdout.write(`wardtwin start-up, node ${process.version}, median of ${args.rounds} alternating rounds\n`);
process.stdout.write(`node -e 0: ${median(nodeMs).toFixed(0)} ms; wardtwin --version: ${median(versionMs).toFixed(0)} ms\n`);
process.stdout.write(`${targetLine('--version / node -e 0', `${ratio.toFixed(2)} x (per round ${ratios.map((r) => r.toFixed(2)).join(', ')})`, '<= 2 x', ratio <= 2)}\n`);
process.stdout.write(`run county-mch --days ${args.days} --replications 1 --workers 0: ${median(runMs).toFixed(0)} ms in all, simulation (replication and warm-up runs) ${median(simMs).toFixed(0)} ms\n`);
process.stdout.write(`${targetLine('run start-up overhead (total - simulation)', `${(overhead / 1000).toFixed(3)} s`, '< 0.5 s', overhead < 500)}\n`);
if (args.json) {
  process.stdout.write(`${JSON.stringify({ rounds: args.rounds, days: args.days, nodeMs, versionMs, runMs, simMs, versionRatio: ratio, runOverheadMs: overhead, versionMet: ratio <= 2, overheadMet: overhead < 500 })}\n`);
}
