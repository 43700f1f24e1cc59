import { describe, expect, it } from 'vitest';
import { parseHospitals } from '../../../../engine/experiment/portfolio/hospital-row.js';
import { runPortfolio, MAX_PORTFOLIO_HOSPITALS } from '../../../../engine/experiment/portfolio/run-portfolio.js';
import type { PortfolioEntry } from '../../../../engine/experiment/portfolio/run-portfolio.js';
import { rankHospitals } from '../../../../engine/experiment/portfolio/rank-hospitals.js';
import { portfolioCsv, PORTFOLIO_CSV_COLUMNS } from '../../../../engine/experiment/portfolio/portfolio-csv.js';
import { parseCsv } from '../../../../engine/experiment/portfolio/csv-parse.js';
import { createPoolExecutor } from '../../../../engine/experiment/executors/index.js';
import { loadPreset } from '../../../../scenarios/index.js';
import type { Scenario } from '../../../../scenarios/index.js';

const presets = (name: string): Scenario => {
  const r = loadPreset(name);
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

const CSV = '\uFEFFname,annual deliveries,hospital type,24h convenience,floor space,separate obstetrics\r\n'
  + '"县医院, 北院",1400,1,否,是,是\r\n市妇幼,5000,3,否,是,是\r\nbroken,x,3,no,yes,yes\r\n无场地,2500,2,no,no,yes\r\n';

const entry = (line: number, status: PortfolioEntry['status'], benefitPerCost: number | null): PortfolioEntry => ({
  rank: null, line, name: `h${line}`, annualDeliveries: 1000, hospitalType: 'general', preset: 'county-mch', status, reason: null, flags: [], assumptions: [],
  plan: null, effects: null, benefitPerCost, nurseMinutesPer10kCny: null,
});

describe('rankHospitals()', () => {
  it('ranks planned hospitals by benefit per cost (ties by line), then those without a plan, then those not eligible', () => {
    const ranked = rankHospitals([entry(2, 'not-eligible', null), entry(3, 'planned', 0.5), entry(4, 'no-plan', null), entry(5, 'planned', 2), entry(6, 'planned', 0.5)]);
    expect(ranked.map((e) => [e.line, e.rank])).toEqual([[5, 1], [3, 2], [6, 3], [4, null], [2, null]]);
  });
});

describe('runPortfolio()', () => {
  it('plans each eligible hospital, runs its yearly effects with CIs against the baseline, ranks by benefit per cost, and keeps the refused row', async () => {
    const parsed = parseHospitals(CSV);
    const progress: number[] = [];
    const r = await runPortfolio(parsed.hospitals, presets, {
      days: 3, replications: 2, maxReplications: 2, rounds: [1, 2], maxCabinets: 6, seed: 3,
      targets: { minFillRate: 0.9, maxTripWaitP95Min: 60, maxStockoutSlotHoursPer1000PatientDays: 1e6 },
      onProgress: (p) => progress.push(p.done),
    }, parsed.errors);
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(r.hospitals.map((h) => [h.name, h.status])).toEqual(expect.arrayContaining([['无场地', 'not-eligible']]));
    expect(r.hospitals[2]).toMatchObject({ name: '无场地', rank: null, plan: null, effects: null });
    const planned = r.hospitals.filter((h) => h.status === 'planned');
    expect(planned.map((h) => h.rank)).toEqual([1, 2]);
    expect(planned[0].benefitPerCost!).toBeGreaterThanOrEqual(planned[1].benefitPerCost!);
    for (const h of planned) {
      const e = h.effects!;
      expect(e).toMatchObject({ method: 'paired-crn', replications: 2, horizonDays: 3 });
      for (const s of [e.nurseSupplyMinutesFreedPerYear, e.boundaryCrossingsAvoidedPerYear, e.expectedInfectionsAvoidedPerYear, e.benefitCnyPerYear]) {
        expect(s.n).toBe(2);
        expect(s.ci95![0]).toBeLessThanOrEqual(s.mean);
      }
      // The benefit is the valued sum of the three effects (linear, so the means add up).
      const v = r.values;
      expect(e.benefitCnyPerYear.mean).toBeCloseTo(e.nurseSupplyMinutesFreedPerYear.mean * v.nurseMinute + e.boundaryCrossingsAvoidedPerYear.mean * v.boundaryCrossing + e.expectedInfectionsAvoidedPerYear.mean * v.infection, 6);
      expect(h.benefitPerCost).toBeCloseTo(e.benefitCnyPerYear.mean / h.plan!.costPerYear, 12);
      expect(h.plan!.roundHours).toHaveLength(h.plan!.roundsPerDay);
    }
    expect(r.rowErrors).toEqual([expect.objectContaining({ line: 4, column: 2, rule: 'integer' })]);
    const csv = portfolioCsv(r);
    expect(csv.startsWith('\uFEFFrank,line,name,')).toBe(true);
    expect(csv).toContain('"县医院, 北院"');
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(1 + 3 + 1);
    // Read back with the form's own parser: every row has every column, in rank order, refused row last.
    const back = parseCsv(csv).map((rec) => Object.fromEntries(PORTFOLIO_CSV_COLUMNS.map((c, k) => [c, rec.fields[k]])));
    expect(back.slice(1).map((row) => [row.rank, row.line, row.status])).toEqual([['1', String(planned[0].line), 'planned'], ['2', String(planned[1].line), 'planned'], ['', '5', 'not-eligible'], ['', '4', 'refused']]);
    expect(back[4].reason).toContain('column 2 (annual deliveries): integer');
    expect(back[1].assumptions).toContain('preset (A): ');
    expect(Number(back[1].benefitPerCost)).toBeCloseTo(planned[0].benefitPerCost!, 5);
  });

  it('a hospital whose targets cannot be met within the limits is listed without a plan, with the targets missed, after the planned ones', async () => {
    const [a, b] = parseHospitals(CSV).hospitals;
    const r = await runPortfolio([{ ...a, annualDeliveries: 30_000 }, { ...b, annualDeliveries: 300 }], presets, {
      days: 2, replications: 2, maxReplications: 2, rounds: [1], maxCabinets: 1, targets: { minFillRate: 0.97, maxTripWaitP95Min: 60, maxStockoutSlotHoursPer1000PatientDays: 1e6 },
      costs: { cabinetPerYear: 1 },
    });
    // One cabinet serves 300 deliveries a year but not 30,000 at a fill rate of 0.97.
    const big = r.hospitals.find((h) => h.line === a.line)!;
    expect(big).toMatchObject({ status: 'no-plan', rank: null, plan: null, effects: null });
    expect(big.reason).toMatch(/fillRate|tripWaitP95Min/);
    expect(r.hospitals.map((h) => h.line)).toEqual([b.line, a.line]);
  });

  it('gives the same bytes on the worker-thread pool as in process', async () => {
    const rows = parseHospitals(CSV).hospitals.slice(0, 2);
    const o = { days: 2, replications: 2, maxReplications: 2, rounds: [1], maxCabinets: 4, seed: 9, targets: { minFillRate: 0.8, maxTripWaitP95Min: 60, maxStockoutSlotHoursPer1000PatientDays: 1e6 } };
    const pool = createPoolExecutor({ workers: 2 });
    try {
      const pooled = await runPortfolio(rows, presets, { ...o, executor: pool });
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(await runPortfolio(rows, presets, o)));
    } finally {
      await pool.close();
    }
  });

  it(`refuses more than ${MAX_PORTFOLIO_HOSPITALS} hospitals and bad options before any run`, async () => {
    const one = parseHospitals(CSV).hospitals[0];
    const many = Array.from({ length: MAX_PORTFOLIO_HOSPITALS + 1 }, (_, k) => ({ ...one, line: k + 2 }));
    await expect(runPortfolio(many, presets)).rejects.toThrow(`at most ${MAX_PORTFOLIO_HOSPITALS}`);
    await expect(runPortfolio([one], presets, { replications: 1 })).rejects.toThrow('replications(=1) must be an integer >= 2');
    await expect(runPortfolio([one], presets, { values: { infection: -1 } })).rejects.toThrow('values.infection(=-1)');
  });
});
