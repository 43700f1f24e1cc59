// The night windows of the order-up-to check: a window opens at the restocker's shift end with
// the units then held, a round that set out in the shift and reaches the cabinet after its end
// restarts the night from what it left, and the next shift's round closes it.
import { describe, expect, it } from 'vitest';
import type { CabinetState, RestockReceipt } from '../../../engine/dispensing/index.js';
import { StockCycleLog } from '../../../engine/ward/accounting/stock-cycles.js';

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
});
