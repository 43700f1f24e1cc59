/**
 * The forecast from R warm-started replications: per slot the probability of running out
 * before the restocker next fills its cabinet and within the horizon, and its time to
 * stock-out (p10/p50/p90 over all replications; null where the quantile lies beyond the
 * horizon, i.e. "not within the horizon"); per (cabinet, SKU) the same for the SKU as a whole
 * (out when its last slot in the cabinet is); per cabinet the families' expected wait for the
 * screen; and the pick list for the next fixed round.
 *
 * The pick list: for each (cabinet, SKU) and replication r, the shortfall d_r − s_r of the
 * units dispensed between the next fixed round and the one after (d_r) over the usable units
 * when the next round is due (s_r); the units to bring are the `serviceTarget` quantile of the
 * shortfall, so that in that share of replications the stock would have lasted until the round
 * after. They are spread over the SKU's working slots in proportion to capacity and capped at
 * what fits. Demand that went unserved for lack of stock is not in d_r, so the list can fall
 * short where the simulated cycle already ran out.
 */
import type { ForecastTrack, WardStart } from '../../ward/index.js';

/** Time to stock-out quantiles, minutes from the start; null: not within the horizon. */
export interface StockoutQuantiles {
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
}

/** The forecast of one slot. */
export interface SlotForecast {
  readonly cabinetId: string;
  readonly slotId: string;
  readonly sku: string;
  readonly usableUnits: number;
  readonly capacityUnits: number;
  readonly jammed: boolean;
  readonly cabinetOnline: boolean;
  /** Share of replications in which it ran out before its cabinet's next restock visit. */
  readonly outBeforeRestockProbability: number;
  /** Share of replications in which it ran out within the horizon. */
  readonly outWithinHorizonProbability: number;
  readonly timeToStockoutMin: StockoutQuantiles;
}

/** The forecast of one SKU in one cabinet. */
export interface CabinetSkuForecast {
  readonly cabinetId: string;
  readonly sku: string;
  readonly usableUnits: number;
  readonly outBeforeRestockProbability: number;
  readonly outWithinHorizonProbability: number;
  readonly timeToStockoutMin: StockoutQuantiles;
}

/** The forecast of one cabinet. */
export interface CabinetForecast {
  readonly cabinetId: string;
  readonly online: boolean;
  /** Mean over replications of the families' mean wait for the screen, min. */
  readonly expectedQueueWaitMin: number;
  /** Mean screen sessions of families within the horizon. */
  readonly expectedSessions: number;
  /** Median minute of the next restock visit from the start; null when most replications had none. */
  readonly nextRestockMin: number | null;
}

/** One line of the pick list. */
export interface PickLine {
  readonly cabinetId: string;
  readonly slotId: string;
  readonly sku: string;
  readonly units: number;
}

/** Everything the forecast answers (see the module header). */
export interface ForecastSummary {
  readonly fromMin: number;
  readonly untilMin: number;
  readonly replications: number;
  readonly seed: number;
  /** The next fixed round and the one after, minutes since the scenario start (null: none). */
  readonly nextRoundMin: number | null;
  readonly roundAfterMin: number | null;
  readonly serviceTarget: number;
  readonly slots: SlotForecast[];
  readonly cabinetSkus: CabinetSkuForecast[];
  readonly cabinets: CabinetForecast[];
  /** For the next fixed round; empty when the horizon does not reach the round after it. */
  readonly pickList: PickLine[];
}

