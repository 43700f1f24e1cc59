import { describe, expect, it } from 'vitest';
import { setSlotJammed } from '../../../engine/dispensing/index.js';
import { admitAt, runUntil, tinyWard } from './_support/tiny-ward.js';
import type { TinyWard } from './_support/tiny-ward.js';

/** Jams (or repairs) the underpad slot at `atMin`, telling the stock notification as the failures do. */
function jamUnderpadAt(w: TinyWard, atMin: number, jammed: boolean): void {
  const { ctx, cabinets } = w.ward;
  ctx.env.schedule(atMin, () => {
    const cab = cabinets!.dispensing.cabinets[0];
    setSlotJammed(cabinets!.dispensing, cab.id, cab.slots[1].id, jammed, ctx.env.now);
    cabinets!.stock.jamChanged(cab, 1, ctx.env.now);
  });
}

describe('stock-outs (tiny ward)', () => {
  it('open when a SKU loses its last usable unit (a dispense or a jam) and close when a restock or a repair brings units back', () => {
    const w = tinyWard({ restock: { roundHours: [2] } });
    // 10 pads wanted: the cabinet's last 10.
    admitAt(w, 'm0', 0, [14, 12], 0);
    jamUnderpadAt(w, 30, true);
    jamUnderpadAt(w, 60, false);
    w.ward.cabinets!.restock.start();
    runUntil(w, 200);
    expect(w.trace).toEqual([
      ['m0 sets out', 0],
      ['m0 at cabinet', 1],
      ['m0 at the screen of cab-1', 1],
      ['stock-out of pad in cab-1', 1],
      ['m0 leaves cab-1', 3],
      ['m0 home', 4],
      ['stock-out of underpad in cab-1', 30],
      ['cab-1 has underpad again', 60],
      ['round sets out', 120],
      ['restocker at cab-1', 121],
      ['restocker at the screen of cab-1', 121],
      ['restocker fills cab-1', 123],
      ['cab-1 has pad again', 123],
      ['restocker back at the store room', 124],
    ]);
  });

  it('count events and hours per (cabinet, SKU) into the KPIs, the open one until the end', () => {
    const w = tinyWard();
    admitAt(w, 'm0', 0, [14, 12], 0);
    jamUnderpadAt(w, 30, true);
    jamUnderpadAt(w, 60, false);
    runUntil(w, 120);
    const { ctx, cabinets } = w.ward;
    cabinets!.stockouts.close(120);
    // Pad out from 1 to 120 (no round), underpad from 30 to 60.
    expect(ctx.kpis.stockoutEvents).toBe(2);
    expect(ctx.kpis.stockoutSlotMin).toBe(119 + 30);
  });
});
