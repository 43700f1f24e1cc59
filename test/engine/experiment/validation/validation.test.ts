import { describe, expect, it } from 'vitest';
import { chiSquaredTest, upperGammaQ } from '../../../../engine/experiment/validation/chi-squared.js';
import { expectedBirths, weekendDip } from '../../../../engine/experiment/validation/expected-births.js';
import { runValidation } from '../../../../engine/experiment/validation/run-validation.js';
import { validationRowText } from '../../../../engine/experiment/validation/check-names.js';
import { bandRow, pooledRow, verifyRow } from '../../../../engine/experiment/validation/validation-rows.js';
import { PUBLISHED_BANDS, VISITOR_BAN_REDUCTION } from '../../../../engine/experiment/validation/published-bands.js';
import { simulateWard } from '../../../../engine/ward/index.js';
import { preset } from '../preset.js';

describe('chi-squared', () => {
  it('upperGammaQ() gives the tabulated 5 % critical values', () => {
    expect(upperGammaQ(0.5, 3.841 / 2)).toBeCloseTo(0.05, 3);
    expect(upperGammaQ(5, 18.307 / 2)).toBeCloseTo(0.05, 3);
    expect(upperGammaQ(11.5, 35.172 / 2)).toBeCloseTo(0.05, 3);
  });

  it('chiSquaredTest() accepts counts that follow the shares and rejects counts that do not', () => {
    expect(chiSquaredTest([250, 250, 500], [1, 1, 2]).pValue).toBeCloseTo(1, 6);
    expect(chiSquaredTest([400, 100, 500], [1, 1, 2]).pValue).toBeLessThan(1e-6);
    expect(chiSquaredTest([1, 0], [0, 1]).pValue).toBe(0);
  });
});

describe('validation rows', () => {
  const src = { en: 's', 'zh-CN': '来源' };
  it('verifyRow() fails a model mean far outside its interval, and bandRow() reports outside band', () => {
    expect(verifyRow('x', 10, src, [10.1, 9.9, 10.05]).verdict).toBe('pass');
    expect(verifyRow('x', 12, src, [10.1, 9.9, 10.05]).verdict).toBe('fail');
    expect(bandRow('y', 11.5, 46, src, [3.2, 3.3]).verdict).toBe('outside band');
    expect(bandRow('y', 11.5, 46, src, null).verdict).toBe('not measured');
    expect(pooledRow('b', 100, src, [98, 103], { observed: 201, expected: 200, variance: 200 }).verdict).toBe('pass');
    expect(pooledRow('b', 100, src, [130, 131], { observed: 261, expected: 200, variance: 200 }).verdict).toBe('fail');
  });

  it('a row carries its source and note in both languages, the tolerance and pooled test written in each', () => {
    const v = verifyRow('x', 10, src, [10.1, 9.9], 0.25, { en: 'peak 0.3', 'zh-CN': '高峰 0.3' });
    expect([v.source, v.note]).toEqual(['s', 'tolerance ±25.0 %; peak 0.3']);
    expect(v.zh).toEqual({ source: '来源', note: '容差 ±25.0%；高峰 0.3' });
    const p = pooledRow('b', 100, src, [98, 103], { observed: 201, expected: 200, variance: 200 });
    expect(p.note).toMatch(/^pooled z 0\.07, p 0\.9\d\d$/);
    expect(p.zh.note).toMatch(/^合并 z 0\.07，p 0\.9\d\d$/);
    expect(validationRowText(v, 'zh-CN')).toEqual(v.zh);
    // A report stored before rows carried Chinese reads in English rather than failing.
    expect(validationRowText({ source: 's', note: 'n' }, 'zh-CN')).toEqual({ source: 's', note: 'n' });
  });

  it('every published band names its source and holds its value', () => {
    for (const b of PUBLISHED_BANDS) {
      expect(b.source.length).toBeGreaterThan(5);
      expect(b.lo <= b.value && b.value <= b.hi).toBe(true);
    }
  });
});

