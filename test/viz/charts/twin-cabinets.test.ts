import { describe, expect, it } from 'vitest';
import { layout, riskColors, table } from '../../../viz/src/charts/twin-cabinets.js';
import { twinFixture } from '../../../viz/src/gallery/fixtures.js';

describe('twin-cabinets layout()', () => {
  const data = twinFixture();
  const l = layout(data);

  it('has one row per slot; fill width is level / capacity of the fill panel', () => {
    expect(l.rows).toHaveLength(8);
    expect(l.rows[0].fillWidth).toBeCloseTo(l.fillX(12 / 60));
  });

  it('forecast bars end at hoursX(hours to stock-out), capped at the horizon', () => {
    expect(l.forecastLeft + l.rows[0].forecastWidth).toBeCloseTo(l.hoursX(2.5));
    const none = l.rows.find((r) => r.hoursToStockout === null)!;
    expect(l.forecastLeft + none.forecastWidth).toBeCloseTo(l.hoursX(48));
  });

  it('flags slots that run out before the next restock round', () => {
    // Next round in 2 h 55 min: 2.5 h, 1.2 h and 0 h run out first.
    expect(l.rows.filter((r) => r.risk === 'before').map((r) => r.hoursToStockout)).toEqual([2.5, 1.2, 0]);
    expect(l.rows.filter((r) => r.risk === 'none')).toHaveLength(2);
    expect(l.restockX).toBeCloseTo(l.hoursX(175 / 60));
    expect(riskColors.before).not.toBe(riskColors.after);
  });

  it('rejects a negative forecast and a zero horizon', () => {
    const bad = { ...data, slots: [{ ...data.slots[0], hoursToStockout: -1 }] };
    expect(() => layout(bad)).toThrow(/twin-cabinets: slots\[0\].hoursToStockout must be >= 0 or null/);
    expect(() => layout(data, { horizonHours: 0 })).toThrow(/horizonHours\(=0\) must be > 0/);
  });

  it('table() leaves the forecast empty when none', () => {
    expect(table(data).rows[3]).toEqual(['C1', 's4', 'wipes', 70, 80, '']);
  });
});
