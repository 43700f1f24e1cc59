/**
 * Service targets of a sizing question and how a candidate ward is judged against them with
 * statistical confidence. A target counts as met only when the one-sided 95 % confidence bound
 * on the side that matters clears it: the lower bound of fill rate must be at least 0.995, the
 * upper bound of the trip-wait p95 at most 5 minutes. A candidate whose mean meets a target
 * but whose bound does not is "undecided" and earns more replications before it is judged.
 */
import { studentTQuantile } from './student-t.js';
import { summarise } from './summary.js';
import type { Summary } from './summary.js';

/** Service targets; every field has a default. */
export interface SizingTargets {
  /** Least fill rate (share of item lines met at the first cabinet); default 0.995. */
  readonly minFillRate?: number;
  /** Most trip-wait p95, min; default 5. */
  readonly maxTripWaitP95Min?: number;
  /** Most stock-out slot-hours per 1,000 patient-days; default {@link DEFAULT_MAX_STOCKOUT_SLOT_HOURS} (50). */
  readonly maxStockoutSlotHoursPer1000PatientDays?: number;
}

/**
 * Default stock-out bound, hours per 1,000 patient-days that a (cabinet, SKU) pair a cabinet
 * stocks had no usable unit. The measure counts an item as out only when every slot of it is
 * empty or jammed: a single slot running dry while the item's other slots serve is routine
 * under first-expiry-first-out and not a stock-out. Under the earlier count (every empty slot)
 * the presets measured 1,400-3,800 and no ward could meet 50; counted per item, a 6,000-delivery
 * city ward sized to 3 cabinets and 2 rounds a day measures about 15 (upper 95 % bound about
 * 17), so 50 keeps the bound with room for noise and rarer items.
 */
export const DEFAULT_MAX_STOCKOUT_SLOT_HOURS = 50;

/** Targets with defaults filled. */
export type ResolvedTargets = Required<SizingTargets>;

/** Completes targets with defaults and checks them. @throws RangeError naming the broken bound */
export function resolveTargets(t: SizingTargets = {}): ResolvedTargets {
  const r: ResolvedTargets = {
    minFillRate: t.minFillRate ?? 0.995,
    maxTripWaitP95Min: t.maxTripWaitP95Min ?? 5,
    maxStockoutSlotHoursPer1000PatientDays: t.maxStockoutSlotHoursPer1000PatientDays ?? DEFAULT_MAX_STOCKOUT_SLOT_HOURS,
  };
  if (!(r.minFillRate >= 0 && r.minFillRate <= 1)) throw new RangeError(`sizing: minFillRate(=${r.minFillRate}) must be in [0, 1]`);
  if (!(r.maxTripWaitP95Min >= 0) || !Number.isFinite(r.maxTripWaitP95Min)) throw new RangeError(`sizing: maxTripWaitP95Min(=${r.maxTripWaitP95Min}) must be a finite number >= 0`);
  const so = r.maxStockoutSlotHoursPer1000PatientDays;
  if (!(so >= 0) || !Number.isFinite(so)) throw new RangeError(`sizing: maxStockoutSlotHoursPer1000PatientDays(=${so}) must be a finite number >= 0`);
  return r;
}

/** One replication's values of the sized metrics. */
export interface SizingSample {
  readonly fillRate: number;
  readonly tripWaitP95Min: number;
  readonly stockoutSlotHoursPer1000PatientDays: number;
}

/** One target checked. */
export interface TargetCheck {
  readonly metric: keyof SizingSample;
  /** `>=` or `<=`. */
  readonly sense: '>=' | '<=';
  readonly target: number;
  readonly mean: number;
  /** One-sided 95 % bound on the side that matters (the mean itself when n = 1). */
  readonly bound: number;
  /** `pass` (bound clears), `fail` (mean misses), `undecided` (mean clears, bound does not). */
  readonly verdict: 'pass' | 'fail' | 'undecided';
}

