import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { wardtwin } from './spawn-cli.js';
import { startRedis } from '../../bench/_support/redis-server.js';
import type { RedisHandle } from '../../bench/_support/redis-server.js';
import { spawnWardtwin, waitForStderr } from '../_support/wardtwin.js';
import { executorsAgree } from '../_support/laws.js';

interface RunJson {
  replications: number;
  kpis: Record<string, { mean: number; n: number }>;
  timing: { executor: string };
  warmup: { method: string; scenarioDays: number; suggestedDays: number; series: string; basis: string };
  precision?: { kpi: string; reached: boolean; halfWidth: number; targetHalfWidth: number; maxReplications: number; rounds: number[] };
}


const SHORT = ['county-mch', '--days', '2', '--seed', '4'];

describe('wardtwin run: executors, precision and warm-up', () => {
  it('run --json is byte-identical apart from timing with --workers 0 (in-process) and --workers 2 (pool), and carries the MSER-5 warm-up', async () => {
    const [a, b] = await Promise.all([
      wardtwin('run', ...SHORT, '--replications', '3', '--json', '--workers', '0'),
      wardtwin('run', ...SHORT, '--replications', '3', '--json', '--workers', '2'),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    executorsAgree(a.stdout, { pool: b.stdout });
    const ra = JSON.parse(a.stdout) as RunJson;
    expect(ra.timing.executor).toBe('in-process');
    expect((JSON.parse(b.stdout) as RunJson).timing.executor).toBe('pool');
    expect(ra.warmup).toEqual(expect.objectContaining({ method: 'MSER-5', scenarioDays: 14, series: 'bedsOccupied' }));
    expect(Number.isInteger(ra.warmup.suggestedDays) && ra.warmup.suggestedDays >= 0).toBe(true);
    expect(ra.warmup.basis).toMatch(/separate runs from an empty ward/);
  });

  describe('with --redis (a private redis-server and one `wardtwin worker`)', () => {
    let redis: RedisHandle | undefined;
    let worker: ChildProcess | undefined;
    afterAll(async () => {
      if (worker !== undefined && worker.exitCode === null) worker.kill('SIGKILL');
      await redis?.stop();
    });

    it('run --redis gives the same JSON as --workers 0 apart from timing', async () => {
      redis = await startRedis();
      worker = spawnWardtwin(['worker', '--redis', redis.url, '--queue', 'cli-run', '--workers', '1', '--quiet']);
      await waitForStderr(worker, 'ready on');
      const [a, b] = await Promise.all([
        wardtwin('run', ...SHORT, '--replications', '3', '--json', '--workers', '0'),
        wardtwin('run', ...SHORT, '--replications', '3', '--json', '--redis', redis.url, '--queue', 'cli-run'),
      ]);
      expect(b.code).toBe(0);
      executorsAgree(a.stdout, { distributed: b.stdout });
      expect((JSON.parse(b.stdout) as RunJson).timing.executor).toBe('distributed');
    }, 60_000);
  });

  it('run prints the warm-up suggestion beside the scenario setting under the table', async () => {
    const r = await wardtwin('run', ...SHORT, '--replications', '2', '--workers', '0');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nwarm-up: scenario 14 days; MSER-5 suggests \d+ days.* on bedsOccupied, /);
    expect(r.stdout).toMatch(/\n {2}how: separate runs from an empty ward/);
  });

  it('run --precision stops as soon as the target is met, and the result equals the plain run of that many replications', async () => {
    const p = await wardtwin('run', ...SHORT, '--replications', '2', '--precision', 'inventoryUnitsMean:5%', '--max-replications', '40', '--json', '--workers', '2');
    expect(p.code).toBe(0);
    const r = JSON.parse(p.stdout) as RunJson;
    expect(r.precision).toEqual(expect.objectContaining({ kpi: 'inventoryUnitsMean', reached: true, maxReplications: 40 }));
    const pr = r.precision!;
    expect(pr.halfWidth).toBeLessThanOrEqual(pr.targetHalfWidth);
    expect(pr.rounds[pr.rounds.length - 1]).toBe(r.replications);
    expect(r.replications).toBeLessThan(40);
    const plain = await wardtwin('run', ...SHORT, '--replications', String(r.replications), '--json', '--workers', '0');
    expect(JSON.stringify((JSON.parse(plain.stdout) as RunJson).kpis)).toBe(JSON.stringify(r.kpis));
  });

  it('run --precision stops at --max-replications and says the target was not reached (table line)', async () => {
    const r = await wardtwin('run', ...SHORT, '--replications', '2', '--precision', 'contacts:0.001', '--max-replications', '3', '--workers', '0');
    expect(r.code).toBe(0);
    // Lines wrap at 80 columns: undo the wrap (a break and its hanging indent) before matching.
    expect(r.stdout.replace(/\n {2,}/g, ' ')).toMatch(/\nprecision: contacts 95% CI half-width \S+ against target 0\.001; target NOT reached: stopped at the cap of 3 replications \(rounds: 2, 3\)\n/);
  });

  it('compare --precision judges the paired difference and reports it in the JSON', async () => {
    const r = await wardtwin('compare', 'county-mch-baseline', 'county-mch', '--days', '1', '--replications', '2', '--precision', 'deliveries:1', '--json', '--workers', '2');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as { replications: number; precision: { of: string; kpi: string; reached: boolean; rounds: number[]; halfWidth: number } };
    // Same births under common random numbers: the difference in deliveries is exactly 0.
    expect(c.precision).toEqual(expect.objectContaining({ of: 'paired-difference', kpi: 'deliveries', reached: true, rounds: [2], halfWidth: 0 }));
    expect(c.replications).toBe(2);
  });

  it.concurrent.each([
    [['run', ...SHORT, '--precision', 'contacts'], /--precision: "contacts" must be <kpi>:<halfWidth>/],
    [['run', ...SHORT, '--precision', 'contacts:0'], /--precision: "contacts:0" must be/],
    [['run', ...SHORT, '--precision', 'contacts:150%'], /percent in \(0, 100\)/],
    [['run', ...SHORT, '--precision', 'contacts:1', '--max-replications', '1'], /--max-replications: "1" must be an integer from 2/],
    [['run', ...SHORT, '--replications', '9', '--precision', 'contacts:1', '--max-replications', '5'], /--max-replications: 5 must be at least the starting replications \(9\)/],
    [['run', ...SHORT, '--max-replications', '5'], /--max-replications: only meaningful with --precision/],
    [['run', ...SHORT, '--replications', '2', '--max-replications', '2', '--workers', '0', '--precision', 'nope:1'], /kpi\(="nope"\) is not a KPI key \(one of deliveries/],
    [['run', ...SHORT, '--workers', 'two'], /--workers: "two" must be an integer/],
    [['compare', 'county-mch-baseline', 'county-mch', '--precision', 'x:y'], /--precision: "x:y" must be/],
  ])('wardtwin %j is bad input: exit 2, message, no stdout', async (args, message) => {
    const r = await wardtwin(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
