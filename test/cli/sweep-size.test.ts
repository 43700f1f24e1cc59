import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wardtwin } from '../_support/wardtwin.js';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'wardtwin-sweep-'));
}

describe('wardtwin sweep', () => {
  it('an invalid sweep document exits 2 with paths and writes no output files', () => {
    const d = dir();
    const file = join(d, 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'bad', base: 'county-mch', replications: 1, parameters: [{ path: '/births/caesareanShare', values: [0.3, 4] }] }));
    const r = wardtwin(['sweep', file, '--workers', '0', '--csv', join(d, 'out.csv'), '--out', join(d, 'out.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/parameters/0/values/1');
    expect(readdirSync(d)).toEqual(['bad.json']);
  });

  it('an unknown base preset exits 2 at /base; broken JSON exits 2', () => {
    const d = dir();
    const file = join(d, 'b.json');
    writeFileSync(file, JSON.stringify({ id: 'b', base: 'no-such-preset', replications: 1, parameters: [{ path: '/births/caesareanShare', values: [0.3] }] }));
    const r = wardtwin(['sweep', file, '--workers', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/base');
    writeFileSync(file, '{ not json');
    expect(wardtwin(['sweep', file]).status).toBe(2);
  });

  it('a valid sweep writes CSV and JSON with each KPI mean and CI per point', () => {
    const d = dir();
    const file = join(d, 's.json');
    writeFileSync(file, JSON.stringify({ id: 's', base: 'county-mch', replications: 2, parameters: [{ path: '/births/caesareanShare', name: 'cs', values: [0.3, 0.5] }] }));
    const r = wardtwin(['sweep', file, '--workers', '0', '--days', '3', '--csv', join(d, 'o.csv'), '--out', join(d, 'o.json'), '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { points: { parameters: { cs: number }; kpis: Record<string, { mean: number; ci95: unknown }> }[] };
    expect(out.points.map((p) => p.parameters.cs)).toEqual([0.3, 0.5]);
    expect(out.points[0].kpis.fillRate.ci95).toHaveLength(2);
    expect(readdirSync(d).sort()).toEqual(['o.csv', 'o.json', 's.json']);
  });
});

describe('wardtwin size', () => {
  it('impossible targets exit 2 with the missed figures and write no output file', () => {
    const d = dir();
    const r = wardtwin(['size', '--scenario', 'county-mch', '--days', '2', '--replications', '2', '--max-replications', '2', '--max-cabinets', '1', '--rounds', '1', '--max-wait-p95', '0', '--max-stockout-hours', '0', '--min-fill-rate', '1', '--workers', '0', '--out', join(d, 'size.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('targets not met even with 1 cabinets');
    expect(readdirSync(d)).toEqual([]);
  });

  it('--curve gives a curve non-decreasing in deliveries (JSON curve[] with deliveries and cabinets)', () => {
    const r = wardtwin(['size', '--scenario', 'county-mch', '--days', '3', '--replications', '2', '--max-replications', '2', '--rounds', '2', '--min-fill-rate', '0.9', '--max-stockout-hours', '100000', '--max-wait-p95', '1000', '--curve', '1000:5000:2000', '--workers', '0', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { curve: { deliveries: number; cabinets: number }[] };
    expect(out.curve.map((p) => p.deliveries)).toEqual([1000, 3000, 5000]);
    for (let i = 1; i < out.curve.length; i++) expect(out.curve[i].cabinets).toBeGreaterThanOrEqual(out.curve[i - 1].cabinets);
  }, 60_000);

  it('prints a header with scenario, targets, replications and the prices given, then the plan with its yearly cost and the Pareto front', () => {
    const r = wardtwin(['size', '--scenario', 'county-mch', '--days', '3', '--replications', '2', '--max-replications', '2', '--rounds', '1,2', '--max-cabinets', '3', '--min-fill-rate', '0.9', '--max-stockout-hours', '100000', '--max-wait-p95', '1000', '--cabinet-cost', '12000', '--labour-cost', '40', '--workers', '0']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^sizing county-mch, \d+ deliveries\/yr$/);
    expect(r.stdout).toContain('targets: fill rate >= 90.00%, trip wait p95 <= 1000 min');
    // The fill rate is a share: its target, mean and bound, and the front's column, are percentages.
    expect(r.stdout).toMatch(/\nfillRate +>= 90\.00% +\d+\.\d{2,4}% +\d+\.\d{2,4}% +(pass|undecided|fail)\n/);
    // Front rows: cabinets, model, par level (a share), rounds, cost, fill rate, wait p95, meets.
    expect(r.stdout).toMatch(/\n +\d+ +[\w-]+ +\d+\.\d{2,4}% +\d+ +[\d,.]+ +\d+\.\d{2,4}% +[\d,.]+ +(yes|no)\n/);
    expect(r.stdout).toContain('replications 2 per plan');
    expect(r.stdout).toContain('cabinet CNY 12,000/yr, restock labour CNY 40/h, holding CNY 1.50/unit-yr');
    // Lines wrap at 80 columns, so words may be separated by a line break and indentation.
    expect(r.stdout).toMatch(/cost CNY [\d,.]+\/yr:\s+cabinets\s+[\d,.]+,\s+restock\s+labour\s+[\d,.]+,\s+stock\s+held\s+[\d,.]+/);
    expect(r.stdout).toContain('Pareto front of the plans tried');
    expect(r.stdout).toMatch(/binding target: (fillRate|tripWaitP95Min|stockoutSlotHoursPer1000PatientDays)/);
  }, 60_000);

  it('--models, --par and --planogram per-cabinet: the JSON plan names its model and par level and has one plan per cabinet (model, routed share, slots); the text shows that table', () => {
    const args = ['size', '--scenario', 'county-mch', '--days', '3', '--replications', '2', '--max-replications', '2', '--rounds', '1', '--max-cabinets', '3', '--min-fill-rate', '0', '--max-stockout-hours', '1000000000', '--max-wait-p95', '1000000', '--models', 'mc-60,large-96', '--par', '0.2,0.4', '--planogram', 'per-cabinet', '--workers', '0'];
    const r = wardtwin([...args, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { planogram: string; parShare: number; cabinets: number; cabinetPlans: { id: string; modelId: string; demandShare: number; slotAllocation: Record<string, number> }[]; evaluations: { modelId: string; parShare: number }[] };
    expect(out.planogram).toBe('per-cabinet');
    expect([0.2, 0.4]).toContain(out.parShare);
    expect(out.cabinetPlans).toHaveLength(out.cabinets);
    for (const p of out.cabinetPlans) expect(['mc-60', 'large-96']).toContain(p.modelId);
    expect(new Set(out.evaluations.map((e) => `${e.modelId}/${e.parShare}`)).size).toBe(4);
    const text = wardtwin(args);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('planogram per-cabinet');
    expect(text.stdout).toMatch(/cab-1\s+(mc-60|large-96)\s+[\d.]+/);
  }, 90_000);

  it('--nurse-minute-value: the header gives the value, the plan shows its benefit beside its cost, and the JSON carries it', () => {
    const args = ['size', '--scenario', 'county-mch', '--days', '3', '--replications', '2', '--max-replications', '2', '--rounds', '1', '--max-cabinets', '2', '--min-fill-rate', '0.5', '--max-stockout-hours', '1000000000', '--max-wait-p95', '1000000', '--nurse-minute-value', '1.5', '--workers', '0'];
    const r = wardtwin([...args, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { cost: { total: number }; benefit: { nurseMinuteValue: number; nurseSupplyMinutesFreedPerYear: { mean: number }; benefitCnyPerYear: { mean: number }; benefitPerCost: number } };
    expect(out.benefit.nurseMinuteValue).toBe(1.5);
    expect(out.benefit.benefitCnyPerYear.mean).toBeCloseTo(out.benefit.nurseSupplyMinutesFreedPerYear.mean * 1.5, 6);
    expect(out.benefit.benefitPerCost).toBeCloseTo(out.benefit.benefitCnyPerYear.mean / out.cost.total, 12);
    const text = wardtwin(args);
    expect(text.stdout).toContain('nurse minute freed CNY 1.5');
    // The benefit line follows the cost lines, with its interval.
    expect(text.stdout.indexOf('\nbenefit CNY ')).toBeGreaterThan(text.stdout.indexOf('\ncost CNY '));
    expect(text.stdout).toMatch(/\nbenefit CNY [\d,.-]+ \[/);
    expect(text.stdout).toContain('against the ward without cabinets');
    expect(wardtwin(['size', '--nurse-minute-value', '-1']).status).toBe(2);
  }, 90_000);

  it('bad flag values exit 2', () => {
    expect(wardtwin(['size', '--curve', '5:1:1']).status).toBe(2);
    expect(wardtwin(['size', '--min-fill-rate', '2']).status).toBe(2);
    expect(wardtwin(['size', '--cabinet-cost', '-5']).status).toBe(2);
    expect(wardtwin(['size', '--rounds', '7']).status).toBe(2);
    expect(wardtwin(['size', '--planogram', 'random']).status).toBe(2);
    expect(wardtwin(['size', '--par', '1.5']).status).toBe(2);
    const unknown = wardtwin(['size', '--models', 'mc-60,nope', '--days', '1']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('models[1](="nope")');
  });
});
