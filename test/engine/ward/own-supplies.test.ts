// Families' own supplies (channels.ownSupplyShare, per item ownSupplyShare): a need covered from
// what the family brought makes no trip, no contact and no crossing, and is counted in
// needsMetFromOwnSupplies; at share 0 nothing is drawn and the run is the run without it.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compileParams, simulateWard } from '../../../engine/ward/index.js';
import { coverFromOwnSupplies } from '../../../engine/ward/population/needs.js';
import type { Bed } from '../../../engine/ward/population/bed.js';
import type { TripLine } from '../../../engine/ward/trips/trip.js';
import { RandomStream } from '../../../engine/kernel/index.js';
import { validateScenario } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { admitAt, runUntil, tinyScenario, tinyWard } from './_support/tiny-ward.js';
import { shortPreset } from './presets.js';

/** `s` with the family-wide own-supply share and optional per-item shares (by catalog index). */
function withOwnSupplies(s: Scenario, share: number, perItem: Readonly<Record<number, number>> = {}): Scenario {
  const items = s.catalog.items.map((item, k) => (perItem[k] === undefined ? item : { ...item, ownSupplyShare: perItem[k] }));
  return { ...s, channels: { ...s.channels, ownSupplyShare: share }, catalog: { ...s.catalog, items } };
}

describe('own supplies in the tiny ward (trace)', () => {
  it('at share 1 the family never sets out: every need is topped up from its own supplies', () => {
    const w = tinyWard({ channels: { ownSupplyShare: 1 } });
    // 0 pads, underpads at target: 1 line at 0; 20 h later pads (24/d) and underpads (12/d) are
    // both below their 24 h targets: 2 lines, again at 40 h: 5 lines in 2 days.
    admitAt(w, 'm0', 0, [0, 12], 0);
    runUntil(w, 2880);
    expect(w.trace).toEqual([]);
    expect(w.ward.ctx.kpis.ownSupplyLines).toBe(5);
    expect(w.ward.ctx.kpis.trips).toBe(0);
    expect(w.ward.ctx.kpis.itemRequests).toBe(0);
  });

  it('an item\'s own share overrides the family-wide one: the trip is for that item only', () => {
    const s = tinyScenario();
    const pad0 = tinyWard({ channels: { ownSupplyShare: 1 }, catalog: { ...s.catalog, items: [{ ...s.catalog.items[0], ownSupplyShare: 0 }, s.catalog.items[1]] } });
    admitAt(pad0, 'm0', 0, [0, 0], 0);
    runUntil(pad0, 12);
    // Underpads from the family's own supplies, pads from the cabinet (10) and the nurse (14).
    expect(pad0.trace.slice(0, 2)).toEqual([['m0 sets out', 0], ['m0 at cabinet', 1]]);
    expect(pad0.ward.ctx.kpis.ownSupplyLines).toBe(1);
    expect(pad0.ward.ctx.kpis.itemRequests).toBe(1);
  });
});

describe('compileParams(): own-supply share per SKU', () => {
  it('takes channels.ownSupplyShare for items a cabinet or the shop holds, 0 for nurse-only items, and an item\'s own share first', () => {
    const county = shortPreset('county-mch', 10);
    const nurseOnly = county.catalog.items.map((item) => item.stockedBy.length === 1 && item.stockedBy[0] === 'nurse-station');
    expect(nurseOnly).toContain(true);
    const p = compileParams(withOwnSupplies(county, 0.4));
    expect([...p.skuOwnSupplyShare]).toEqual(nurseOnly.map((only) => (only ? 0 : 0.4)));
    expect(p.ownSupplies).toBe(true);
    const q = compileParams(withOwnSupplies(county, 0.4, { 0: 0.9, [nurseOnly.indexOf(true)]: 0.2 }));
    expect(q.skuOwnSupplyShare[0]).toBe(0.9);
    expect(q.skuOwnSupplyShare[nurseOnly.indexOf(true)]).toBe(0.2);
    expect(compileParams(county).ownSupplies).toBe(false);
  });
});

