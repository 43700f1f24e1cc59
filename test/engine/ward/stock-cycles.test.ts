// The night windows of the order-up-to check: a window opens at the restocker's shift end with
// the units then held, a round that set out in the shift and reaches the cabinet after its end
// restarts the night from what it left, and the next shift's round closes it.
import { describe, expect, it } from 'vitest';
import type { CabinetState, RestockReceipt } from '../../../engine/dispensing/index.js';
import { StockCycleLog } from '../../../engine/ward/accounting/stock-cycles.js';
import type { LineTally } from '../../../engine/ward/accounting/stock-cycles.js';
import { simulateWard } from '../../../engine/ward/index.js';
import { preset } from '../experiment/preset.js';

const DAY = 1440;
const SHIFT_END = 19 * 60;
const NIGHT = 12 * 60;

/** One cabinet with one SKU in one slot holding `units` (only what the log reads). */
function cabinet(units: { n: number }): CabinetState {
  const slot = { jammed: false, get onHandUnits() { return units.n; } };
  return { index: 0, slotsBySku: [[slot]] } as unknown as CabinetState;
}

const receipt = {} as RestockReceipt;

describe('night windows (stock-cycles)', () => {
  it('a round reaching the cabinet after the shift end restarts the night from the units it left; the morning round closes it', () => {
    const log = new StockCycleLog(0, 1, 1, SHIFT_END, NIGHT);
    const units = { n: 10 };
    const cab = cabinet(units);
    log.restocked(cab, receipt, 7 * 60);
    units.n = 4;
    log.dispensed(cab, 0, 6, 18 * 60);
    // The 18:30 round reaches this cabinet at 19:20, after the shift's end.
    units.n = 30;
    log.restocked(cab, receipt, SHIFT_END + 20);
    units.n = 25;
    log.dispensed(cab, 0, 5, 23 * 60);
    // The next morning's round.
    units.n = 30;
    log.restocked(cab, receipt, DAY + 7 * 60 + 5);
    const [pair] = log.finish();
    // One window, from 19:20 with 30 units for about 11 h 45 min, not out; not the 4 units at 19:00.
    expect(pair.cycles).toEqual([[SHIFT_END + 20, 11 * 60 + 50, 30, 1, 0]]);
    // What the 19:20 round's restart dropped is not counted: the 5 units at 23:00 only.
    expect(pair.windowUnits).toBe(5);
  });

  it('without an overrun the window runs from the shift end with the units then held, and is out when they run out', () => {
    const log = new StockCycleLog(0, 1, 1, SHIFT_END, NIGHT);
    const units = { n: 10 };
    const cab = cabinet(units);
    log.restocked(cab, receipt, 7 * 60);
    units.n = 0;
    log.dispensed(cab, 0, 10, 22 * 60);
    units.n = 10;
    log.restocked(cab, receipt, DAY + 7 * 60);
    expect(log.finish()[0].cycles).toEqual([[SHIFT_END, NIGHT, 10, 1, 1]]);
  });

  it('tallies admission stock-ups apart from later trips, and the minutes the pair held stock', () => {
    const log = new StockCycleLog(0, 1, 1, SHIFT_END, NIGHT);
    const units = { n: 30 };
    const cab = cabinet(units);
    log.restocked(cab, receipt, 7 * 60);
    units.n = 26;
    log.dispensed(cab, 0, 4, 18 * 60);
    // A new mother's first trip at 20:00, then later trips at 23:00 and 01:00.
    log.serving(true);
    units.n = 20;
    log.dispensed(cab, 0, 6, 20 * 60);
    log.serving(false);
    units.n = 17;
    log.dispensed(cab, 0, 3, 23 * 60);
    units.n = 15;
    log.dispensed(cab, 0, 2, DAY + 60);
    units.n = 30;
    log.restocked(cab, receipt, DAY + 7 * 60);
    const [pair] = log.finish();
    expect(pair.cycles).toEqual([[SHIFT_END, NIGHT, 26, 1, 0]]);
    expect([pair.windowUnits, pair.windowUnitsSq, pair.admission.windowUnits, pair.admission.windowUnitsSq, pair.windowUnitsCross]).toEqual([5, 25, 6, 36, 30]);
    expect(pair.admission.linesByHour[20]).toBe(1);
    expect([pair.linesByHour[18], pair.linesByHour[23], pair.linesByHour[1], pair.linesByHour[20]]).toEqual([1, 1, 1, 0]);
    // Sizes are those of night lines: the 18:00 line is not in them.
    expect(pair.admission.lineUnits[6]).toBe(1);
    expect([pair.lineUnits[2], pair.lineUnits[3], pair.lineUnits[4]]).toEqual([1, 1, 0]);
    // Stocked from 07:00 to the next 07:00: every hour once.
    expect(pair.stockedMinByHour).toEqual(new Array<number>(24).fill(60));
  });

  it('an empty pair adds no stocked minutes until a restock fills it', () => {
    const log = new StockCycleLog(0, 1, 1, SHIFT_END, NIGHT);
    const units = { n: 10 };
    const cab = cabinet(units);
    log.restocked(cab, receipt, 7 * 60);
    units.n = 0;
    log.dispensed(cab, 0, 10, 22 * 60);
    units.n = 10;
    log.restocked(cab, receipt, DAY + 7 * 60);
    const stocked = log.finish()[0].stockedMinByHour;
    expect(stocked.slice(7, 22)).toEqual(new Array<number>(15).fill(60));
    expect([...stocked.slice(22), ...stocked.slice(0, 7)]).toEqual(new Array<number>(9).fill(0));
  });
});

