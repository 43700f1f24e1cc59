import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../scenarios/index.js';
import { planSensitivity } from '../../../../engine/experiment/sensitivity/plan-sensitivity.js';
import { runSensitivity } from '../../../../engine/experiment/sensitivity/run-sensitivity.js';
import { morrisDesign } from '../../../../engine/experiment/sensitivity/morris.js';
import { unitRandom } from '../../../../engine/experiment/sensitivity/unit-random.js';
import { scenarioAt } from '../../../../engine/experiment/sensitivity/ward-evaluation.js';
import { insideShift, roundsFollowShift } from '../../../../engine/experiment/sensitivity/rounds-follow-shift.js';
import { preset } from '../preset.js';

const SHIFT = [{ path: '/people/restockerShiftStartHour', lo: 4, hi: 12 }, { path: '/people/restockerShiftHours', lo: 4, hi: 12 }];

describe('restock rounds follow the restocker shift in a sensitivity design', () => {
  it('keeps each round at its share of the shift: 07:00 and 18:30 in 07:00-19:00 become 08:00 and 16:37.5 in 08:00-17:00', () => {
    const base = preset('county-mch', 2);
    expect(base.restock.roundHours).toEqual([7, 18.5]);
    const moved = roundsFollowShift(base, { ...base, people: { ...base.people, restockerShiftStartHour: 8, restockerShiftHours: 9 } });
    expect(moved.restock.roundHours).toEqual([8, 16.625]);
    expect(roundsFollowShift(base, base)).toBe(base);
    // a night shift that wraps midnight
    const night = roundsFollowShift(base, { ...base, people: { ...base.people, restockerShiftStartHour: 22, restockerShiftHours: 8 } });
    expect(night.restock.roundHours[0]).toBe(22);
    expect(night.restock.roundHours[1]).toBeCloseTo(5 + 2 / 3, 9);
    expect(validateScenario(night).ok).toBe(true);
  });

  it('every design point varying the shift start and length is a valid scenario with its rounds inside the shift', () => {
    const base = preset('county-mch', 2);
    const planned = planSensitivity({ scenario: base, factors: SHIFT, kpis: ['fillRate'], trajectories: 20 });
    if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
    const design = morrisDesign(2, 20, unitRandom(base.run.seed, 'morris-design'));
    for (const u of design.points) {
      const s = scenarioAt(base, planned.plan.factors, u);
      for (const h of s.restock.roundHours) expect(insideShift(h, s.people.restockerShiftStartHour, s.people.restockerShiftHours)).toBe(true);
    }
  });

  it('a sensitivity run varying the shift succeeds and says the rounds follow the shift', async () => {
    const planned = planSensitivity({ scenario: preset('county-mch', 2), factors: SHIFT, kpis: ['fillRate'], trajectories: 2, resamples: 20 });
    if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
    const r = await runSensitivity(planned.plan);
    expect(r.roundsFollowShift).toBe(true);
    expect(r.kpis.fillRate.morris.map((m) => m.path).sort()).toEqual(SHIFT.map((f) => f.path).sort());
  });

  it('refuses a round factor whose range leaves the base shift, with its path and rule `shift`', () => {
    const planned = planSensitivity({ scenario: preset('county-mch', 2), factors: [{ path: '/restock/roundHours/0', lo: 5, hi: 9 }, { path: '/restock/roundHours/1', lo: 12, hi: 18 }], kpis: ['fillRate'] });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.errors.map((e) => [e.path, e.rule])).toEqual([['/restock/roundHours/0', 'shift']]);
    expect(planned.errors[0].params).toMatchObject({ limit: '07:00-19:00', got: '05:00-09:00' });
  });

  it('cuts a round factor given without a range to the shift (07:00 ± 50 % would start at 03:30), so every design point is valid', () => {
    const planned = planSensitivity({ scenario: preset('county-mch', 2), factors: [{ path: '/restock/roundHours/0' }, { path: '/restock/roundHours/1' }], kpis: ['fillRate'] });
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const [first, second] = planned.plan.factors;
    expect([first.lo, first.hi]).toEqual([7, 10.5]);
    expect(second.lo).toBeCloseTo(9.25, 9);
    expect(second.hi).toBeCloseTo(19 - 1 / 60, 9);
    for (const f of planned.plan.factors) for (const h of [f.lo, f.hi]) expect(insideShift(h, 7, 12)).toBe(true);
  });
});
