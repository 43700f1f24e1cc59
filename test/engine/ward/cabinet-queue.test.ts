import { describe, expect, it } from 'vitest';
import { admitAt, runUntil, tinyWard } from './_support/tiny-ward.js';

describe('the cabinet screen (tiny ward)', () => {
  it('serves one at a time, first come first served, and lets the restocker ahead of waiting families', () => {
    // A round at 3.75 min: the restocker reaches the cabinet at 4.75 while m1 is at the screen
    // and m2 waits since 3; she goes next, m2 after her.
    const w = tinyWard({ restock: { roundHours: [0.0625] } });
    admitAt(w, 'm0', 0, [20, 12], 0);
    admitAt(w, 'm1', 0, [21, 12], 1);
    admitAt(w, 'm2', 0, [22, 12], 2);
    w.ward.cabinets!.restock.start();
    runUntil(w, 30);
    expect(w.trace).toEqual([
      ['m0 sets out', 0],
      ['m1 sets out', 1],
      ['m0 at cabinet', 1],
      ['m0 at the screen of cab-1', 1],
      ['m2 sets out', 2],
      ['m1 at cabinet', 2],
      ['m0 leaves cab-1', 3],
      ['m1 at the screen of cab-1', 3],
      ['m2 at cabinet', 3],
      ['round sets out', 3.75],
      ['m0 home', 4],
      ['restocker at cab-1', 4.75],
      // m1 has two lines (a pad and an underpad used since her admission): 3 min at the screen.
      ['m1 leaves cab-1', 6],
      ['restocker at the screen of cab-1', 6],
      ['m1 home', 7],
      // Set-up 1 min and two slots to fill, 1 min each.
      ['restocker fills cab-1', 9],
      ['m2 at the screen of cab-1', 9],
      ['restocker back at the store room', 10],
      ['m2 leaves cab-1', 12],
      ['m2 home', 13],
    ]);
    expect(w.ward.cabinets!.screens[0].queueLength).toBe(0);
  });
});
