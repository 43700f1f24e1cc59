import { describe, expect, it } from 'vitest';
import { admitAt, runUntil, tinyWard } from './_support/tiny-ward.js';

describe('the nurse station (tiny ward)', () => {
  it('serves as many requests as the roster allows, first come first served, and a roster step up serves the waiting at once', () => {
    // 4 nurses until 01:00 and 8 after, a quarter free for supplies: one server, then two.
    const w = tinyWard({
      channels: { order: ['nurse-station'] },
      people: { shifts: [{ name: 'E', startHour: 0, hours: 1, nurses: 4 }, { name: 'L', startHour: 1, hours: 23, nurses: 8 }] },
    });
    admitAt(w, 'm0', 0, [20, 12], 57);
    admitAt(w, 'm1', 0, [20, 12], 58);
    admitAt(w, 'm2', 0, [20, 12], 58.5);
    runUntil(w, 80);
    expect(w.trace).toEqual([
      ['m0 sets out', 57],
      ['m1 sets out', 58],
      ['m0 at nurse-station', 58],
      ['nurse takes m0\'s request', 58],
      ['m2 sets out', 58.5],
      ['m1 at nurse-station', 59],
      ['m2 at nurse-station', 59.5],
      // 01:00: a second nurse is free for supplies.
      ['nurse takes m1\'s request', 60],
      // Handover 1 min, store room 3 min (walk 2, pick 1).
      ['nurse hands m0 the items', 62],
      ['nurse takes m2\'s request', 62],
      ['m0 home', 63],
      ['nurse hands m1 the items', 64],
      ['m1 home', 65],
      ['nurse hands m2 the items', 66],
      ['m2 home', 67],
    ]);
  });
});
