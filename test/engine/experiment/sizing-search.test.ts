import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ImpossibleTargetsError, searchSizing, searchVariants } from '../../../engine/experiment/sizing-search.js';
import type { SizingCandidate } from '../../../engine/experiment/sizing-search.js';
import { checkTargets, clearlyMet, clearlyMissed, overallVerdict, resolveTargets } from '../../../engine/experiment/sizing-targets.js';

// A constructed ward worked out by hand: 6,000 deliveries/yr raise 6000 × 6.2 / 365 ≈ 101.9
// item units a day; one cabinet's planogram holds 60 units per round of restock. A
// configuration meets the target when cabinets × rounds × 60 ≥ demand, i.e. c·r ≥ 1.699.., so:
// with 4 rounds, c ≥ 1 → cabinets 1; with 1 cabinet, r ≥ 2 → rounds 2. Answer: (1, 2).
// With a demand of 500 units/day: c·r ≥ 8.33; at 4 rounds c ≥ 3 (3·4 = 12), at 3 cabinets
// r ≥ 3 (9 ≥ 8.33) → (3, 3).
/** Whether `a` comes before `b` in lexicographic order. */
function lexLess(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
}

/** The best plan over the whole grid (lower cost, then fewer cabinets, then fewer rounds), or null when none passes. */
function bruteForce(rounds: readonly number[], max: number, pass: (c: SizingCandidate) => boolean, cost: (c: SizingCandidate) => number): { c: SizingCandidate; cost: number } | null {
  let brute: { c: SizingCandidate; cost: number } | null = null;
  for (const r of rounds) {
    for (let cab = 1; cab <= max; cab++) {
      const c = { cabinets: cab, roundsPerDay: r };
      if (!pass(c)) continue;
      const k = cost(c);
      if (brute === null || lexLess([k, cab, r], [brute.cost, brute.c.cabinets, brute.c.roundsPerDay])) brute = { c, cost: k };
    }
  }
  return brute;
}

/** A grid case: per round count the smallest passing cabinet count, and a cost non-decreasing in cabinets (cumulative non-negative extras). */
function gridCase(g: { need: number[]; perCabinet: number; perRound: number[]; extra: number[] }) {
  const max = 12;
  const rounds = g.need.map((_, i) => i + 1);
  const pass = (c: SizingCandidate): boolean => c.cabinets >= g.need[c.roundsPerDay - 1];
  const cost = (c: SizingCandidate): number => c.cabinets * g.perCabinet + g.perRound[c.roundsPerDay - 1] + g.extra.slice(0, c.cabinets).reduce((a, b) => a + b, 0);
  return { max, rounds, pass, cost, brute: bruteForce(rounds, max, pass, cost) };
}

function handCase(demandPerDay: number) {
  const evaluated: SizingCandidate[] = [];
  return {
    evaluated,
    evaluate: (c: SizingCandidate) => {
      evaluated.push(c);
      return Promise.resolve({ pass: c.cabinets * c.roundsPerDay * 60 >= demandPerDay });
    },
  };
}