function check(metric: keyof SizingSample, sense: '>=' | '<=', target: number, s: Summary): TargetCheck {
  const t = s.n >= 2 ? studentTQuantile(0.95, s.n - 1) * (s.sd / Math.sqrt(s.n)) : Infinity;
  const bound = sense === '>=' ? s.mean - t : s.mean + t;
  const meets = (x: number): boolean => (sense === '>=' ? x >= target : x <= target);
  const verdict = meets(bound) ? 'pass' : meets(s.mean) ? 'undecided' : 'fail';
  return { metric, sense, target, mean: s.mean, bound: Number.isFinite(bound) ? bound : s.mean, verdict };
}

/** Checks samples (replication order) against every target. */
export function checkTargets(samples: readonly SizingSample[], targets: ResolvedTargets): TargetCheck[] {
  const col = (k: keyof SizingSample): Summary => summarise(samples.map((x) => x[k]));
  return [
    check('fillRate', '>=', targets.minFillRate, col('fillRate')),
    check('tripWaitP95Min', '<=', targets.maxTripWaitP95Min, col('tripWaitP95Min')),
    check('stockoutSlotHoursPer1000PatientDays', '<=', targets.maxStockoutSlotHoursPer1000PatientDays, col('stockoutSlotHoursPer1000PatientDays')),
  ];
}

/** Overall verdict: fail if any fails, undecided if any is undecided, else pass. */
export function overallVerdict(checks: readonly TargetCheck[]): 'pass' | 'fail' | 'undecided' {
  if (checks.some((c) => c.verdict === 'fail')) return 'fail';
  if (checks.some((c) => c.verdict === 'undecided')) return 'undecided';
  return 'pass';
}

/**
 * Whether every target is met beyond reasonable doubt: the one-sided 99 % bound on the side
 * that matters clears each (stricter than the 95 % bound a plan is judged on, so that looking
 * early at a few screening replications and again at the full count keeps the chance of
 * passing a plan that misses near 5 %). A search can accept such a candidate after its
 * screening replications instead of running the full count.
 * @param samples at least two replications' values
 */
export function clearlyMet(samples: readonly SizingSample[], targets: ResolvedTargets): boolean {
  if (samples.length < 2) return false;
  const t = studentTQuantile(0.99, samples.length - 1);
  const met = (k: keyof SizingSample, sense: '>=' | '<=', target: number): boolean => {
    const s = summarise(samples.map((x) => x[k]));
    const strict = sense === '>=' ? s.mean - t * (s.sd / Math.sqrt(s.n)) : s.mean + t * (s.sd / Math.sqrt(s.n));
    return sense === '>=' ? strict >= target : strict <= target;
  };
  return met('fillRate', '>=', targets.minFillRate)
    && met('tripWaitP95Min', '<=', targets.maxTripWaitP95Min)
    && met('stockoutSlotHoursPer1000PatientDays', '<=', targets.maxStockoutSlotHoursPer1000PatientDays);
}

/**
 * Whether some target is missed beyond reasonable doubt: even the optimistic one-sided 99 %
 * bound (the side that favours the candidate) misses it. A search can stop a candidate after a
 * few screening replications on this, and only run the full replications for candidates that
 * might pass; a candidate that could still pass is never stopped by it.
 * @param samples at least two replications' values
 */
export function clearlyMissed(samples: readonly SizingSample[], targets: ResolvedTargets): boolean {
  if (samples.length < 2) return false;
  const t = studentTQuantile(0.99, samples.length - 1);
  const missed = (k: keyof SizingSample, sense: '>=' | '<=', target: number): boolean => {
    const s = summarise(samples.map((x) => x[k]));
    const optimistic = sense === '>=' ? s.mean + t * (s.sd / Math.sqrt(s.n)) : s.mean - t * (s.sd / Math.sqrt(s.n));
    return sense === '>=' ? optimistic < target : optimistic > target;
  };
  return missed('fillRate', '>=', targets.minFillRate)
    || missed('tripWaitP95Min', '<=', targets.maxTripWaitP95Min)
    || missed('stockoutSlotHoursPer1000PatientDays', '<=', targets.maxStockoutSlotHoursPer1000PatientDays);
}
