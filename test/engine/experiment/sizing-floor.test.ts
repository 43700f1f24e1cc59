import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cabinetFloor } from '../../../engine/experiment/sizing-floor.js';
import { configureWard } from '../../../engine/experiment/ward-plan.js';
import { sizeWard } from '../../../engine/experiment/ward-sizing.js';
import { runReplicationJob, replicationJobs } from '../../../engine/experiment/replication-job.js';
import { checkTargets, overallVerdict, resolveTargets } from '../../../engine/experiment/sizing-targets.js';
import { loadPreset } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';

const city = (): Scenario => {
  const r = loadPreset('city-mch');
  if (!r.ok) throw new Error('city-mch');
  return r.scenario;
};

/** A short city ward (the floor reads demand and slots, not the horizon). */
const short = (s: Scenario, days: number): Scenario => ({ ...s, run: { ...s.run, horizonDays: days, warmupDays: 7 } });

const plan = (s: Scenario, cabinets: number, rounds: number, deliveries: number): Scenario =>
  configureWard(s, { cabinets, rounds, modelId: s.cabinets.models[0].id, annualDeliveries: deliveries });

/**
 * Whether the plan's means over `reps` replications meet every target (pass or undecided: more
 * generous than the search, which also wants the confidence bound to clear), so a floor below
 * such a count is sound for the search too.
 */
function meets(s: Scenario, reps: number, targets: ReturnType<typeof resolveTargets>): boolean {
  const samples = replicationJobs(s, 11, reps).map((j) => {
    const k = runReplicationJob(j).kpis;
    return { fillRate: k.fillRate, tripWaitP95Min: k.tripWaitP95Min, stockoutSlotHoursPer1000PatientDays: k.patientDays > 0 ? (k.stockoutSlotHours / k.patientDays) * 1000 : 0 };
  });
  return overallVerdict(checkTargets(samples, targets)) !== 'fail';
}

describe('cabinetFloor(): cabinets that can hold the night', () => {
  it('counts the hours from an hour after the shift ends to its next start, and the SKU that needs most cabinets (city-mch at 30,000: underpads, 96 a cabinet)', () => {
    const f = cabinetFloor(plan(city(), 1, 2, 30_000), 0.995);
    expect(f.nightHours).toBe(11); // 20:00 to 07:00 with the 07:00-19:00 shift
    expect(f.bindingSku).toBe('underpad');
    expect(f.unitsPerCabinet).toBe(96);
    // the underpads alone need ceil(night / (96 · 1.05)) cabinets; the allowance can take off at most a few
    expect(f.cabinets).toBeLessThanOrEqual(Math.ceil(f.nightUnits / (96 * 1.05)));
    expect(f.cabinets).toBeGreaterThan(1);
  });

  it('grows with the volume, falls with a looser fill target, is 1 with no fill target or a shift round the clock', () => {
    const s = city();
    const at = (d: number, fill = 0.995): number => cabinetFloor(plan(s, 1, 1, d), fill).cabinets;
    expect(at(30_000)).toBeGreaterThan(at(10_000));
    expect(at(30_000, 0.5)).toBeLessThan(at(30_000));
    expect(at(30_000, 0)).toBe(1);
    const allDay = { ...s, people: { ...s.people, restockerShiftStartHour: 0, restockerShiftHours: 24 } };
    expect(cabinetFloor(plan(allDay, 1, 1, 30_000), 0.995).cabinets).toBe(1);
    // what families bring themselves never reaches a cabinet; trips that go to the nurse station first do not either
    const own = { ...s, channels: { ...s.channels, ownSupplyShare: 0.5 } };
    expect(cabinetFloor(plan(own, 1, 1, 30_000), 0.995).cabinets).toBeLessThanOrEqual(Math.ceil(at(30_000) / 2));
    const stationFirst = { ...s, channels: { ...s.channels, order: [...s.channels.order].reverse() } };
    expect(cabinetFloor(plan(stationFirst, 1, 1, 30_000), 0.995).cabinets).toBe(1);
    // a scenario's own round at 23:00 refills the cabinets in the night: no floor
    const nightRound = plan(s, 1, 1, 30_000);
    expect(cabinetFloor({ ...nightRound, restock: { ...nightRound.restock, roundHours: [8, 23] } }, 0.995).cabinets).toBe(1);
  });

  it('never exceeds the fewest cabinets that pass when every count is run (brute force on small grids of volumes, shifts, fill targets and own supplies, property)', () => {
    const base = city();
    fc.assert(
      fc.property(fc.record({ deliveries: fc.integer({ min: 2, max: 10 }).map((k) => k * 1000), shiftStart: fc.integer({ min: 6, max: 9 }), shiftHours: fc.integer({ min: 9, max: 14 }), fill: fc.constantFrom(0.98, 0.99, 0.995), own: fc.constantFrom(0, 0.5) }), (g) => {
        const s = short({ ...base, people: { ...base.people, restockerShiftStartHour: g.shiftStart, restockerShiftHours: g.shiftHours }, channels: { ...base.channels, ownSupplyShare: g.own } }, 28);
        const targets = resolveTargets({ minFillRate: g.fill });
        const floor = cabinetFloor(plan(s, 1, 1, g.deliveries), g.fill).cabinets;
        // Every count below the floor is run: none may pass.
        for (let c = 1; c < floor; c++) expect(meets(plan(s, c, 1, g.deliveries), 3, targets), `${c} cabinets below the floor ${floor} met the targets on average (${JSON.stringify(g)})`).toBe(false);
      }),
      { numRuns: 10, seed: 15 },
    );
  }, 120_000);

  it('sizeWard with the floor answers what it answers without it, with fewer plans run from cold', async () => {
    const s = short(city(), 21);
    const o = { deliveries: 12_000, rounds: [1, 2], replications: 3, maxReplications: 6, seed: 5, maxCabinets: 12 } as const;
    const withFloor = await sizeWard(s, o);
    const without = await sizeWard(s, { ...o, analyticFloor: false });
    expect([withFloor.cabinets, withFloor.roundsPerDay, withFloor.cost.total]).toEqual([without.cabinets, without.roundsPerDay, without.cost.total]);
    expect(withFloor.evaluations.length).toBeLessThan(without.evaluations.length);
    // The floor is shown, and no plan below it was run.
    const floor = withFloor.analyticFloor!.cabinets;
    expect(floor).toBe(cabinetFloor(plan(s, 1, withFloor.roundsPerDay, 12_000), 0.995).cabinets);
    expect(floor).toBeGreaterThan(1);
    expect(withFloor.evaluations.filter((e) => e.cabinets < floor)).toEqual([]);
    expect(without.analyticFloor).toBeUndefined();
  }, 120_000);
});
