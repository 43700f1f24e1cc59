import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../server/cli/output/display-width.js';
import { wardtwin } from '../_support/wardtwin.js';

const SAMPLE = 'scenarios/logs/county-mch-14d.csv';
const dir = () => mkdtempSync(join(tmpdir(), 'wardtwin-calibrate-'));

describe('wardtwin calibrate and simulate-log', () => {
  it('the shipped sample log is what simulate-log writes for county-mch, 14 days, seed 1', () => {
    const r = wardtwin(['simulate-log', 'county-mch', '--days', '14', '--seed', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(SAMPLE, 'utf8'));
  });

  it('fits the sample log, prints tables within 80 columns and writes a patch that validates', () => {
    const d = dir();
    const out = join(d, 'patch.json');
    const r = wardtwin(['calibrate', SAMPLE, '--scenario', 'county-mch', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Consumption per patient by postpartum day');
    expect(r.stdout).toMatch(/secondsPerSlot \[s\]\s+15\s+\[14\.9\d, 15\.0\d\]/);
    expect(r.stdout).toContain('chi-squared of the hourly sessions');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const patch = JSON.parse(readFileSync(out, 'utf8')) as { extends: string; restock: { secondsPerSlot: number } };
    expect(patch.extends).toBe('county-mch');
    expect(wardtwin(['validate', out]).status).toBe(0);
    expect(readdirSync(d)).toEqual(['patch.json']);
  });

  it('a log too short to see an item on any day of stay leaves that item\'s curve as it was (was a crash)', () => {
    const d = dir();
    const log = join(d, 'short.csv');
    const sim = wardtwin(['simulate-log', 'county-mch', '--days', '2', '--out', log]);
    expect(sim.status).toBe(0);
    const out = join(d, 'patch.json');
    const r = wardtwin(['calibrate', log, '--scenario', 'county-mch', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(wardtwin(['validate', out]).status).toBe(0);
  });

  it('reads the same log as JSON rows (a .json file) and prints the same --json calibration', () => {
    const d = dir();
    const [head, ...lines] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
    const keys = head.split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i): [string, string] => [keys[i], v]).filter(([, v]) => v !== '')));
    writeFileSync(join(d, 'log.json'), JSON.stringify({ rows }));
    const fromJson = wardtwin(['calibrate', join(d, 'log.json'), '--scenario', 'county-mch', '--json']);
    const fromCsv = wardtwin(['calibrate', SAMPLE, '--scenario', 'county-mch', '--json']);
    expect(fromJson.status).toBe(0);
    expect(fromJson.stdout).toBe(fromCsv.stdout);
    expect((JSON.parse(fromCsv.stdout) as { kind: string }).kind).toBe('calibration');
  });

  it('speaks Chinese with --lang zh-CN, still within 80 columns', () => {
    const r = wardtwin(['calibrate', SAMPLE, '--scenario', 'county-mch', '--lang', 'zh-CN']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('按产后天数的每位患者用量');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('refuses a log with bad rows: exit 2, line, column and rule on stderr, nothing written', () => {
    const d = dir();
    const log = join(d, 'bad.csv');
    const out = join(d, 'patch.json');
    writeFileSync(log, 'time,type,cabinet,session,patient,kind,sku,quantity,slot\n2026-01-05T08:00:00+08:00,admit,,,m1,mother,,,\n2026-01-05T08:10:00+08:00,dispense,cab-1,s1,m1,,nappy,-1,\n');
    const r = wardtwin(['calibrate', log, '--scenario', 'county-mch', '--out', out]);
    expect(r.status).toBe(2);
    const stderr = r.stderr.replace(/\s+/g, ' ');
    expect(stderr).toContain('1 bad row; nothing was fitted or written');
    expect(stderr).toContain('integer line 3, column quantity (8): quantity "-1" must be a whole number');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(d)).toEqual(['bad.csv']);
  });
});
