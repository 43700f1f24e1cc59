import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { wardtwin } from './spawn-cli.js';
import { sameResultGivenSameSeed } from '../_support/laws.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;


describe('wardtwin as installed', () => {
  it('runs through its own shebang (env -S node with the young-generation flag), as npm links it', async () => {
    const run = await new Promise<{ error: Error | null; stdout: string }>((resolve) => {
      execFile(fileURLToPath(new URL('../../server/bin/wardtwin.js', import.meta.url)), ['--version'], (error, stdout) => resolve({ error, stdout }));
    });
    expect(run.error).toBeNull();
    expect(run.stdout.trim()).toBe(version);
  });
});

describe('wardtwin validate', () => {
  it('validate <preset> exits 0 and names the scenario', async () => {
    const r = await wardtwin('validate', 'city-mch');
    expect(r).toEqual({ code: 0, stdout: 'city-mch: valid scenario city-mch (City maternal-child hospital)\n', stderr: '' });
  });

  it('validate <file> lists every error with its path and rule and exits 2', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ extends: 'city-mch', births: { annualDeliveries: -1, caesareanShare: 2 }, run: { horizonDays: 'long' } }));
    const r = await wardtwin('validate', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('invalid scenario (3 errors)');
    expect(r.stderr).toContain('/births/annualDeliveries  minimum');
    expect(r.stderr).toContain('/births/caesareanShare  maximum');
    expect(r.stderr).toContain('/run/horizonDays  type');
  });

  it('validate --json prints { ok: false, errors } and exits 2', async () => {
    const r = await wardtwin('validate', join(dir, 'missing.json'), '--json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { ok: boolean; errors: Array<{ path: string; rule: string }> };
    expect(out.ok).toBe(false);
    expect(out.errors[0]).toEqual(expect.objectContaining({ path: '', rule: 'not-found' }));
  });
});

describe('wardtwin run', () => {
  it('run --json is byte-identical for the same inputs apart from timing, with the run result shape and no stderr', async () => {
    const args = ['run', 'county-mch', '--days', '2', '--replications', '2', '--seed', '9', '--json'];
    const runs: { code: number; stderr: string; stdout: string }[] = [];
    await sameResultGivenSameSeed(async () => {
      const r = await wardtwin(...args);
      runs.push(r);
      return r.stdout;
    });
    const [a, b] = runs;
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    const result = JSON.parse(a.stdout) as Record<string, unknown> & { kpis: Record<string, unknown>; scenario: { run: { horizonDays: number } }; timing: Record<string, unknown> };
    expect(result).toEqual(expect.objectContaining({ kind: 'run', scenarioId: 'county-mch', seed: 9, replications: 2, engineVersion: version }));
    expect(result.scenario.run.horizonDays).toBe(2);
    expect(typeof result['eventsProcessed']).toBe('number');
    for (const key of ['deliveries', 'fillRate', 'boundaryCrossings', 'contacts', 'expectedInfections', 'restockLaborHours']) {
      expect(result.kpis[key]).toEqual({ mean: expect.any(Number) as unknown, sd: expect.any(Number) as unknown, ci95: [expect.any(Number), expect.any(Number)] as unknown, n: 2 });
    }
    expect(Object.keys(result.timing).sort()).toEqual(['eventsPerSecond', 'executor', 'wallTimeMs', 'warmupWallTimeMs']);
    expect(result.timing['warmupWallTimeMs']).toBeGreaterThan(0);
    expect(result.timing['wallTimeMs']).toBeGreaterThan(0);
  });

  it('run prints a KPI table with intervals and no progress bar when piped', async () => {
    const r = await wardtwin('run', 'county-mch', '--days', '1', '--replications', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^county-mch: County maternal-child hospital\nseed 1, 2 replications, 1 days after 14 days warm-up/);
    // Stacked to fit 80 columns: KPI, unit and mean, then the KPI again with its CI, sd and n.
    expect(r.stdout).toMatch(/\nKPI +unit +mean\n/);
    expect(r.stdout).toMatch(/\nKPI +95% CI +sd +n\n/);
    expect(r.stdout).toMatch(/\nboundaryCrossings +count +\S+\n/);
    expect(r.stdout).toMatch(/\nboundaryCrossings +\[\S+, \S+\] +\S+ +2\n/);
    expect(r.stdout).toMatch(/\nwall time \d+\.\d s/);
  });

  // Independent processes: run side by side to keep the suite short.
  it.concurrent.each([
    [['run', 'atlantis-mch'], /atlantis-mch.*neither a preset/s],
    [['run', 'county-mch', '--replications', '0'], /--replications: "0" must be an integer from 1 to 10000/],
    [['run', 'county-mch', '--seed', '-3'], /error: unknown option '-3'|--seed/],
    [['run', 'county-mch', '--days', 'ten'], /--days: "ten" must be an integer/],
    [['run', 'county-mch', '--bogus'], /unknown option '--bogus'/],
    [['run'], /missing required argument/],
    [['compare', 'county-mch'], /missing required argument/],
    [['frobnicate'], /unknown command/],
  ])('wardtwin %j is bad input: exit 2 and a message on stderr', async (args, message) => {
    const r = await wardtwin(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('wardtwin compare', () => {
  it('compare --json gives both runs and the paired CRN differences', async () => {
    const r = await wardtwin('compare', 'county-mch-baseline', 'county-mch', '--days', '2', '--replications', '2', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const c = JSON.parse(r.stdout) as {
      kind: string; commonRandomNumbers: boolean; runs: Array<{ scenarioId: string }>;
      differences: Array<{ method: string; baselineId: string; scenarioId: string; kpis: Record<string, { mean: number; n: number }> }>;
    };
    expect(c.kind).toBe('comparison');
    expect(c.commonRandomNumbers).toBe(true);
    expect(c.runs.map((x) => x.scenarioId)).toEqual(['county-mch-baseline', 'county-mch']);
    expect(c.differences[0]).toEqual(expect.objectContaining({ method: 'paired-crn', baselineId: 'county-mch-baseline', scenarioId: 'county-mch' }));
    expect(c.differences[0].kpis['deliveries']).toEqual({ mean: 0, sd: 0, ci95: [0, 0], n: 2 });
    expect(c.differences[0].kpis['boundaryCrossings'].mean).toBeLessThanOrEqual(0);
  });

  it('compare prints each scenario and the paired differences table', async () => {
    const r = await wardtwin('compare', 'county-mch-baseline', 'county-mch', '--days', '1', '--replications', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('with common random numbers');
    // Stacked to fit 80 columns: the runs side by side, then the difference under its wrapped header.
    expect(r.stdout).toMatch(/\nKPI +unit +county-mch-baseline\n/);
    expect(r.stdout).toMatch(/\nKPI +county-mch\n/);
    expect(r.stdout).toMatch(/\n +county-mch −\nKPI +county-mch-baseline +95% CI\n/);
    expect(r.stdout).toContain('Contacts by role pair, county-mch − county-mch-baseline (paired)');
  });
});
