import { describe, expect, it } from 'vitest';
import { layout, table } from '../../../viz/src/charts/cabinet-board.js';
import type { CabinetBoardData } from '../../../viz/src/charts/cabinet-board.js';

const data: CabinetBoardData = {
  cabinets: [
    { id: 'C1', slotSkus: ['a', 'b', 'c'], slotCapacities: [10, 20, 4] },
    { id: 'C2', slotSkus: ['a'], slotCapacities: [10] },
  ],
  timesMin: [0, 60],
  levels: [
    [[10, 5, 0], [2]],
    [[0, 20, 4], [10]],
  ],
};

describe('cabinet-board layout()', () => {
  it('draws every slot of every cabinet, coloured by level / capacity', () => {
    const l = layout(data, { columns: 2, cell: 30 });
    expect(l.slots).toHaveLength(4);
    expect(l.slots.map((s) => s.fill)).toEqual([1, 0.25, 0, 0.2]);
    expect(l.slots.map((s) => s.empty)).toEqual([false, false, true, false]);
    expect(l.color.domain()).toEqual([0, 1]);
  });

  it('wraps slots into `columns` per cabinet and places cabinets side by side', () => {
    const l = layout(data, { columns: 2, cell: 30 });
    const [a, b, c, d] = l.slots;
    expect([a.x, b.x, c.x]).toEqual([0, 30, 0]);
    expect(c.y).toBe(a.y + 30);
    expect(d.x).toBe(2 * 30 + 24);
  });

  it('timeIndex picks the frame, clamped to the frames present', () => {
    expect(layout(data, { timeIndex: 1 }).slots.map((s) => s.level)).toEqual([0, 20, 4, 10]);
    expect(layout(data, { timeIndex: 99 }).timeIndex).toBe(1);
    expect(layout(data, { timeIndex: -3 }).timeMin).toBe(0);
  });

  it('rejects missing frames, bad columns and zero capacities', () => {
    expect(() => layout({ ...data, levels: [] })).toThrow(/cabinet-board: levels must have one frame per timesMin entry/);
    expect(() => layout(data, { columns: 0 })).toThrow(/columns\(=0\) must be an integer >= 1/);
    expect(() => layout({ ...data, cabinets: [{ id: 'X', slotSkus: ['a'], slotCapacities: [0] }] })).toThrow(/cabinets\[0\] slot capacities must be > 0/);
  });

  it('table() has a row per frame x slot', () => {
    expect(table(data).rows).toHaveLength(8);
    expect(table(data).rows[4]).toEqual([60, 'C1', 0, 'a', 0, 10]);
  });
});
