import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MINUTES_PER_DAY } from '../../../engine/dispensing/index.js';
import { baseRate, compileParams } from '../../../engine/ward/context/params.js';
import type { WardParams } from '../../../engine/ward/context/params.js';
import { consumeTo, minutesToReorder } from '../../../engine/ward/population/needs.js';
import type { Bed } from '../../../engine/ward/population/bed.js';
import { loadPreset } from './presets.js';

const p = compileParams(loadPreset('provincial-mch'));

/** The plain day-by-day walk of each SKU, its day worked out from its own start (the reference). */
function consumeRef(q: WardParams, bed: Bed, nowMin: number): number {
  const from = bed.lastMin;
  if (nowMin <= from) return 0;
  let used = 0;
  for (let k = 0; k < q.skuCount; k++) {
    const m = bed.usage[k];
    if (m === 0) continue;
    let t = from;
    let level = bed.level[k];
    for (let d = Math.floor((t - bed.birthMin) / MINUTES_PER_DAY); t < nowMin && level > 0; d++) {
      const end = Math.min(nowMin, bed.birthMin + (d + 1) * MINUTES_PER_DAY);
      level -= baseRate(q, k, d) * m * (end - t);
      t = end;
    }
    const after = level > 0 ? level : 0;
    used += bed.level[k] - after;
    bed.level[k] = after;
  }
  bed.lastMin = nowMin;
  return used;
}

function reorderRef(q: WardParams, bed: Bed, nowMin: number, reorderMin: number): number {
  let best = Infinity;
  for (let k = 0; k < q.skuCount; k++) {
    const m = bed.usage[k];
    if (m === 0) continue;
    let t = nowMin;
    let level = bed.level[k];
    for (let d = Math.floor((t - bed.birthMin) / MINUTES_PER_DAY); t < bed.dischargeMin && t - nowMin < best; d++) {
      const r = baseRate(q, k, d) * m;
      const end = bed.birthMin + (d + 1) * MINUTES_PER_DAY;
      if (r > 0) {
        const threshold = r * reorderMin;
        if (level <= threshold) {
          best = Math.min(best, t - nowMin);
          break;
        }
        const hit = t + (level - threshold) / r;
        if (hit <= end) {
          best = Math.min(best, hit - nowMin);
          break;
        }
        level -= r * (end - t);
      }
      t = end;
    }
  }
  return best;
}

function bed(birthMin: number, stayMin: number, lastMin: number, usage: number[], level: number[]): Bed {
  return {
    index: 0, motherId: 'm0', newbornIds: ['n0'], room: 0, birthMin, dischargeMin: birthMin + stayMin, nicu: false, companionId: null,
    usage: Float64Array.from(usage), level: Float64Array.from(level), lastMin, present: true, onTrip: false, stockedUp: true, tripEvent: -1,
  };
}

const nearDayEnds = fc.oneof(
  fc.constantFrom(0, 1e-9, 0.5, MINUTES_PER_DAY - 0.5, MINUTES_PER_DAY - 1e-9),
  fc.double({ min: 0, max: MINUTES_PER_DAY, noNaN: true, maxExcluded: true }),
);

const arbBed = fc.record({
  birth: fc.double({ min: 0, max: 400 * MINUTES_PER_DAY, noNaN: true }),
  stay: fc.oneof(fc.double({ min: 60, max: 20 * MINUTES_PER_DAY, noNaN: true }), fc.constant(70 * MINUTES_PER_DAY)),
  /** Whole days since birth at the last update, and where in that day (near its ends often). */
  days: fc.integer({ min: 0, max: 12 }),
  into: nearDayEnds,
  /** Whole days on to now, and where in that day. */
  ahead: fc.integer({ min: 0, max: 5 }),
  nowInto: nearDayEnds,
  usage: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 3, noNaN: true })), { minLength: p.skuCount, maxLength: p.skuCount }),
  level: fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: p.skuCount, maxLength: p.skuCount }),
});

describe('needs: bedside levels over postpartum days', () => {
  it('consumeTo and minutesToReorder give the same numbers, bit for bit, as the plain per-SKU day walk', () => {
    fc.assert(
      fc.property(arbBed, ({ birth, stay, days, into, ahead, nowInto, usage, level }) => {
        const last = birth + days * MINUTES_PER_DAY + into;
        const now = birth + (days + ahead) * MINUTES_PER_DAY + nowInto;
        const a = bed(birth, stay, last, usage, level);
        const b = bed(birth, stay, last, usage, level);
        expect(Object.is(consumeTo(p, a, now), consumeRef(p, b, now))).toBe(true);
        expect(Array.from(a.level)).toEqual(Array.from(b.level));
        expect(a.lastMin).toBe(b.lastMin);
        expect(Object.is(minutesToReorder(p, a, now, 240), reorderRef(p, b, now, 240))).toBe(true);
        // And from stock that has not been used yet (a bed just back from a trip).
        const c = bed(birth, stay, now, usage, level.map((x) => 2 + x));
        expect(Object.is(minutesToReorder(p, c, now, 240), reorderRef(p, c, now, 240))).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('a day boundary inside the interval switches the rate: 8 pads/day on day 3, 5 on day 4', () => {
    const usage = new Array<number>(p.skuCount).fill(0);
    usage[0] = 1; // maternity pad: 8 a day on days 0-3, 5 from day 4
    const level = new Array<number>(p.skuCount).fill(0);
    level[0] = 20;
    const b = bed(0, 10 * MINUTES_PER_DAY, 3.5 * MINUTES_PER_DAY, usage, level);
    const used = consumeTo(p, b, 4.5 * MINUTES_PER_DAY);
    expect(used).toBeCloseTo(4 + 2.5, 9);
    expect(b.level[0]).toBeCloseTo(20 - 6.5, 9);
    // 13.5 pads at 5 a day, reorder point 4 h of use: (13.5 - 5/6) / 5 days from now.
    expect(minutesToReorder(p, b, 4.5 * MINUTES_PER_DAY, 240)).toBeCloseTo(((13.5 - 5 / 6) / 5) * MINUTES_PER_DAY, 6);
  });
});