describe('runValidation', () => {
  it('diagnostics leave the KPIs byte-identical and count the window births', () => {
    const s = preset('county-mch', 20);
    const plain = simulateWard(s, { seed: 3, replication: 0 });
    const diag = simulateWard(s, { seed: 3, replication: 0, diagnostics: true });
    expect(JSON.stringify(diag.kpis)).toBe(JSON.stringify(plain.kpis));
    expect(diag.diagnostics!.birthsByHour.reduce((a, b) => a + b, 0)).toBe(plain.kpis.deliveries);
    expect(diag.diagnostics!.birthsByWeekday.reduce((a, b) => a + b, 0)).toBe(plain.kpis.deliveries);
  });

  it('expectedBirths() spreads the annual volume over the window', () => {
    const s = preset('county-mch', 365);
    const e = expectedBirths(s);
    expect(e.deliveries).toBeCloseTo(s.births.annualDeliveries, -1);
    expect(e.byHour.reduce((a, b) => a + b, 0)).toBeCloseTo(e.deliveries, 6);
  });

  it('the weekend dip counts the days of each weekday a window holds: 10 even days from Monday have no dip', () => {
    const s = preset('county-mch', 10);
    const days = expectedBirths({ ...s, run: { ...s.run, warmupDays: 0, startWeekday: 0 } }).daysByWeekday;
    expect(days).toEqual([2, 2, 2, 1, 1, 1, 1]);
    expect(weekendDip(days.map((d) => 10 * d), days)).toBeCloseTo(0, 12);
    // Half as many births per weekend day as per weekday is a dip of -50 %, whatever the window.
    expect(weekendDip([20, 20, 20, 10, 10, 5, 5], days)).toBeCloseTo(-0.5, 12);
  });

  it('on county-mch every verification row passes and the calibrated contact levels and room entries fall inside the published bands', async () => {
    const r = await runValidation(preset('county-mch', 60), preset('county-mch-baseline', 60), { replications: 4 });
    // No county-mch trip goes to the shop (cabinets and the nurse station meet every line), so that row is not measured.
    expect(r.verification.map((x) => [x.check, x.verdict]).filter(([, v]) => v !== 'pass')).toEqual([['shop queue wait [min]', 'not measured']]);
    expect(r.verified).toBe(true);
    const contacts = r.validation.find((x) => x.check.startsWith('contact episodes'))!;
    expect(contacts.verdict).toBe('inside band');
    expect(r.validation.find((x) => x.check.startsWith('room entries'))!.verdict).toBe('inside band');
    expect(r.validation.find((x) => x.check.includes('nurseSupplyMinutesPerShift'))!.verdict).toBe('inside band');
    expect(r.validation.find((x) => x.check.startsWith('visitor-ban'))!.verdict).toBe('inside band');
    // Every source and note is written in Chinese too: a sentence, not the English copied over.
    for (const row of [...r.verification, ...r.validation]) {
      for (const [en, zh] of [[row.source, row.zh.source], [row.note, row.zh.note]]) {
        expect(zh === '', `${row.check}: ${en}`).toBe(en === '');
        if (en !== '') expect(zh, row.check).toMatch(/[\u4e00-\u9fff]/);
        expect(zh, row.check).not.toMatch(/\b(the|at|and|of|by|per|over|with|in|on|no|a)\b/);
      }
    }
  }, 120_000);

  it('the visitor-ban effect rests on visitors carrying the community prevalence: at the companions\' prevalence it falls far below the field band', async () => {
    const s = preset('county-mch', 60);
    const visitorBan = async (visitor: number): Promise<number> => {
      const r = await runValidation({ ...s, contacts: { ...s.contacts, prevalence: { ...s.contacts.prevalence, visitor } } }, null, { replications: 2 });
      return r.validation.find((x) => x.check.startsWith('visitor-ban'))!.model!.mean;
    };
    const community = await visitorBan(s.contacts.prevalence.visitor);
    const asCompanions = await visitorBan(s.contacts.prevalence.companion);
    expect(community).toBeGreaterThan(VISITOR_BAN_REDUCTION.lo);
    expect(community).toBeLessThan(VISITOR_BAN_REDUCTION.hi);
    expect(asCompanions).toBeLessThan(0.2);
  }, 120_000);
});
