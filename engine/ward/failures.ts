/**
 * Failures: slots jam (a Poisson stream per cabinet at `jamsPerSlotPerDay` times its assigned
 * slots; the jammed slot is drawn uniformly and cleared after an exponential repair time) and
 * cabinets go offline (`offlinePerCabinetPerDay`, exponential repair). A jammed slot's units
 * cannot be dispensed; an offline cabinet serves nobody and sends people to the next one.
 */
import { setCabinetOnline, setSlotJammed } from '../dispensing/index.js';
import { standardExponential } from '../kernel/index.js';
import { checkSkuStock } from './stockouts.js';
import type { Ward } from './ward-state.js';

interface Failure {
  readonly w: Ward;
  readonly cabinet: number;
  readonly jam: boolean;
  /** Slot index for a repair, or -1 for a new failure. */
  slot: number;
}

function exp(w: Ward, mean: number): number {
  return standardExponential(w.rng.failures) * mean;
}

function assignedSlots(w: Ward, c: number): number[] {
  return w.disp!.cabinets[c].slots.filter((s) => s.skuIndex >= 0).map((s) => s.index);
}

function scheduleNext(f: Failure): void {
  const w = f.w;
  const cb = w.s.cabinets;
  const perDay = f.jam ? cb.jamsPerSlotPerDay * assignedSlots(w, f.cabinet).length : cb.offlinePerCabinetPerDay;
  if (perDay <= 0) return;
  const gap = exp(w, 1440 / perDay);
  if (w.env.now + gap < w.p.endMin) w.env.schedule(gap, onFailure, 0, { w, cabinet: f.cabinet, jam: f.jam, slot: -1 });
}

/** Starts jam and offline streams for every cabinet. */
export function startFailures(w: Ward): void {
  for (let c = 0; c < w.cabinets.length; c++) {
    scheduleNext({ w, cabinet: c, jam: true, slot: -1 });
    scheduleNext({ w, cabinet: c, jam: false, slot: -1 });
  }
}

function onFailure(f: Failure): void {
  const w = f.w;
  const disp = w.disp!;
  const cab = disp.cabinets[f.cabinet];
  const now = w.env.now;
  const cb = w.s.cabinets;
  if (f.jam) {
    const slots = assignedSlots(w, f.cabinet);
    const slot = cab.slots[slots[Math.floor(w.rng.failures.next() * slots.length)]];
    if (!slot.jammed) {
      setSlotJammed(disp, cab.id, slot.id, true, now);
      // Its SKU may now have no working slot with stock: a stock-out.
      checkSkuStock(w, f.cabinet, slot.skuIndex);
      w.env.schedule(exp(w, cb.jamRepairHoursMean * 60), onRepair, 0, { w, cabinet: f.cabinet, jam: true, slot: slot.index });
    }
  } else if (cab.online) {
    setCabinetOnline(disp, cab.id, false, now);
    w.env.schedule(exp(w, cb.offlineRepairHoursMean * 60), onRepair, 0, { w, cabinet: f.cabinet, jam: false, slot: -1 });
  }
  scheduleNext(f);
}

function onRepair(f: Failure): void {
  const w = f.w;
  const disp = w.disp!;
  const cab = disp.cabinets[f.cabinet];
  if (f.jam) {
    setSlotJammed(disp, cab.id, cab.slots[f.slot].id, false, w.env.now);
    checkSkuStock(w, f.cabinet, cab.slots[f.slot].skuIndex);
  }
  else setCabinetOnline(disp, cab.id, true, w.env.now);
}