/** (Var D / E D) of a class's night units over (E s^2 / E s) of its line sizes: 1 for Poisson line counts. */
function overDispersion(t: LineTally, windows: number): number {
  const lines = t.lineUnits.reduce((a, b) => a + b, 0);
  const e1 = t.lineUnits.reduce((a, c, x) => a + c * x, 0) / lines;
  const e2 = t.lineUnits.reduce((a, c, x) => a + c * x * x, 0) / lines;
  const m = t.windowUnits / windows;
  return (t.windowUnitsSq - windows * m * m) / (windows - 1) / m / (e2 / e1);
}

describe('admission stock-ups on a ward (provincial-mch)', () => {
  it('reach a cabinet in runs: their night units are over-dispersed against Poisson lines, later trips are not', () => {
    // New mothers go to the least occupied room (ties to the lowest index), so consecutive
    // admissions fill neighbouring rooms served by one cabinet: about 1.3 against 0.9.
    const s = preset('provincial-mch', 60);
    const { diagnostics } = simulateWard(s, { seed: 1, replication: 0, diagnostics: true });
    const sku = s.catalog.items.findIndex((i) => i.sku === 'underpad');
    const pairs = diagnostics!.stockCycles.filter((p) => p.sku === sku);
    expect(pairs.length).toBe(s.cabinets.instances.length);
    const mean = (f: (p: (typeof pairs)[number], w: number) => number): number =>
      pairs.reduce((a, p) => a + f(p, p.cycles.reduce((x, c) => x + c[3], 0)), 0) / pairs.length;
    const admission = mean((p, w) => overDispersion(p.admission, w));
    const later = mean((p, w) => overDispersion(p, w));
    expect(admission).toBeGreaterThan(1.2);
    expect(later).toBeLessThan(1);
    // Whole targets: an admission line is larger than a later one.
    const size = (t: LineTally): number => t.lineUnits.reduce((a, c, x) => a + c * x, 0) / t.lineUnits.reduce((a, b) => a + b, 0);
    expect(mean((p) => size(p.admission))).toBeGreaterThan(1.4 * mean((p) => size(p)));
  });
});
