// The FEFO lot kept between dispenses (engine/dispensing/fefo-order.ts): a dispense that follows
// another at the same cabinet and SKU takes from it without looking, so every other stock change
// that could move the FEFO lot must make it look again. Each step below would take from the
// wrong lot if the kept lot outlived the change.
import { describe, expect, it } from 'vitest';
import { admitPatient, applyRestock, createDispensingState, dispense, setSlotJammed } from '../../../engine/dispensing/index.js';
import type { DispensingState } from '../../../engine/dispensing/index.js';
import { DAY, smallWard } from './fixtures.js';

function ward(): DispensingState {
  const s = createDispensingState(
    smallWard({
      cabinets: [
        { id: 'C1', modelId: 'std', location: { x: 0, y: 0 }, slotSkus: ['pad', 'pad', 'wipes'] },
        { id: 'C2', modelId: 'std', location: { x: 10, y: 0 }, slotSkus: ['pad', 'nappy', 'wipes'] },
      ],
      entitlements: [{ sku: 'pad', kinds: ['mother'], perDay: 100 }],
      initialLots: [
        { cabinetId: 'C1', slotId: 'a', lotId: 'late', quantity: 5, expiresAtMin: 100 * DAY },
        { cabinetId: 'C1', slotId: 'b', lotId: 'early', quantity: 5, expiresAtMin: 80 * DAY },
      ],
    }),
  );
  admitPatient(s, { patientId: 'M1', kind: 'mother', room: 'R1', timeMin: 0 });
  return s;
}

let seq = 0;
function lotTaken(s: DispensingState, quantity: number, timeMin: number): string {
  const out = dispense(s, { requestId: `q${seq++}`, patientId: 'M1', sku: 'pad', quantity, cabinetId: 'C1', timeMin });
  if (!out.ok) throw new Error(`refused: ${out.reason}`);
  return out.grants.map((g) => `${g.slotId}/${g.lotId}:${g.quantity}`).join(' ');
}

describe('takeUnits kept FEFO lot', () => {
  it('follows restocks, jams, repairs, emptied lots and expiry', () => {
    const s = ward();
    expect(lotTaken(s, 1, 10)).toBe('b/early:1');
    expect(lotTaken(s, 1, 11)).toBe('b/early:1');
    // A lot that expires sooner arrives in the other slot.
    applyRestock(s, { lines: [{ cabinetId: 'C1', slotId: 'a', lots: [{ lotId: 'sooner', quantity: 2, expiresAtMin: 60 * DAY }] }] }, 12);
    expect(lotTaken(s, 1, 13)).toBe('a/sooner:1');
    // Jammed: the next working slot's lot.
    setSlotJammed(s, 'C1', 'a', true, 14);
    expect(lotTaken(s, 1, 15)).toBe('b/early:1');
    setSlotJammed(s, 'C1', 'a', false, 16);
    // The kept lot runs out in one take: the next lot is found in the order.
    expect(lotTaken(s, 1, 17)).toBe('a/sooner:1');
    expect(lotTaken(s, 1, 18)).toBe('b/early:1');
    // The kept lot expires: the other slot's lot is next, not the kept lot's slot's later lot.
    applyRestock(s, { lines: [{ cabinetId: 'C1', slotId: 'b', lots: [{ lotId: 'mid', quantity: 4, expiresAtMin: 90 * DAY }] }] }, 19);
    applyRestock(s, { lines: [{ cabinetId: 'C1', slotId: 'a', lots: [{ lotId: 'brief', quantity: 4, expiresAtMin: 30 * DAY }] }] }, 20);
    expect(lotTaken(s, 1, 21)).toBe('a/brief:1');
    expect(lotTaken(s, 1, 30 * DAY + 1)).toBe('b/early:1');
    // A request larger than the kept lot spans lots, earliest first.
    expect(lotTaken(s, 5, 30 * DAY + 2)).toBe('b/mid:4 a/late:1');
  });
});
