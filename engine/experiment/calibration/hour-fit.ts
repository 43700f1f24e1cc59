/**
 * Demand by hour of day, from when sessions start at the screens (a login row is a family
 * reaching a cabinet). The scenario shapes trips with `tripHourWeights`: a trip falling due in
 * an hour of weight w < 1 is made then with chance w, otherwise earlier, in the last fully
 * active hour before the quiet stretch (the "spill" hour). If trips fell due evenly over the
 * day, sessions in a quiet hour h would be w[h] times those of an active hour; so the fitted
 * weight of each hour the scenario has as quiet is its count over the mean count of the
 * active hours that take no spill (at most 1), with a 95 % interval by the delta method on the
 * log of that ratio. Active hours stay 1. The chi-squared tests compare the hourly counts with
 * that even-due shape under the scenario's weights and under the fitted ones.
 *
 * Known bias of this reading: in the ward model a need that falls due inside the quiet stretch
 * with no active time left is met when due, so quiet hours see more sessions than w alone
 * predicts and the weights come out too high; hour-refine.ts corrects them by simulation.
 */
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import { chiSquaredTest, upperGammaQ } from '../validation/chi-squared.js';
import type { ChiSquared } from '../validation/chi-squared.js';
import type { LogRow } from './log-row.js';

const Z95 = 1.959963984540054;

/** One hour of the day. */
export interface HourRate {
  readonly hour: number;
  /** Sessions started in this hour over the log. */
  readonly sessions: number;
  /** Share of all sessions, with its 95 % (Wilson) interval. */
  readonly share: number;
  readonly shareCi95: readonly [number, number];
  /** The fitted trip-hour weight and its 95 % interval; the scenario's weight before. */
  readonly weight: number;
  readonly weightCi95: readonly [number, number];
  readonly scenarioWeight: number;
}

/** The hour-of-day fit. */
export interface HourFit {
  readonly sessions: number;
  readonly hours: readonly HourRate[];
  /** The hourly counts against the even-due shape under the scenario's weights. */
  readonly chiSquaredScenario: ChiSquared;
  /**
   * The same under the fitted weights (degrees of freedom less the weights fitted); after a
   * refinement, against the hourly shape the ward model simulated with them.
   */
  readonly chiSquaredFitted: ChiSquared;
  /**
   * The refinement by simulation (hour-refine.ts), when it ran: rounds, days and replications
   * simulated per round, and the elasticity of a quiet hour's share to its weight (0.2..1).
   */
  readonly refinement?: { readonly rounds: number; readonly simulatedDays: number; readonly replications: number; readonly elasticity: number };
}

/** Hours that take the spill of a quiet stretch: weight >= 1 and the next hour's below 1. */
function spillHours(w: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (let h = 0; h < 24; h++) if (w[h] >= 1 && w[(h + 1) % 24] < 1) out.add(h);
  return out;
}

/** The share of sessions per hour if trips fell due evenly, under weights `w`. */
export function evenDueShape(w: readonly number[]): number[] {
  const shape = w.map((x) => Math.min(1, x));
  for (let h = 0; h < 24; h++) {
    if (w[h] >= 1) continue;
    // The deferred part of hour h goes to the last fully active hour before its quiet stretch.
    for (let k = 1; k <= 24; k++) {
      const back = (h - k + 24) % 24;
      if (w[back] >= 1) {
        shape[back] += 1 - w[h];
        break;
      }
    }
  }
  const total = shape.reduce((a, v) => a + v, 0);
  return shape.map((v) => v / total);
}

function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = Z95 * Z95;
  const mid = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, mid - half), Math.min(1, mid + half)];
}

/**
 * Fits the hour shape; null with fewer than 100 sessions or no active hour without spill.
 * @param scenarioWeights the scenario's `catalog.tripHourWeights`
 */
export function fitHours(rows: readonly LogRow[], scenarioWeights: readonly number[]): HourFit | null {
  const counts = new Array<number>(24).fill(0);
  for (const r of rows) if (r.type === 'login') counts[Math.floor((((r.timeMin % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY) / 60)]++;
  const n = counts.reduce((a, v) => a + v, 0);
  const spill = spillHours(scenarioWeights);
  const reference = counts.map((c, h) => ({ c, h })).filter(({ h }) => scenarioWeights[h] >= 1 && !spill.has(h));
  if (n < 100 || reference.length === 0) return null;
  const refTotal = reference.reduce((a, { c }) => a + c, 0);
  const refMean = refTotal / reference.length;
  let fitted = 0;
  const hours: HourRate[] = counts.map((c, hour) => {
    const scenarioWeight = scenarioWeights[hour];
    let weight = Math.min(1, scenarioWeight);
    let weightCi95: [number, number] = [weight, weight];
    if (scenarioWeight < 1) {
      fitted++;
      const ratio = c / refMean;
      weight = Math.min(1, ratio);
      const half = c > 0 ? Z95 * Math.sqrt(1 / c + 1 / refTotal) : Number.NaN;
      weightCi95 = c > 0 ? [Math.min(1, ratio * Math.exp(-half)), Math.min(1, ratio * Math.exp(half))] : [0, Math.min(1, 3 / refMean)];
    }
    return { hour, sessions: c, share: c / n, shareCi95: wilson(c, n), weight, weightCi95, scenarioWeight };
  });
  const before = chiSquaredTest(counts, evenDueShape(scenarioWeights));
  const afterRaw = chiSquaredTest(counts, evenDueShape(hours.map((h) => h.weight)));
  const df = Math.max(1, afterRaw.df - fitted);
  return { sessions: n, hours, chiSquaredScenario: before, chiSquaredFitted: df === afterRaw.df ? afterRaw : { statistic: afterRaw.statistic, df, pValue: upperGammaQ(df / 2, afterRaw.statistic / 2) } };
}
