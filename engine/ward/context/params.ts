/**
 * Compiled parameters: the scenario turned once, before the run, into the numbers the event
 * handlers read (rates per minute, consumption tables by postpartum day, derived bed count).
 * Everything here is a pure function of the scenario; nothing is random.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { MINUTES_PER_DAY } from '../../dispensing/index.js';

/** A supply channel's name, as in the scenario's `channels.order`. */
export type ChannelName = Scenario['channels']['order'][number];
/** Bit of each channel in `WardParams.skuStockedBy`. */
export const CHANNEL_BIT = { cabinet: 1, 'nurse-station': 2, shop: 4 } as const satisfies Record<ChannelName, number>;
/** Every channel's bit: a SKU some channel holds. */
export const ANY_CHANNEL = CHANNEL_BIT.cabinet | CHANNEL_BIT['nurse-station'] | CHANNEL_BIT.shop;

/** Longest postpartum day with its own consumption entry; later days reuse it. */
export const MAX_CURVE_DAY = 60;

/** Numbers the model reads in its hot paths. */
export interface WardParams {
  /** Warm-up end, minutes. */
  readonly warmupMin: number;
  /** Run end, minutes (warm-up + horizon). */
  readonly endMin: number;
  /** Mean postpartum stay over both modes, days (D). */
  readonly meanStayDays: number;
  /** Beds (scenario value or derived: stay x volume / (365 x occupancy)). */
  readonly beds: number;
  /** SKU count. */
  readonly skuCount: number;
  /** 0 = mother item, 1 = newborn item, per SKU. */
  readonly skuForNewborn: Uint8Array;
  /** 0 all, 1 rooming-in only, 2 NICU-pumping mothers only, per SKU. */
  readonly skuCondition: Uint8Array;
  /** Channels holding the SKU, per SKU: `CHANNEL_BIT`s OR-ed (`stockedBy`). */
  readonly skuStockedBy: Uint8Array;
  /**
   * Chance a need for the SKU is covered from the family's own supplies, per SKU: the item's
   * `ownSupplyShare`, else `channels.ownSupplyShare` for items a cabinet or the shop holds and 0
   * for items only the nurse station holds.
   */
  readonly skuOwnSupplyShare: Float64Array;
  /** Some SKU has an own-supply share above 0 (else no draw is made at all). */
  readonly ownSupplies: boolean;
  /** Units per minute, `[sku * (MAX_CURVE_DAY + 1) + day]`. */
  readonly ratePerMin: Float64Array;
  /** Walking speed, metres per minute. */
  readonly walkMPerMin: number;
  /** Share of labour births (not scheduled CS) that end in caesarean. */
  readonly labourCaesareanShare: number;
  /**
   * Per hour of day: whole hours from that hour's start back to the start of its quiet stretch
   * (the hour after the last fully active one, `tripHourWeights` >= 1), or -1 when no hour is
   * fully active (see `activeDelay` in trips/trips.ts).
   */
  readonly quietHoursBack: Int8Array;
}

function quietHoursBack(weights: readonly number[]): Int8Array {
  const back = new Int8Array(24).fill(-1);
  for (let h = 0; h < 24; h++) {
    for (let k = 0; k < 24; k++) {
      if (weights[(((h - 1 - k) % 24) + 24) % 24] >= 1) {
        back[h] = k;
        break;
      }
    }
  }
  return back;
}

function curveRate(curve: readonly { fromDay: number; perDay: number }[], day: number): number {
  let r = 0;
  for (const step of curve) if (step.fromDay <= day) r = step.perDay;
  return r;
}

/** Compiles a validated scenario. */
export function compileParams(s: Scenario): WardParams {
  const items = s.catalog.items;
  const skuCount = items.length;
  const stride = MAX_CURVE_DAY + 1;
  const ratePerMin = new Float64Array(skuCount * stride);
  const skuForNewborn = new Uint8Array(skuCount);
  const skuCondition = new Uint8Array(skuCount);
  const skuStockedBy = new Uint8Array(skuCount);
  const skuOwnSupplyShare = new Float64Array(skuCount);
  items.forEach((item, k) => {
    for (const ch of item.stockedBy) skuStockedBy[k] |= CHANNEL_BIT[ch];
    const buyable = (skuStockedBy[k] & (CHANNEL_BIT.cabinet | CHANNEL_BIT.shop)) !== 0;
    skuOwnSupplyShare[k] = item.ownSupplyShare ?? (buyable ? s.channels.ownSupplyShare : 0);
    const sorted = [...item.curve].sort((a, b) => a.fromDay - b.fromDay);
    for (let d = 0; d <= MAX_CURVE_DAY; d++) ratePerMin[k * stride + d] = curveRate(sorted, d) / MINUTES_PER_DAY;
    skuForNewborn[k] = item.patientKind === 'newborn' ? 1 : 0;
    skuCondition[k] = item.condition === 'rooming-in' ? 1 : item.condition === 'nicu-pumping' ? 2 : 0;
  });
  const cs = s.births.caesareanShare;
  const sched = cs * s.births.scheduledCaesareanShare;
  const meanStayDays = (1 - cs) * s.stays.vaginalMeanDays + cs * s.stays.caesareanMeanDays;
  const derivedBeds = Math.ceil((meanStayDays * s.births.annualDeliveries) / (365 * s.stays.occupancyTarget));
  return {
    warmupMin: s.run.warmupDays * MINUTES_PER_DAY,
    endMin: (s.run.warmupDays + s.run.horizonDays) * MINUTES_PER_DAY,
    meanStayDays,
    beds: s.layout.beds > 0 ? s.layout.beds : Math.max(1, derivedBeds),
    skuCount,
    skuForNewborn,
    skuCondition,
    skuStockedBy,
    skuOwnSupplyShare,
    ownSupplies: skuOwnSupplyShare.some((share) => share > 0),
    ratePerMin,
    walkMPerMin: s.layout.walkingSpeedMps * 60,
    labourCaesareanShare: sched >= 1 ? 0 : (cs - sched) / (1 - sched),
    quietHoursBack: quietHoursBack(s.catalog.tripHourWeights),
  };
}

/** Base consumption rate of a SKU on a postpartum day, units per minute. */
export function baseRate(p: WardParams, sku: number, day: number): number {
  return p.ratePerMin[sku * (MAX_CURVE_DAY + 1) + (day > MAX_CURVE_DAY ? MAX_CURVE_DAY : day)];
}
