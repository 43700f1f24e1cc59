import { describe, expect, it } from 'vitest';
import type { CurvePoint, SizingCurve } from '../../engine/index.js';
import { curveCsv, formatCurve } from '../../server/cli/experiments/size-output.js';

const point = (deliveries: number, benefit?: { minutes: number; cny: number }): CurvePoint => ({
  deliveries, cabinets: 2, roundsPerDay: 2, modelId: 'mc-60', parShare: 0.25, roundHours: [7, 18.5], costPerYear: 70000, nursesByShift: { A: 3 },
  bindingTarget: 'fillRate', slotAllocation: { pad: 4 }, restockLaborHoursPerDay: 1.25, inventoryUnitsMean: 900, fillRate: 0.996, tripWaitP95Min: 2.5,
  stockoutSlotHoursPer1000PatientDays: 12, evaluations: 9,
  ...(benefit !== undefined ? { nurseSupplyMinutesFreedPerYear: benefit.minutes, benefitCnyPerYear: benefit.cny } : {}),
});

const curve = (points: CurvePoint[], nurseMinuteValue?: number): SizingCurve => ({
  kind: 'sizing-curve', targets: { minFillRate: 0.995, maxTripWaitP95Min: 5, maxStockoutSlotHoursPer1000PatientDays: 50 },
  costs: { cabinetPerYear: 30000, restockLaborPerHour: 50, holdingPerUnitYear: 1.5 }, seed: 1, commonRandomNumbers: true, costRisesWithRounds: false, curve: points,
  ...(nurseMinuteValue !== undefined ? { nurseMinuteValue } : {}),
});

describe('the size curve as text and CSV', () => {
  it('says when the search assumed that cost does not fall as rounds are added, and only then', () => {
    const c = curve([point(1000)]);
    expect(formatCurve(c)).not.toContain('Assumed (A)');
    expect(formatCurve({ ...c, costRisesWithRounds: true })).toContain('Assumed (A): at a fixed cabinet count cost does not fall as rounds are added');
  });

  it('without a nurse-minute value: no benefit column (the table and CSV as before)', () => {
    const c = curve([point(1000), point(2000)]);
    expect(formatCurve(c)).not.toContain('benefit');
    expect(curveCsv(c).split('\n')[0]).toBe('deliveries,cabinets,modelId,parShare,roundsPerDay,costPerYear,restockLaborHoursPerDay,inventoryUnitsMean,fillRate,tripWaitP95Min,stockoutSlotHoursPer1000PatientDays,bindingTarget,evaluations,roundTimes');
  });

  it('with one: the table has the benefit beside the cost, the CSV the minutes freed and the benefit of each point', () => {
    const c = curve([point(1000, { minutes: 30000, cny: 45000 }), point(2000, { minutes: 50000, cny: 75000 })], 1.5);
    // The table fits 80 columns: headers wrap ("benefit" over "CNY/yr") beside the cost column.
    const text = formatCurve(c);
    expect(text.split('\n')[0]).toMatch(/^\s+benefit\s+labour$/);
    expect(text).toMatch(/\n\s+1000\s+2\s+mc-60\s+07:00 18:30\s+70,000\s+45,000\s+1\.25/);
    const csv = curveCsv(c).split('\n');
    expect(csv[0].endsWith(',roundTimes,nurseSupplyMinutesFreedPerYear,benefitCnyPerYear')).toBe(true);
    expect(csv[2].endsWith(',07:00 18:30,50000,75000')).toBe(true);
  });
});
