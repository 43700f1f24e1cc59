import { describe, expect, it } from 'vitest';
import { admitAt, runUntil, tinyWard } from './_support/tiny-ward.js';

// Tiny ward (see _support/tiny-ward.ts): every walk 1 min (room <-> cabinet, room <-> counter;
// cabinet -> counter 2 min), a screen session 1 min + 1 min per line, a nurse's fetch 4 min.
describe('supply trips (tiny ward)', () => {
  it('go to the cabinet, take what it has, fetch the rest at the nurse station and come home', () => {
    const w = tinyWard();
    // 0 pads at the bedside: 24 wanted, the cabinet holds 10; underpads are at target.
    admitAt(w, 'm0', 0, [0, 12], 0);
    runUntil(w, 600);
    expect(w.trace).toEqual([
      ['m0 sets out', 0],
      ['m0 at cabinet', 1],
      ['m0 at the screen of cab-1', 1],
      ['stock-out of pad in cab-1', 1],
      ['m0 leaves cab-1', 3],
      ['m0 at nurse-station', 5],
      ['nurse takes m0\'s request', 5],
      ['nurse hands m0 the items', 9],
      ['m0 home', 10],
    ]);
  });

  it('come back short and try again an hour later, not at once', () => {
    // Only the nurse station, whose store room holds nothing: the trip brings nothing back.
    const w = tinyWard({ channels: { order: ['nurse-station'], nurseStationStockShare: 0 } });
    admitAt(w, 'm0', 0, [0, 12], 0);
    runUntil(w, 70);
    expect(w.trace).toEqual([
      ['m0 sets out', 0],
      ['m0 at nurse-station', 1],
      ['nurse takes m0\'s request', 1],
      ['nurse hands m0 the items', 5],
      ['m0 home', 6],
      ['m0 sets out', 66],
      ['m0 at nurse-station', 67],
      ['nurse takes m0\'s request', 67],
    ]);
  });

  it('with the next reorder point hours away, the next trip waits for it', () => {
    // The cabinet gives 10 pads, the nurse nothing: back with 10 pads, which reach the reorder
    // point (4 h of use, 4 pads) 6 h later.
    const w = tinyWard({ channels: { nurseStationStockShare: 0 } });
    admitAt(w, 'm0', 0, [0, 12], 0);
    runUntil(w, 370.5);
    expect(w.trace.slice(-3)).toEqual([['nurse hands m0 the items', 9], ['m0 home', 10], ['m0 sets out', 370]]);
  });
});
