import { describe, expect, it } from 'vitest';
import { erlangC } from '../../../../engine/kernel/index.js';
import { runValidation } from '../../../../engine/experiment/index.js';
import { compoundPoissonTail, compoundTail, countLaw, stockoutTheory } from '../../../../engine/experiment/validation/order-up-to.js';
import { blockedWait, mgcWait, nurseWaits } from '../../../../engine/experiment/validation/queue-theory.js';
import { expectedUnitsPerDelivery } from '../../../../engine/experiment/validation/expected-consumption.js';
import { simulateWard } from '../../../../engine/ward/index.js';
import { preset } from '../preset.js';

describe('queue theory for the validation report', () => {
  it('mgcWait() is Erlang C for exponential service and Pollaczek-Khinchine for one server', () => {
    // Exponential service: E[S^2] = 2 E[S]^2, cs^2 = 1.
    expect(mgcWait(0.5, 1, 2, 2)).toBeCloseTo(erlangC(0.5, 1, 2).meanWait, 12);
    // M/D/1: W = rho E[S] / (2 (1 - rho)).
    expect(mgcWait(0.5, 1, 1, 1)).toBeCloseTo(0.5, 12);
    expect(mgcWait(2, 1, 1, 1)).toBe(Infinity);
  });

  it('blockedWait() is P-K without restock and adds the restock residual work', () => {
    expect(blockedWait({ lambda: 0, es: 0, es2: 0 }, { lambda: 0.5, es: 1, es2: 1 })).toBeCloseTo(0.5, 12);
    // One 8-minute visit an hour, families rare: wait = (1/60) * 64 / 2.
    expect(blockedWait({ lambda: 1 / 60, es: 8, es2: 64 }, { lambda: 1e-9, es: 0.5, es2: 0.25 })).toBeCloseTo(64 / 120, 6);
  });

  it('nurseWaits() weights each hour by its arrivals', () => {
    const cells = { count: new Array<number>(24).fill(0), waitMin: new Array<number>(24).fill(0), serviceMin: new Array<number>(24).fill(0), serviceSqMin: new Array<number>(24).fill(0) };
    cells.count[3] = 30; // 30 arrivals in 60 min: lambda 0.5/min, deterministic 1-min service
    cells.serviceMin[3] = 30;
    cells.serviceSqMin[3] = 30;
    cells.waitMin[3] = 15;
    const w = nurseWaits(cells, 60, new Array<number>(24).fill(1));
    expect(w.theory).toBeCloseTo(0.5, 12);
    expect(w.observed).toBeCloseTo(0.5, 12);
    expect(w.peakRho).toBeCloseTo(0.5, 12);
  });
});

