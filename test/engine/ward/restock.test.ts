import { describe, expect, it } from 'vitest';
import { admitAt, runUntil, tinyWard } from './_support/tiny-ward.js';

describe('restock (tiny ward)', () => {
  it('a dispense down to the par level calls a par round after the response time; the fixed round still comes', () => {
    // Par at half a slot, answered 30 min later; a fixed round at 01:00.
    const w = tinyWard({ restock: { roundHours: [1], parTrigger: true, parShare: 0.5, parResponseMinutes: 30 } });
    // 6 pads wanted: the pad slot goes from 10 to 4, under its par of 5.
    admitAt(w, 'm0', 0, [18, 12], 0);
    w.ward.cabinets!.restock.start();
    runUntil(w, 120);
    expect(w.trace).toEqual([
      ['m0 sets out', 0],
      ['m0 at cabinet', 1],
      ['m0 at the screen of cab-1', 1],
      ['par trigger', 1],
      ['m0 leaves cab-1', 3],
      ['m0 home', 4],
      ['par-trigger sets out', 31],
      ['restocker at cab-1', 32],
      ['restocker at the screen of cab-1', 32],
      // Set-up 1 min and the one slot under par, 1 min.
      ['restocker fills cab-1', 34],
      ['restocker back at the store room', 35],
      ['round sets out', 60],
      ['restocker at cab-1', 61],
      ['restocker at the screen of cab-1', 61],
      // Nothing to fill: the set-up only.
      ['restocker fills cab-1', 62],
      ['restocker back at the store room', 63],
    ]);
    const pad = w.ward.cabinets!.dispensing.cabinets[0].slots[0];
    expect(pad.onHandUnits).toBe(10);
  });

  it('a par round outside the restocker shift waits for the shift to start', () => {
    // The restocker works 06:00-18:00; a par trigger at 00:01 is answered at 06:00.
    const w = tinyWard({ restock: { parTrigger: true, parShare: 0.5, parResponseMinutes: 30 }, people: { restockerShiftStartHour: 6, restockerShiftHours: 12 } });
    admitAt(w, 'm0', 0, [18, 12], 0);
    runUntil(w, 400);
    expect(w.trace.filter(([tag]) => !tag.startsWith('m0'))).toEqual([
      ['par trigger', 1],
      ['par-trigger sets out', 360],
      ['restocker at cab-1', 361],
      ['restocker at the screen of cab-1', 361],
      ['restocker fills cab-1', 363],
      ['restocker back at the store room', 364],
    ]);
  });
});
