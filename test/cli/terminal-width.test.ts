// The `wardtwin` command as a user at an 80-column terminal sees it: help, tables and
// messages within 80 columns (measured as a terminal does, CJK-aware), a bad flag answered with
// one line and exit 2, and the presets listed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxLineWidth } from '../../server/cli/output/display-width.js';
import { listPresets } from '../../scenarios/index.js';
import { wardtwin } from './spawn-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-width-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SHORT = ['--days', '7', '--replications', '2', '--workers', '0'];
const COMMANDS = ['validate', 'run', 'compare', 'start', 'sweep', 'worker', 'serve', 'size', 'report', 'presets', 'sensitivity', 'validate-model'];

describe('wardtwin output within 80 columns', () => {
  it('wardtwin --help lists every command within 80 columns', async () => {
    const r = await wardtwin('--help');
    expect(r.code).toBe(0);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
    for (const name of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each(COMMANDS)('wardtwin %s --help fits 80 columns', async (name) => {
    const r = await wardtwin(name, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: wardtwin ${name}`);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('run: KPI table, legend and warm-up lines fit 80 columns', async () => {
    const r = await wardtwin('run', 'county-mch', ...SHORT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Legend: 95% CI = ');
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('compare: the stacked table, ± legend and role-pair tables fit 80 columns', async () => {
    const r = await wardtwin('compare', 'county-mch-baseline', 'county-mch', 'city-mch', ...SHORT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Legend: a ± h = ');
    expect(r.stdout).toContain('city-mch −');
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('sensitivity (Morris and Sobol tables of a comparison, long parameter paths) fits 80 columns', async () => {
    const r = await wardtwin('sensitivity', 'county-mch-baseline', 'county-mch', '--days', '2', '--trajectories', '2', '--method', 'sobol', '--sobol-rows', '4', '--top', '2', '--workers', '0');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sobol indices (ranked by ST)');
    expect(r.stdout).toContain('/cabinets/models/0/slotGroups/1/capacityUnits');
    expect(r.stdout).toContain('can reverse');
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('validate-model (verification and validation tables, wrapped sources) fits 80 columns', async () => {
    const r = await wardtwin('validate-model', 'county-mch', '--days', '7', '--replications', '2', '--workers', '0');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cabinet queue wait [min]');
    expect(r.stdout).toContain('Pollaczek-Khinchine');
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('sweep and size (answer and curve) fit 80 columns', async () => {
    const file = join(dir, 'sweep.json');
    writeFileSync(file, JSON.stringify({ id: 's', base: 'county-mch', replications: 2, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.5] }] }));
    const targets = ['--scenario', 'county-mch', '--days', '3', '--replications', '2', '--max-replications', '2', '--rounds', '2', '--min-fill-rate', '0.9', '--max-stockout-hours', '100000', '--max-wait-p95', '1000', '--workers', '0'];
    const [sweep, size, curve] = await Promise.all([
      wardtwin('sweep', file, '--workers', '0', '--days', '3'),
      wardtwin('size', ...targets),
      wardtwin('size', ...targets, '--curve', '1000:5000:2000'),
    ]);
    for (const r of [sweep, size, curve]) {
      expect(r.code).toBe(0);
      expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
    }
    expect(sweep.stdout).toContain('Legend: a ± h = ');
    expect(size.stdout).toContain('Legend: one-sided 95% bound = ');
    expect(curve.stdout).toContain('stock-out');
  });
});

describe('wardtwin errors on one line', () => {
  it.each([
    [['run', 'county-mch', '--bogus'], /^wardtwin run: unknown option '--bogus'; see `wardtwin run --help`$/],
    [['run', 'county-mch', '--relications', '2'], /^wardtwin run: unknown option '--relications' \(Did you mean --replications\?\); see `wardtwin run --help`$/],
    [['nope'], /^wardtwin: unknown command 'nope'; see `wardtwin --help`$/],
    [['compare', 'county-mch'], /^wardtwin compare: missing required argument 'scenario'; see `wardtwin compare --help`$/],
  ])('wardtwin %j: one line on stderr with a hint, nothing on stdout, exit 2', async (args, message) => {
    const r = await wardtwin(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});

describe('wardtwin presets', () => {
  it('lists every preset with its name, deliveries a year and cabinets, within 80 columns', async () => {
    const r = await wardtwin('presets');
    expect(r.code).toBe(0);
    expect(maxLineWidth(r.stdout)).toBeLessThanOrEqual(80);
    for (const id of listPresets()) expect(r.stdout).toMatch(new RegExp(`^${id}$`, 'm'));
    expect(r.stdout).toContain('County maternal-child hospital\n  1,500 deliveries a year, 2 cabinets\n');
    expect(r.stdout).toContain('County maternal-child hospital, no cabinets\n  1,500 deliveries a year, no cabinets\n');
  });

  it('presets --json gives id, name, annualDeliveries, cabinets and description for each preset', async () => {
    const r = await wardtwin('presets', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list.map((p) => p.id)).toEqual(listPresets());
    expect(list.find((p) => p.id === 'provincial-mch')).toEqual({
      id: 'provincial-mch',
      name: 'Provincial maternal-child hospital',
      annualDeliveries: 20000,
      cabinets: 12,
      description: expect.stringContaining('About 20,000 deliveries a year') as unknown,
    });
  });
});