describe('searchSizing()', () => {
  it('returns the hand-worked answer (1 cabinet, 2 rounds) for 101.9 units/day', async () => {
    const h = handCase((6000 * 6.2) / 365);
    const r = await searchSizing({ evaluate: h.evaluate, minCabinets: 1, maxCabinets: 30, rounds: [1, 2, 3, 4] });
    expect(r.best).toEqual({ cabinets: 1, roundsPerDay: 2 });
  });

  it('returns the hand-worked answer (3 cabinets, 3 rounds) for 500 units/day, without a brute-force grid', async () => {
    const h = handCase(500);
    const r = await searchSizing({ evaluate: h.evaluate, minCabinets: 1, maxCabinets: 30, rounds: [4, 1, 3, 2], cabinetCostFloor: 1 });
    expect(r.best).toEqual({ cabinets: 3, roundsPerDay: 3 });
    expect(h.evaluated.length).toBeLessThan(30); // a grid would take 30 × 4 = 120
  });

  it('does not assume more rounds help: a fourth round that hurts (the evening-surge case) is not chosen, a cheaper plan at fewer rounds is', async () => {
    // The city-mch case: 2 cabinets × 3 rounds meets every target; 3 rounds beat 4
    // at one cabinet; the old search fixed cabinets at 4 rounds (3 needed) then scanned rounds.
    const passes = (c: SizingCandidate): boolean => ({ 1: c.cabinets >= 4, 2: c.cabinets >= 3, 3: c.cabinets >= 2, 4: c.cabinets >= 3 } as Record<number, boolean>)[c.roundsPerDay];
    const costOf = (c: SizingCandidate): number => c.cabinets * 30_000 + c.roundsPerDay * 8_000;
    const r = await searchSizing({ evaluate: (c) => Promise.resolve({ pass: passes(c) }), cost: costOf, cabinetCostFloor: 30_000, minCabinets: 1, maxCabinets: 30, rounds: [1, 2, 3, 4] });
    expect(r.best).toEqual({ cabinets: 2, roundsPerDay: 3 });
    expect(r.cost).toBe(84_000);
  });

  it('equals brute force over the grid whenever service is monotone in cabinets and cost does not fall with cabinets (property)', async () => {
    const grid = fc.record({
      // per round count: the smallest passing cabinet count (> max means never), any order across rounds
      need: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 5 }),
      perCabinet: fc.integer({ min: 0, max: 50 }),
      perRound: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 5, maxLength: 5 }),
      extra: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 12, maxLength: 12 }),
      // the round count searched first (a warm start from a smaller volume); 0 = none
      first: fc.integer({ min: 0, max: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(grid, async ({ first, ...g }) => {
        const { max, rounds, pass, cost, brute } = gridCase(g);
        const perCabinet = g.perCabinet;
        const run = searchSizing({ evaluate: (c) => Promise.resolve({ pass: pass(c) }), cost, cabinetCostFloor: perCabinet, minCabinets: 1, maxCabinets: max, rounds, ...(first > 0 ? { firstRounds: first } : {}) });
        if (brute === null) await expect(run).rejects.toBeInstanceOf(ImpossibleTargetsError);
        else expect(await run).toMatchObject({ best: brute.c, cost: brute.cost });
      }),
    );
  });

  it('with costRisesWithRounds, still equals brute force whenever cost also does not fall with rounds, and never runs a plan that a cheaper passing one rules out (property)', async () => {
    const grid = fc.record({
      need: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 5 }),
      perCabinet: fc.integer({ min: 0, max: 50 }),
      // non-decreasing in rounds: sorted non-negative labour per round count
      perRound: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 5, maxLength: 5 }).map((xs) => [...xs].sort((a, b) => a - b)),
      extra: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 12, maxLength: 12 }),
      first: fc.integer({ min: 0, max: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(grid, async ({ first, ...g }) => {
        const { max, rounds, pass, cost, brute } = gridCase(g);
        const perCabinet = g.perCabinet;
        const evaluated: SizingCandidate[] = [];
        const run = searchSizing({
          evaluate: (c) => {
            evaluated.push(c);
            return Promise.resolve({ pass: pass(c) });
          },
          cost, cabinetCostFloor: perCabinet, minCabinets: 1, maxCabinets: max, rounds, costRisesWithRounds: true, ...(first > 0 ? { firstRounds: first } : {}),
        });
        if (brute === null) {
          await expect(run).rejects.toBeInstanceOf(ImpossibleTargetsError);
          return;
        }
        expect(await run).toMatchObject({ best: brute.c, cost: brute.cost });
        // No plan was run at or above the cabinets of a passing plan with fewer rounds searched before it.
        for (const [i, c] of evaluated.entries()) {
          const witness = evaluated.slice(0, i).find((p) => pass(p) && p.roundsPerDay < c.roundsPerDay && c.cabinets >= p.cabinets);
          expect(witness).toBeUndefined();
        }
      }),
    );
  });

  it('started at a floor per round count that never exceeds its smallest passing count (the analytic floor), still equals brute force and never runs a count below the floor (property)', async () => {
    const grid = fc.record({
      need: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 5 }),
      perCabinet: fc.integer({ min: 0, max: 50 }),
      perRound: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 5, maxLength: 5 }).map((xs) => [...xs].sort((a, b) => a - b)),
      extra: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 12, maxLength: 12 }),
      first: fc.integer({ min: 0, max: 5 }),
      // how far below the smallest passing count each round count's floor lies
      slack: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
      rises: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(grid, async ({ first, slack, rises, ...g }) => {
        const { max, rounds, pass, cost, brute } = gridCase(g);
        const floor = (r: number): number => Math.max(1, Math.min(max, g.need[r - 1]) - slack[r - 1]);
        const evaluated: SizingCandidate[] = [];
        const run = searchSizing({
          evaluate: (c) => {
            evaluated.push(c);
            return Promise.resolve({ pass: pass(c) });
          },
          cost, cabinetCostFloor: g.perCabinet, minCabinets: 1, minCabinetsFor: floor, maxCabinets: max, rounds, costRisesWithRounds: rises,
          ...(first > 0 ? { firstRounds: first } : {}),
        });
        if (brute === null) await expect(run).rejects.toBeInstanceOf(ImpossibleTargetsError);
        else expect(await run).toMatchObject({ best: brute.c, cost: brute.cost });
        expect(evaluated.filter((c) => c.cabinets < floor(c.roundsPerDay))).toEqual([]);
      }),
    );
  });

  it('started from a smaller volume (its floors and smallest passing counts), equals brute force at the larger one even where that needs fewer cabinets, and reruns only what failed narrowly (property)', async () => {
    const grid = fc.record({
      need: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 5 }),
      // per round count: the smallest passing count at the smaller volume (noise: may exceed the larger volume's)
      before: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 5, maxLength: 5 }),
      // per round count: counts below this failed beyond doubt at the smaller volume (and still fail)
      firm: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 5, maxLength: 5 }),
      perCabinet: fc.integer({ min: 0, max: 50 }),
      perRound: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 5, maxLength: 5 }).map((xs) => [...xs].sort((a, b) => a - b)),
      extra: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 12, maxLength: 12 }),
      rises: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(grid, async ({ before, firm, rises, ...g }) => {
        const { max, rounds, pass, cost, brute } = gridCase(g);
        const firmBelow = (r: number): number => Math.min(firm[r - 1], before[r - 1], g.need[r - 1]);
        const common = { cost, cabinetCostFloor: g.perCabinet, minCabinets: 1, maxCabinets: max, rounds, costRisesWithRounds: rises };
        const smaller = await searchSizing({
          ...common, evaluate: (c) => Promise.resolve({ pass: c.cabinets >= before[c.roundsPerDay - 1], clearlyMissed: c.cabinets < firmBelow(c.roundsPerDay) }),
        }).catch((error: unknown) => {
          if (error instanceof ImpossibleTargetsError) return null;
          throw error;
        });
        if (smaller === null) return;
        const evaluated: SizingCandidate[] = [];
        const run = searchSizing({
          ...common, firstRounds: smaller.best.roundsPerDay, minCabinetsFor: (r) => smaller.floors.get(r) ?? 1, guessFor: (r) => smaller.passing.get(r),
          evaluate: (c) => {
            evaluated.push(c);
            return Promise.resolve({ pass: pass(c) });
          },
        });
        if (brute === null) await expect(run).rejects.toBeInstanceOf(ImpossibleTargetsError);
        else expect(await run).toMatchObject({ best: brute.c, cost: brute.cost });
        // a count that failed beyond doubt at the smaller volume is not run again
        expect(evaluated.filter((c) => smaller.evaluations.some((e) => e.verdict.clearlyMissed === true && e.candidate.roundsPerDay === c.roundsPerDay && e.candidate.cabinets >= c.cabinets))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a search from a smaller volume starts each round count at its smallest passing count there and runs one fewer only when that failed narrowly', async () => {
    // smaller volume: 4 cabinets pass at 1 round; 3 failed, beyond doubt in one case and narrowly in the other
    for (const [clearly, runs] of [[true, ['4x1']], [false, ['4x1', '3x1']]] as const) {
      const smaller = await searchSizing({ evaluate: (c) => Promise.resolve({ pass: c.cabinets >= 4, clearlyMissed: clearly && c.cabinets < 4 }), minCabinets: 1, maxCabinets: 10, rounds: [1] });
      expect(smaller.passing.get(1)).toBe(4);
      expect(smaller.floors.get(1)).toBe(clearly ? 4 : 1);
      const evaluated: string[] = [];
      const larger = await searchSizing({
        evaluate: (c) => { evaluated.push(`${c.cabinets}x${c.roundsPerDay}`); return Promise.resolve({ pass: c.cabinets >= 4 }); },
        minCabinets: 1, minCabinetsFor: (r) => smaller.floors.get(r) ?? 1, guessFor: (r) => smaller.passing.get(r), maxCabinets: 10, rounds: [1],
      });
      expect(larger.best).toEqual({ cabinets: 4, roundsPerDay: 1 });
      expect(evaluated).toEqual(runs);
    }
  });

  it('costRisesWithRounds: once 1 round passes at the proven floor of 3 cabinets, 2-4 rounds are not run (without it each is run once)', async () => {
    const search = async (costRisesWithRounds: boolean) => {
      const seen: SizingCandidate[] = [];
      const r = await searchSizing({
        evaluate: (c) => {
          seen.push(c);
          return Promise.resolve({ pass: c.cabinets >= 3 });
        },
        cost: (c) => c.cabinets * 30_000 + c.roundsPerDay * 8_000, cabinetCostFloor: 30_000, minCabinets: 3, maxCabinets: 30, rounds: [1, 2, 3, 4], costRisesWithRounds,
      });
      return { best: r.best, seen };
    };
    const pruned = await search(true);
    const full = await search(false);
    expect(pruned.best).toEqual({ cabinets: 3, roundsPerDay: 1 });
    expect(full.best).toEqual(pruned.best);
    expect(pruned.seen).toEqual([{ cabinets: 3, roundsPerDay: 1 }]);
    expect(full.seen.map((c) => c.roundsPerDay)).toEqual([1, 2, 3, 4]);
  });

  it('searchVariants() over models × par levels × cabinets × rounds equals brute force over the whole grid (property)', async () => {
    // A variant is a (cabinet model, par level): its own price per cabinet, its own thresholds
    // per round count, its own labour per round; nothing is monotone across variants.
    const variant = fc.record({
      need: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 }),
      perCabinet: fc.integer({ min: 1, max: 60 }),
      perRound: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(variant, { minLength: 1, maxLength: 6 }), async (variants) => {
        const max = 8;
        const rounds = [1, 2, 3];
        const pass = (v: number, c: SizingCandidate): boolean => c.cabinets >= variants[v].need[c.roundsPerDay - 1];
        const cost = (v: number, c: SizingCandidate): number => c.cabinets * variants[v].perCabinet + variants[v].perRound[c.roundsPerDay - 1] * c.roundsPerDay;
        let brute: { v: number; c: SizingCandidate; cost: number } | null = null;
        for (let v = 0; v < variants.length; v++) {
          for (const r of rounds) {
            for (let cab = 1; cab <= max; cab++) {
              const c = { cabinets: cab, roundsPerDay: r };
              if (!pass(v, c)) continue;
              const k = cost(v, c);
              // better: lower cost, then fewer cabinets, fewer rounds, earlier variant
              if (brute === null || lexLess([k, cab, r, v], [brute.cost, brute.c.cabinets, brute.c.roundsPerDay, brute.v])) brute = { v, c, cost: k };
            }
          }
        }
        const run = searchVariants(variants.length, (v) => ({
          evaluate: (c) => Promise.resolve({ pass: pass(v, c) }), cost: (c) => cost(v, c), cabinetCostFloor: variants[v].perCabinet, minCabinets: 1, maxCabinets: max, rounds,
        }));
        if (brute === null) await expect(run).rejects.toBeInstanceOf(ImpossibleTargetsError);
        else {
          const got = await run;
          expect({ v: got.best.variant, c: got.best.result.best, cost: got.best.result.cost }).toEqual(brute);
        }
      }),
    );
  });

  it('finds the smallest passing count for any monotone threshold, in O(log) evaluations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), async (need, lo) => {
        const min = Math.min(lo, need);
        let calls = 0;
        const r = await searchSizing({
          evaluate: (c) => { calls++; return Promise.resolve({ pass: c.cabinets >= need }); },
          minCabinets: min, maxCabinets: 100, rounds: [2],
        });
        expect(r.best.cabinets).toBe(need);
        expect(calls).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(need - min + 2)) + 3);
      }),
    );
  });

  it('a round count searched first (the best at a smaller volume) lets the cost cap skip a round count whose floor is above it, without a run', async () => {
    // 1 round needs 6 cabinets (its floor from the smaller volume is 6), 3 rounds need 2.
    const passes = (c: SizingCandidate): boolean => c.cabinets >= (c.roundsPerDay === 1 ? 6 : 2);
    const cost = (c: SizingCandidate): number => c.cabinets * 30_000 + c.roundsPerDay * 5_000;
    const base = { cost, cabinetCostFloor: 30_000, minCabinets: 1, minCabinetsFor: (r: number) => (r === 1 ? 6 : 2), maxCabinets: 30, rounds: [1, 3] };
    const ascending: SizingCandidate[] = [];
    const a = await searchSizing({ ...base, evaluate: (c) => { ascending.push(c); return Promise.resolve({ pass: passes(c) }); } });
    const warm: SizingCandidate[] = [];
    const b = await searchSizing({ ...base, firstRounds: 3, evaluate: (c) => { warm.push(c); return Promise.resolve({ pass: passes(c) }); } });
    expect(b.best).toEqual(a.best);
    expect(b.best).toEqual({ cabinets: 2, roundsPerDay: 3 });
    expect(ascending.some((c) => c.roundsPerDay === 1)).toBe(true);
    expect(warm.some((c) => c.roundsPerDay === 1)).toBe(false); // 6 cabinets' lease alone (180,000) > 75,000
  });

  it('throws ImpossibleTargetsError when no round count passes even at max cabinets', async () => {
    await expect(searchSizing({ evaluate: () => Promise.resolve({ pass: false }), minCabinets: 1, maxCabinets: 5, rounds: [1, 2] }))
      .rejects.toBeInstanceOf(ImpossibleTargetsError);
  });

  it('rejects bad bounds naming the API and the rule', async () => {
    await expect(searchSizing({ evaluate: () => Promise.resolve({ pass: true }), minCabinets: 0, maxCabinets: 5, rounds: [1] }))
      .rejects.toThrow('searchSizing: minCabinets(=0) must be an integer >= 1');
  });
});

