import { describe, expect, it } from 'vitest';
import { sizingData, twinData } from '../../../viz/src/adapters/index.js';
import { setLocale } from '../../../viz/src/i18n/index.js';

describe('sizing and twin adapters', () => {
  it('sizingData() names a curve without a target in the page\'s language', () => {
    const answer = { curve: [{ deliveries: 1000, cabinets: 1 }] };
    expect(sizingData(answer)?.curves[0].target).toBe('all targets');
    setLocale('zh-CN', false);
    expect(sizingData(answer)?.curves[0].target).toBe('全部目标');
    setLocale('en', false);
  });

  it('sizingData() groups curve points by target and keeps run ids', () => {
    const d = sizingData({ curve: [{ deliveries: 1000, cabinets: 1, target: 'fill', runId: 'r1' }, { deliveries: 2000, cabinets: 2, target: 'fill', runId: 'r2' }, { deliveries: 1000, cabinets: 2, target: 'wait' }] }, 1500);
    expect(d).toEqual({
      curves: [{ target: 'fill', deliveries: [1000, 2000], cabinets: [1, 2], runIds: ['r1', 'r2'] }, { target: 'wait', deliveries: [1000], cabinets: [2] }],
      hospitalDeliveries: 1500,
    });
  });

  it('sizingData() refuses an answer without points', () => {
    expect(sizingData({ curve: [] })).toBeNull();
    expect(sizingData('nonsense')).toBeNull();
  });

  it('twinData() joins slots with the forecast median and the time to the next round', () => {
    const cabinets = [{ id: 'c1', slots: [{ id: 's1', sku: 'pads', capacityUnits: 20, onHandUnits: 5 }, { id: 's2', sku: null, capacityUnits: 10, onHandUnits: 0 }, { id: 's3', sku: 'wipes', capacityUnits: 8, onHandUnits: 8 }] }];
    const forecast = { fromMin: 600, untilMin: 900, horizon: 'next-restock-round', slots: [{ cabinetId: 'c1', slotId: 's1', timeToStockoutMin: { mean: 100, p10: 50, p50: 90, p90: null } }, { cabinetId: 'c1', slotId: 's3', timeToStockoutMin: { mean: null, p10: null, p50: null, p90: null } }] };
    expect(twinData(cabinets, 600, forecast)).toEqual({
      nowMin: 600,
      nextRestockHours: 5,
      slots: [
        { cabinet: 'c1', slot: 's1', sku: 'pads', level: 5, capacity: 20, hoursToStockout: 1.5 },
        { cabinet: 'c1', slot: 's3', sku: 'wipes', level: 8, capacity: 8, hoursToStockout: null },
      ],
    });
  });
});
