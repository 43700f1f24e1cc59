import { describe, expect, it } from 'vitest';
import { admitPatient, carryQuotaUse, createDispensingState, dispense, DispensingInputError } from '../../../engine/dispensing/index.js';
import { DAY, smallWard } from './fixtures.js';

function ward() {
  const s = createDispensingState(smallWard());
  admitPatient(s, { patientId: 'm1', kind: 'mother', room: 'R1', timeMin: 2 * DAY });
  return s;
}

describe('carryQuotaUse()', () => {
  it('counts the carried units against the stay quota and the day quota of the real admission day', () => {
    const s = ward();
    const cab = s.cabinets[0].id;
    // Admitted at 0.5 d in the live state, so 2.0 d is her quota day 1; 8 pads today, 18 this stay.
    carryQuotaUse(s, 'm1', 0.5 * DAY, [{ sku: 'pad', dayIndex: 1, dayUnits: 8, stayUnits: 18 }]);
    const today = dispense(s, { requestId: 'a', patientId: 'm1', sku: 'pad', quantity: 1, cabinetId: cab, timeMin: 2 * DAY });
    expect(today.ok ? 'granted' : today.reason).toBe('quota-exceeded');
    const tomorrow = dispense(s, { requestId: 'b', patientId: 'm1', sku: 'pad', quantity: 3, cabinetId: cab, timeMin: 2.6 * DAY });
    expect(tomorrow.ok ? 'granted' : tomorrow.reason).toBe('quota-exceeded');
    const two = dispense(s, { requestId: 'c', patientId: 'm1', sku: 'pad', quantity: 2, cabinetId: cab, timeMin: 2.6 * DAY });
    expect(two.ok).toBe(true);
  });

  it('refuses an unknown patient or SKU, an admission after the clock and a negative count, changing nothing', () => {
    const s = ward();
    const before = s.patients.get('m1');
    expect(() => carryQuotaUse(s, 'm9', 0, [])).toThrow(DispensingInputError);
    expect(() => carryQuotaUse(s, 'm1', 3 * DAY, [])).toThrow(/admittedAtMin/);
    expect(() => carryQuotaUse(s, 'm1', 0, [{ sku: 'soap', dayIndex: 0, dayUnits: 1, stayUnits: 1 }])).toThrow(/use\[0\]\.sku/);
    expect(() => carryQuotaUse(s, 'm1', 0, [{ sku: 'pad', dayIndex: 0, dayUnits: -1, stayUnits: 1 }])).toThrow(/dayUnits/);
    expect(s.patients.get('m1')).toBe(before);
  });
});
