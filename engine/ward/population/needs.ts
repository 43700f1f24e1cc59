/**
 * Needs and bedside stock: each bed keeps a level per SKU that falls continuously at the
 * catalog's rate for the patient's postpartum day (times the patient's own usage multiplier).
 * No event per unit used: a trip is scheduled for the moment the first item reaches its
 * reorder point (`reorderHours` of use left), and the trip fetches every item below its target
 * (`targetHours` of use) at once. Before setting out, the family may cover some of those lines
 * from its own supplies (`coverFromOwnSupplies`).
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { baseRate } from '../context/params.js';
import type { WardParams } from '../context/params.js';
import type { TripLine } from '../trips/trip.js';
import type { Bed } from './bed.js';

/** Brings a bed's levels up to `nowMin` (levels never go below zero); returns the units used. */
export function consumeTo(p: WardParams, bed: Bed, nowMin: number): number {
  const from = bed.lastMin;
  if (nowMin <= from) return 0;
  const birth = bed.birthMin;
  const usage = bed.usage;
  const levels = bed.level;
  // Every SKU starts in the same postpartum day: one division per call, not one per SKU.
  const fromDay = Math.floor((from - birth) / MINUTES_PER_DAY);
  let used = 0;
  for (let k = 0; k < p.skuCount; k++) {
    const m = usage[k];
    if (m === 0) continue;
    let t = from;
    const before = levels[k];
    let level = before;
    // The day index advances by counting, not by re-dividing t: floating point could otherwise
    // put t = birth + (d + 1) days back into day d and loop forever.
    for (let d = fromDay; t < nowMin && level > 0; d++) {
      const end = Math.min(nowMin, birth + (d + 1) * MINUTES_PER_DAY);
      level -= baseRate(p, k, d) * m * (end - t);
      t = end;
    }
    const after = level > 0 ? level : 0;
    used += before - after;
    levels[k] = after;
  }
  bed.lastMin = nowMin;
  return used;
}

/** Minutes from `nowMin` until the first SKU reaches its reorder point (Infinity: not in this stay). */
export function minutesToReorder(p: WardParams, bed: Bed, nowMin: number, reorderMin: number): number {
  let best = Infinity;
  const birth = bed.birthMin;
  const discharge = bed.dischargeMin;
  const usage = bed.usage;
  // Every SKU starts in the same postpartum day: one division per call, not one per SKU.
  const fromDay = Math.floor((nowMin - birth) / MINUTES_PER_DAY);
  for (let k = 0; k < p.skuCount; k++) {
    const m = usage[k];
    if (m === 0) continue;
    let t = nowMin;
    let level = bed.level[k];
    for (let d = fromDay; t < discharge && t - nowMin < best; d++) {
      const r = baseRate(p, k, d) * m;
      const end = birth + (d + 1) * MINUTES_PER_DAY;
      if (r > 0) {
        const threshold = r * reorderMin;
        if (level <= threshold) {
          best = Math.min(best, t - nowMin);
          break;
        }
        const hit = t + (level - threshold) / r;
        if (hit <= end) {
          best = Math.min(best, hit - nowMin);
          break;
        }
        level -= r * (end - t);
      }
      t = end;
    }
  }
  return best;
}

function setLine(out: TripLine[], n: number, sku: number, patientId: string, want: number): void {
  const line = out[n];
  if (line === undefined) {
    out.push({ sku, patientId, want, got: 0, quotaRefused: false });
    return;
  }
  line.sku = sku;
  line.patientId = patientId;
  line.want = want;
  line.got = 0;
  line.quotaRefused = false;
}

/**
 * The item lines of a trip starting now: every SKU below its target, up to it. Written into
 * `out`, reusing its line objects (a pooled trip's), and `out` is cut to the lines written;
 * returns their number.
 */
export function tripLines(p: WardParams, bed: Bed, nowMin: number, targetMin: number, out: TripLine[]): number {
  let n = 0;
  const d = Math.floor((nowMin - bed.birthMin) / MINUTES_PER_DAY);
  for (let k = 0; k < p.skuCount; k++) {
    const m = bed.usage[k];
    if (m === 0) continue;
    const target = baseRate(p, k, d) * m * targetMin;
    const short = Math.ceil(target - bed.level[k] - 1e-9);
    if (short < 1) continue;
    if (p.skuForNewborn[k] === 1 && bed.newbornIds.length > 1) {
      // Twins: each newborn has its own wristband and quota, so one line per newborn.
      const count = bed.newbornIds.length;
      let left = short;
      for (let i = 0; i < count && left > 0; i++) {
        const q = Math.ceil(left / (count - i));
        setLine(out, n++, k, bed.newbornIds[i], q);
        left -= q;
      }
    } else {
      setLine(out, n++, k, p.skuForNewborn[k] === 1 ? bed.newbornIds[0] : bed.motherId, short);
    }
  }
  if (out.length > n) out.length = n;
  return n;
}

/**
 * Covers item lines from the family's own supplies before a trip: with one uniform draw `u` for
 * the whole need, a line is covered when `u` is below its SKU's own-supply share (so a family
 * that has one item has every item with a higher share too, and a higher share never covers
 * fewer lines). A covered line goes straight to the bedside level and leaves the trip; the
 * remaining lines keep their order at the front of `lines`, which is cut to them.
 * @returns the lines covered
 */
export function coverFromOwnSupplies(p: WardParams, bed: Bed, lines: TripLine[], u: number): number {
  let kept = 0;
  const count = lines.length;
  for (let i = 0; i < count; i++) {
    const line = lines[i];
    if (u < p.skuOwnSupplyShare[line.sku]) {
      bed.level[line.sku] += line.want;
      continue;
    }
    // Swap rather than overwrite: the pooled line objects all stay in the array.
    lines[i] = lines[kept];
    lines[kept++] = line;
  }
  lines.length = kept;
  return count - kept;
}
