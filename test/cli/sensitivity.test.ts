import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parameterName, unitName } from '../../scenarios/index.js';
import { wardtwin } from '../_support/wardtwin.js';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'wardtwin-sensitivity-'));
}

describe('wardtwin sensitivity', () => {
  it('an unknown parameter, a range outside the schema and an unknown KPI exit 2 with path and rule, writing nothing', () => {
    const d = dir();
    const r = wardtwin(['sensitivity', 'county-mch', '--workers', '0', '--factors', '/people/nope,/births/caesareanShare=0:2', '--kpi', 'bogus', '--csv', join(d, 'o.csv'), '--out', join(d, 'o.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/people/nope');
    expect(r.stderr).toContain('unknownParameter');
    expect(r.stderr).toContain('/births/caesareanShare');
    expect(r.stderr).toContain('schema bounds 0..1');
    expect(r.stderr).toContain('unknownKpi');
    expect(readdirSync(d)).toEqual([]);
  });

  it('varying the restocker shift runs, each round keeping its place in the shift; a round factor leaving the shift exits 2 with path and rule', () => {
    const d = dir();
    const ok = wardtwin(['sensitivity', 'county-mch', '--workers', '0', '--days', '2', '--trajectories', '2', '--factors', '/people/restockerShiftStartHour=4:12,/people/restockerShiftHours=4:12', '--kpi', 'fillRate']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('restock rounds follow the restocker shift');
    const bad = wardtwin(['sensitivity', 'county-mch', '--workers', '0', '--factors', '/restock/roundHours/0=3:8', '--kpi', 'fillRate', '--out', join(d, 'o.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('/restock/roundHours/0');
    expect(bad.stderr).toContain('shift');
    expect(readdirSync(d)).toEqual([]);
  }, 60_000);

  it('a comparison writes CSV (for Excel, with names in the language asked) and JSON ranked by mu*, with a verdict per factor', () => {
    const d = dir();
    const r = wardtwin(['sensitivity', 'county-mch-baseline', 'county-mch', '--workers', '0', '--days', '3', '--trajectories', '2', '--factors', '/channels/nurseHandoverMinutes,/channels/nurseStationStockShare=0.9:1', '--kpi', 'nurseSupplyMinutesPerShift', '--csv', join(d, 'o.csv'), '--out', join(d, 'o.json'), '--json', '--lang', 'zh']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { baselineId: string; kpis: Record<string, { morris: { rank: number; verdict: string; muStar: number }[] }> };
    expect(out.baselineId).toBe('county-mch-baseline');
    const rows = out.kpis.nurseSupplyMinutesPerShift.morris;
    expect(rows.map((x) => x.rank)).toEqual([1, 2]);
    expect(rows[0].muStar).toBeGreaterThanOrEqual(rows[1].muStar);
    const text = readFileSync(join(d, 'o.csv'), 'utf8');
    expect(text.startsWith('\uFEFFkpi,kpi_name,at_base,rank,factor,factor_name,lo,hi,unit,basis,')).toBe(true);
    const csv = text.slice(1).trimEnd().split('\r\n');
    expect(csv).toHaveLength(3);
    const byFactor = new Map(csv.slice(1).map((line) => { const cells = line.split(','); return [cells[4], cells]; }));
    const handover = byFactor.get('/channels/nurseHandoverMinutes');
    expect(handover?.[5]).toBe(parameterName('/channels/nurseHandoverMinutes', 'zh-CN'));
    expect(handover?.[5]).toMatch(/[\u4e00-\u9fff]/);
    expect(handover?.[1]).toMatch(/[\u4e00-\u9fff]/);
    expect(handover?.[8]).toBe(unitName('min', 'zh-CN'));
  }, 60_000);
});