describe('checkTargets()', () => {
  const t = resolveTargets({ minFillRate: 0.99, maxTripWaitP95Min: 5, maxStockoutSlotHoursPer1000PatientDays: 10 });
  it('passes only when the one-sided bound clears; a mean that clears with a wide bound is undecided', () => {
    const tight = [0.995, 0.996, 0.995, 0.996].map((f) => ({ fillRate: f, tripWaitP95Min: 1, stockoutSlotHoursPer1000PatientDays: 0 }));
    expect(overallVerdict(checkTargets(tight, t))).toBe('pass');
    const wide = [0.999, 0.985, 0.999, 0.985].map((f) => ({ fillRate: f, tripWaitP95Min: 1, stockoutSlotHoursPer1000PatientDays: 0 }));
    expect(overallVerdict(checkTargets(wide, t))).toBe('undecided');
    const low = [0.9, 0.91].map((f) => ({ fillRate: f, tripWaitP95Min: 1, stockoutSlotHoursPer1000PatientDays: 0 }));
    expect(overallVerdict(checkTargets(low, t))).toBe('fail');
  });
  it('clearlyMissed() stops only a candidate whose optimistic 99 % bound misses: a far miss yes, a near miss or a pass no', () => {
    const row = (f: number, w = 1) => ({ fillRate: f, tripWaitP95Min: w, stockoutSlotHoursPer1000PatientDays: 0 });
    expect(clearlyMissed([0.90, 0.91, 0.905].map((f) => row(f)), t)).toBe(true);
    expect(clearlyMissed([0.985, 0.995, 0.99].map((f) => row(f)), t)).toBe(false); // mean on the 0.99 target: could pass
    expect(clearlyMissed([0.97, 0.99, 0.98].map((f) => row(f)), t)).toBe(false); // misses on the mean, not beyond doubt
    expect(clearlyMissed([0.995, 0.996, 0.995].map((f) => row(f, 20)), t)).toBe(true); // wait 20 min against 5, no spread
    expect(clearlyMissed([row(0.5)], t)).toBe(false); // one replication proves nothing
  });

  it('clearlyMet() accepts early only when the strict 99 % bound clears every target: a pass the 95 % bound allows is not enough', () => {
    const row = (f: number, w = 1) => ({ fillRate: f, tripWaitP95Min: w, stockoutSlotHoursPer1000PatientDays: 0 });
    expect(clearlyMet([0.999, 0.9991, 0.9989].map((f) => row(f)), t)).toBe(true);
    // mean 0.9937, sd 0.0015: the 95 % bound (t 2.92) is 0.9912 >= 0.99, a pass; the 99 % bound (t 6.96) is 0.9877, not clear
    const near = [0.992, 0.995, 0.994].map((f) => row(f));
    expect(overallVerdict(checkTargets(near, t))).toBe('pass');
    expect(clearlyMet(near, t)).toBe(false);
    expect(clearlyMet([0.999, 0.999, 0.999].map((f) => row(f, 6)), t)).toBe(false); // the wait misses
    expect(clearlyMet([row(1)], t)).toBe(false); // one replication proves nothing
  });

  it('resolveTargets() rejects a fill rate above 1', () => {
    expect(() => resolveTargets({ minFillRate: 1.2 })).toThrow('sizing: minFillRate(=1.2) must be in [0, 1]');
  });
});