describe('order-up-to theory', () => {
  it('compoundPoissonTail() with unit lines is the Poisson tail', () => {
    // P(N >= 3), N ~ Poisson(2) = 1 - e^-2 (1 + 2 + 2) = 0.3233
    expect(compoundPoissonTail(2, [0, 1], 3)).toBeCloseTo(1 - Math.exp(-2) * 5, 12);
    // Lines of 2 units: D >= 3 iff N >= 2.
    expect(compoundPoissonTail(2, [0, 0, 1], 3)).toBeCloseTo(1 - Math.exp(-2) * 3, 12);
    expect(compoundPoissonTail(2, [0, 1], 0)).toBe(1);
  });

  it('countLaw() is Poisson, binomial or negative binomial by the dispersion, with the mean kept', () => {
    for (const d of [0.5, 1, 2]) {
      const law = countLaw(3, d);
      // Mean from the (a, b, 0) recursion: E N = (a + b) / (1 - a).
      expect((law.a + law.b) / (1 - law.a)).toBeCloseTo(3, 9);
      expect(law.pgf(1)).toBeCloseTo(1, 12);
    }
    // Binomial(6, 0.5): P(N >= 6) = 1/64 with unit lines.
    expect(compoundTail(countLaw(3, 0.5), [0, 1], 6)).toBeCloseTo(1 / 64, 12);
  });

  it('stockoutTheory() stays at 0 far beyond a strongly under-dispersed demand (binomial Panjer would blow up there)', () => {
    // Dispersion about 0.13 (each patient asks about once a night), at most ~8 lines of 1-4 units: 256 units are never reached.
    // 6 windows of 15 units, variance 9.2: count dispersion ((9.2 / 15) 2.085 - 0.717) / 2.085^2 = 0.13.
    const none = { linesByHour: new Array<number>(24).fill(0), lineUnits: [0], windowUnits: 0, windowUnitsSq: 0 };
    const pair = {
      cabinet: 0, sku: 0, linesByHour: new Array<number>(24).fill(4.67), stockedMinByHour: new Array<number>(24).fill(7 * 60), lineUnits: [0, 12, 22, 10, 3],
      cycles: [[1140, 590, 256, 6, 0] as [number, number, number, number, number]], windowUnits: 90, windowUnitsSq: 1396, admission: none, windowUnitsCross: 0,
    };
    const t = stockoutTheory([pair]);
    expect(t.dispersion).toBeLessThan(0.2);
    expect(t.expected).toBeLessThan(1e-9);
  });

  it('stockoutTheory() sums P(D >= S) over the cycles at the hourly rates', () => {
    const none = { linesByHour: new Array<number>(24).fill(0), lineUnits: [0], windowUnits: 0, windowUnitsSq: 0 };
    const pair = {
      cabinet: 0, sku: 0, linesByHour: new Array<number>(24).fill(60), stockedMinByHour: new Array<number>(24).fill(60 * 60), lineUnits: [0, 1],
      cycles: [[0, 120, 3, 2, 1] as [number, number, number, number, number]], windowUnits: 4, windowUnitsSq: 10, admission: none, windowUnitsCross: 0,
    };
    // 60 lines per hour over 60 days stocked = 1/60 per min; a 120-min cycle: Lambda = 2.
    const t = stockoutTheory([pair]);
    expect(t.expected).toBeCloseTo(2 * (1 - Math.exp(-2) * 5), 12);
    expect(t.observed).toBe(1);
    expect(t.cycles).toBe(2);
  });
});

describe('consumption per delivery', () => {
  it('expectedUnitsPerDelivery() is the curve times a fixed stay when stays do not vary', () => {
    const s = preset('county-mch', 30);
    const fixed = { ...s, stays: { ...s.stays, vaginalMeanDays: 2, vaginalSdDays: 0, caesareanMeanDays: 2, caesareanSdDays: 0, nicuShare: 0 }, births: { ...s.births, twinShare: 0 } };
    const perDay = (item: (typeof s.catalog.items)[number], d: number): number => [...item.curve].filter((c) => c.fromDay <= d).pop()?.perDay ?? 0;
    const want = fixed.catalog.items.filter((i) => i.condition !== 'nicu-pumping').reduce((a, i) => a + perDay(i, 0) + perDay(i, 1), 0);
    expect(expectedUnitsPerDelivery(fixed, 0.3)).toBeCloseTo(want, 6);
  });
});

describe('diagnostics for the theory rows', () => {
  it('record queues and restock cycles without changing the KPIs', () => {
    const s = preset('county-mch', 20);
    const plain = simulateWard(s, { seed: 1, replication: 0 });
    const withDiag = simulateWard(s, { seed: 1, replication: 0, diagnostics: true });
    expect(JSON.stringify(withDiag.kpis)).toBe(JSON.stringify(plain.kpis));
    const q = withDiag.diagnostics!.queues;
    const kpis = withDiag.kpis as unknown as Record<string, number>;
    expect(q.cabinets.reduce((a, c) => a + c.count.reduce((x, y) => x + y, 0), 0)).toBeGreaterThan(0);
    expect(q.restocks.reduce((a, c) => a + c.count.reduce((x, y) => x + y, 0), 0)).toBeGreaterThan(0);
    expect(withDiag.diagnostics!.stockCycles.length).toBeGreaterThan(0);
    expect(kpis.trips).toBeGreaterThan(0);
  });

  it('county-mch: the queue, stock-out and consumption rows are there and pass', async () => {
    const r = await runValidation(preset('county-mch', 60), null, { replications: 3 });
    const byCheck = new Map(r.verification.map((row) => [row.check, row]));
    for (const check of ['nurse-station wait [min]', 'cabinet queue wait [min]', 'night stock-outs [per replication]', 'units used per delivery']) {
      expect(byCheck.get(check)?.verdict, check).toBe('pass');
    }
    expect(byCheck.get('cabinet queue wait [min]')!.expected).toBeGreaterThan(0);
    expect(r.verified).toBe(true);
  });
});