describe('own supplies on a preset ward', () => {
  const base = shortPreset('county-mch-baseline', 30);

  it('share 1 on every item: no trip, no crossing, no nurse supply minute; supply infections only from hand-overs', () => {
    const all = Object.fromEntries(base.catalog.items.map((_, k) => [k, 1]));
    const full = simulateWard(base, { seed: 1, replication: 0 }).kpis;
    const k = simulateWard(withOwnSupplies(base, 1, all), { seed: 1, replication: 0 }).kpis;
    expect(k.trips).toBe(0);
    expect(k.itemRequests).toBe(0);
    expect(k.boundaryCrossings).toBe(0);
    expect(k.nurseSupplyMinutesPerShift).toBe(0);
    // Companions' hand-overs still cross the lift and corridor (filed under supply).
    expect(k.expectedInfectionsSupply).toBeLessThan(full.expectedInfectionsSupply / 100);
    expect(k.needsMetFromOwnSupplies).toBeGreaterThan(1000);
    expect(k.unitsUsed).toBeGreaterThan(0);
  });

  it('family-wide share 1: no crossing; the only trips left fetch the nurse-only item from the nurse station', () => {
    const full = simulateWard(base, { seed: 1, replication: 0 }).kpis;
    const k = simulateWard(withOwnSupplies(base, 1), { seed: 1, replication: 0 }).kpis;
    expect(full.boundaryCrossings).toBeGreaterThan(0);
    expect(k.boundaryCrossings).toBe(0);
    expect(k.trips).toBeGreaterThan(0);
    expect(k.trips).toBeLessThan(full.trips);
    expect(k.fallbacks).toBe(0);
  });

  it('share 0 draws nothing from the own-supplies stream and runs as with every item\'s own share 0', () => {
    const draws = { 'own-supplies': 0 };
    const next = RandomStream.prototype.next;
    const spy = vi.spyOn(RandomStream.prototype, 'next').mockImplementation(function (this: RandomStream) {
      if (this.purpose === 'own-supplies') draws['own-supplies']++;
      return next.call(this);
    });
    try {
      const off = simulateWard(base, { seed: 2, replication: 0 });
      expect(draws['own-supplies']).toBe(0);
      // Family-wide 1 but every item 0: no SKU has a share, so no draw and the same run.
      const zeros = Object.fromEntries(base.catalog.items.map((_, k) => [k, 0]));
      const overridden = simulateWard(withOwnSupplies(base, 1, zeros), { seed: 2, replication: 0 });
      expect(draws['own-supplies']).toBe(0);
      expect(overridden.kpis).toEqual(off.kpis);
      expect(off.kpis.needsMetFromOwnSupplies).toBe(0);
      simulateWard(withOwnSupplies(base, 0.5), { seed: 2, replication: 0 });
      expect(draws['own-supplies']).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('trips never rise as the share rises, on a fixed seed with common random numbers (property)', () => {
    const trips = new Map<string, number>();
    const tripsAt = (seed: number, tenths: number): number => {
      const key = `${seed}/${tenths}`;
      if (!trips.has(key)) trips.set(key, simulateWard(withOwnSupplies(shortPreset('county-mch-baseline', 20), tenths / 10), { seed, replication: 0 }).kpis.trips);
      return trips.get(key)!;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 10 }), (seed, a, step) => {
        const b = Math.min(10, a + step);
        expect(tripsAt(seed, b)).toBeLessThanOrEqual(tripsAt(seed, a));
      }),
      { seed: 14, numRuns: 12 },
    );
  });
});

describe('coverFromOwnSupplies()', () => {
  const params = compileParams(shortPreset('county-mch', 10));
  const skuCount = params.skuCount;

  function bed(): Bed {
    return {
      index: 0, motherId: 'm', newbornIds: [], room: 0, birthMin: 0, dischargeMin: 1e6, nicu: false, companionId: null,
      usage: new Float64Array(skuCount).fill(1), level: new Float64Array(skuCount), lastMin: 0, present: true, onTrip: false, stockedUp: false, tripEvent: -1,
    };
  }

  it('a higher share covers a superset of the lines, and every covered unit reaches the bedside (property)', () => {
    const line = fc.record({ sku: fc.integer({ min: 0, max: skuCount - 1 }), want: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (specs, u, s1, s2) => {
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const cover = (share: number): { covered: number; kept: TripLine[]; level: Float64Array } => {
          const p = { ...params, skuOwnSupplyShare: new Float64Array(skuCount).fill(share) };
          const b = bed();
          const lines: TripLine[] = specs.map((l) => ({ sku: l.sku, patientId: 'm', want: l.want, got: 0, quotaRefused: false }));
          const covered = coverFromOwnSupplies(p, b, lines, u);
          return { covered, kept: lines, level: b.level };
        };
        const low = cover(lo);
        const high = cover(hi);
        expect(high.covered).toBeGreaterThanOrEqual(low.covered);
        for (const r of [low, high]) {
          expect(r.covered + r.kept.length).toBe(specs.length);
          const keptUnits = r.kept.reduce((a, l) => a + l.want, 0);
          const total = specs.reduce((a, l) => a + l.want, 0);
          expect(r.level.reduce((a, v) => a + v, 0) + keptUnits).toBe(total);
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('keeps the uncovered lines in their order', () => {
    const p = { ...params, skuOwnSupplyShare: Float64Array.from({ length: skuCount }, (_, k) => (k % 2 === 0 ? 1 : 0)) };
    const lines: TripLine[] = [0, 1, 2, 3, 5].map((sku) => ({ sku, patientId: 'm', want: 2, got: 0, quotaRefused: false }));
    expect(coverFromOwnSupplies(p, bed(), lines, new RandomStream('x').next())).toBe(2);
    expect(lines.map((l) => l.sku)).toEqual([1, 3, 5]);
  });
});

describe('validateScenario(): own-supply shares', () => {
  const base = shortPreset('county-mch', 10);

  it.each([
    ['/channels/ownSupplyShare', 'maximum', withOwnSupplies(base, 1.5)],
    ['/channels/ownSupplyShare', 'minimum', withOwnSupplies(base, -0.1)],
    ['/catalog/items/2/ownSupplyShare', 'maximum', withOwnSupplies(base, 0, { 2: 1.5 })],
  ])('refuses %s out of 0..1 (rule %s)', (path, rule, doc) => {
    const r = validateScenario(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.path, e.rule])).toEqual([[path, rule]]);
  });

  it('fills channels.ownSupplyShare 0 and adds no per-item share when a document gives none', () => {
    const { ownSupplyShare: _, ...channels } = base.channels;
    const r = validateScenario({ ...base, channels });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.channels.ownSupplyShare).toBe(0);
      expect(r.scenario.catalog.items.some((item) => 'ownSupplyShare' in item)).toBe(false);
    }
  });
});
