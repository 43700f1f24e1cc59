/**
 * The warm-up suggestion shown beside a scenario's own `run.warmupDays`: the ward is run from
 * empty with no warm-up, an output series (beds occupied by default, the quantity that starts
 * furthest from its steady level) is averaged over a few replications, and MSER-5 says how
 * much of its start to discard. The answer is advice, not applied: the scenario's setting
 * stays what it is, so results never change behind the user's back.
 */
import { MINUTES_PER_DAY } from '../dispensing/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { simulateWard } from '../ward/index.js';
import type { KpiLocale } from '../ward/index.js';
import { mser5 } from './mser.js';
import type { MserResult } from './mser.js';

/** Series MSER-5 can be run on. */
export type WarmupSeries = 'bedsOccupied' | 'nurseQueue' | 'birthsPerInterval';

/** Options of {@link suggestWarmup}. */
export interface WarmupOptions {
  /** Base seed; default the scenario's. */
  readonly seed?: number;
  /** Replications averaged (sample-wise) before MSER-5; default 3. */
  readonly replications?: number;
  /** Output series; default `bedsOccupied`. */
  readonly series?: WarmupSeries;
  /** Days simulated from empty; default warm-up + horizon, at most 120. */
  readonly days?: number;
}

/** A warm-up suggestion next to the scenario's setting. */
export interface WarmupSuggestion {
  readonly series: WarmupSeries;
  /** Suggested warm-up, days (rounded up to a whole day). */
  readonly suggestedDays: number;
  /** The scenario's `run.warmupDays`. */
  readonly scenarioDays: number;
  /** Days simulated from empty for the suggestion. */
  readonly daysSimulated: number;
  readonly replications: number;
  /** Sample interval of the series, min. */
  readonly intervalMin: number;
  readonly mser: MserResult;
}

/**
 * Runs the ward from empty and suggests a warm-up by MSER-5 (in this thread: a few short runs).
 * @throws RangeError when replications < 1 or the run is too short for 10 samples
 */
export function suggestWarmup(scenario: Scenario, options: WarmupOptions = {}): WarmupSuggestion {
  const reps = options.replications ?? 3;
  if (!Number.isInteger(reps) || reps < 1) throw new RangeError(`suggestWarmup: replications(=${reps}) must be an integer >= 1`);
  const days = options.days ?? Math.min(120, scenario.run.warmupDays + scenario.run.horizonDays);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`suggestWarmup: days(=${days}) must be an integer >= 1`);
  const key = options.series ?? 'bedsOccupied';
  const fromEmpty: Scenario = { ...scenario, run: { ...scenario.run, warmupDays: 0, horizonDays: days } };
  const seed = options.seed ?? scenario.run.seed;
  let mean: number[] = [];
  let intervalMin = 0;
  for (let r = 0; r < reps; r++) {
    const out = simulateWard(fromEmpty, { seed, replication: r, series: true });
    const s = out.series!;
    intervalMin = s.intervalMin;
    const values = s[key];
    if (r === 0) mean = values.map(() => 0);
    const n = Math.min(mean.length, values.length);
    mean.length = n;
    for (let i = 0; i < n; i++) mean[i] += values[i] / reps;
  }
  const mser = mser5(mean);
  return {
    series: key,
    suggestedDays: Math.ceil((mser.truncateObservations * intervalMin) / MINUTES_PER_DAY),
    scenarioDays: scenario.run.warmupDays,
    daysSimulated: days,
    replications: reps,
    intervalMin,
    mser,
  };
}

/** The warm-up suggestion as printed beside a run result (JSON field `warmup`). */
export interface WarmupReport {
  readonly method: 'MSER-5';
  /** The scenario's `run.warmupDays`, the setting the run used. */
  readonly scenarioDays: number;
  /** MSER-5's suggestion, days. */
  readonly suggestedDays: number;
  /** Output series MSER-5 was run on. */
  readonly series: WarmupSeries;
  /** How the series was obtained, in words. */
  readonly basis: string;
  readonly daysSimulated: number;
  readonly replications: number;
  /** Sample interval of the series, min. */
  readonly intervalMin: number;
  /** True when the minimum sat at MSER's half-way limit: the suggestion may be too short. */
  readonly atLimit: boolean;
}

/**
 * How the suggestion's series was obtained, in `lang` (`basis` of the report is the English).
 * @param w - the runs' count, length and sample interval, and the series
 */
export function warmupBasis(w: Pick<WarmupReport, 'replications' | 'daysSimulated' | 'series' | 'intervalMin'>, lang: KpiLocale): string {
  return lang === 'en'
    ? `separate runs from an empty ward without warm-up (${w.replications} replications of ${w.daysSimulated} days, same seed, ${w.series} averaged sample by sample every ${w.intervalMin} min); the run's own replications record no series before their warm-up ends`
    : `从空病区开始、不设预热的单独运行（${w.replications} 次重复，每次 ${w.daysSimulated} 天，种子相同，${w.series} 每 ${w.intervalMin} 分钟逐点取均值）；本次运行自身的重复在预热结束前不记录序列`;
}

/**
 * The report of a suggestion. The replications of a run cannot serve: they start counting
 * after the warm-up and return no series, so the suggestion comes from separate short runs
 * from empty, and `basis` says so.
 */
export function warmupReport(s: WarmupSuggestion): WarmupReport {
  return {
    method: 'MSER-5',
    scenarioDays: s.scenarioDays,
    suggestedDays: s.suggestedDays,
    series: s.series,
    basis: warmupBasis(s, 'en'),
    daysSimulated: s.daysSimulated,
    replications: s.replications,
    intervalMin: s.intervalMin,
    atLimit: s.mser.atLimit,
  };
}