function quantileOf(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function stockoutQuantiles(times: number[]): StockoutQuantiles {
  const sorted = times.map((t) => (t < 0 ? Infinity : t)).sort((a, b) => a - b);
  const at = (q: number): number | null => {
    const v = quantileOf(sorted, q);
    return Number.isFinite(v) ? v : null;
  };
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

const share = (xs: readonly number[], pred: (x: number) => boolean): number => xs.filter(pred).length / xs.length;

/** Options of {@link summarizeForecast}. */
export interface SummaryOptions {
  readonly seed: number;
  readonly skus: readonly string[];
  readonly serviceTarget: number;
  readonly nextRoundMin: number;
  readonly roundAfterMin: number;
}

/** Summarises the tracks of R replications started from `start` (see the module header). */
export function summarizeForecast(start: WardStart, tracks: readonly ForecastTrack[], o: SummaryOptions): ForecastSummary {
  const R = tracks.length;
  const untilMin = start.nowMin + start.horizonMin;
  const usable = (lots: WardStart['cabinets'][number]['slots'][number]['lots']): number => lots.reduce((a, l) => a + (l.expiresAtMin > start.nowMin ? l.quantity : 0), 0);
  const slots: SlotForecast[] = [];
  const cabinetSkus: CabinetSkuForecast[] = [];
  const pickList: PickLine[] = [];
  const withPicks = o.roundAfterMin <= untilMin;
  let flat = 0;
  start.cabinets.forEach((cab, c) => {
    const first = flat;
    flat += cab.slots.length;
    cab.slots.forEach((slot, i) => {
      if (slot.sku === null) return;
      const times = tracks.map((t) => t.slotOutMin[first + i]);
      slots.push({
        cabinetId: cab.id, slotId: slot.id, sku: slot.sku, usableUnits: cab.online && !slot.jammed ? usable(slot.lots) : 0, capacityUnits: slot.capacityUnits, jammed: slot.jammed, cabinetOnline: cab.online,
        outBeforeRestockProbability: share(tracks.map((t) => t.slotOutBeforeRestock[first + i]), (x) => x === 1),
        outWithinHorizonProbability: share(times, (x) => x >= 0),
        timeToStockoutMin: stockoutQuantiles(times),
      });
    });
    for (const sku of [...new Set(cab.slots.map((s) => s.sku).filter((s): s is string => s !== null))]) {
      const idx = cab.slots.map((s, i) => (s.sku === sku ? first + i : -1)).filter((i) => i >= 0);
      const outTimes = tracks.map((t) => (idx.some((i) => t.slotOutMin[i] < 0) ? -1 : Math.max(...idx.map((i) => t.slotOutMin[i]))));
      const k = o.skus.indexOf(sku);
      cabinetSkus.push({
        cabinetId: cab.id, sku,
        usableUnits: cab.online ? cab.slots.reduce((a, s) => a + (s.sku === sku && !s.jammed ? usable(s.lots) : 0), 0) : 0,
        outBeforeRestockProbability: share(tracks.map((t) => (idx.every((i) => t.slotOutBeforeRestock[i] === 1) ? 1 : 0)), (x) => x === 1),
        outWithinHorizonProbability: share(outTimes, (x) => x >= 0),
        timeToStockoutMin: stockoutQuantiles(outTimes),
      });
      if (!withPicks || k < 0) continue;
      const j = c * o.skus.length + k;
      const shortfall = tracks.map((t) => t.dispensedNextCycle[j] - t.unitsAtNextRound[j]).sort((a, b) => a - b);
      let units = Math.max(0, Math.ceil(quantileOf(shortfall, o.serviceTarget)));
      const working = cab.slots.filter((s) => s.sku === sku && !s.jammed);
      const capacity = working.reduce((a, s) => a + s.capacityUnits, 0);
      for (const s of working) {
        if (units <= 0 || capacity <= 0) break;
        const give = Math.min(units, s.capacityUnits, Math.ceil((units * s.capacityUnits) / capacity));
        if (give > 0) pickList.push({ cabinetId: cab.id, slotId: s.id, sku, units: give });
        units -= give;
      }
    }
  });
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const cabinets = start.cabinets.map((cab, c) => {
    const restock = tracks.map((t) => (t.firstRestockMin[c] < 0 ? Infinity : t.firstRestockMin[c]));
    const m = median(restock);
    return {
      cabinetId: cab.id, online: cab.online,
      expectedQueueWaitMin: tracks.reduce((a, t) => a + t.queueWaitMeanMin[c], 0) / R,
      expectedSessions: tracks.reduce((a, t) => a + t.sessions[c], 0) / R,
      nextRestockMin: Number.isFinite(m) ? m : null,
    };
  });
  return {
    fromMin: start.nowMin, untilMin, replications: R, seed: o.seed,
    nextRoundMin: Number.isFinite(o.nextRoundMin) ? o.nextRoundMin : null, roundAfterMin: Number.isFinite(o.roundAfterMin) ? o.roundAfterMin : null,
    serviceTarget: o.serviceTarget, slots, cabinetSkus, cabinets, pickList,
  };
}
