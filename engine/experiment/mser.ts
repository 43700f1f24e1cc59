/**
 * MSER-5 warm-up detection (White 1997; Hoad, Robinson & Davies 2010): a ward simulated from
 * empty fills over its first days, and statistics taken then are biased low. MSER-5 groups an
 * output series (say, beds occupied) into batches of 5, and picks the truncation point that
 * minimises the squared standard error of the mean of what is left: cutting the biased start
 * lowers it, cutting too much raises it (fewer points). Only the first half is considered,
 * as the method prescribes, because the statistic is unstable near the end of the series.
 */

/** What MSER-5 found. */
export interface MserResult {
  /** Batches of 5 observations to discard. */
  readonly truncateBatches: number;
  /** Observations to discard (5 × batches). */
  readonly truncateObservations: number;
  /** The minimised statistic (squared standard error of the truncated batch mean). */
  readonly statistic: number;
  /** Batches in the series. */
  readonly batches: number;
  /** True when the minimum sits at the half-way limit: the series is probably too short. */
  readonly atLimit: boolean;
}

/** Batch size of MSER-5. */
export const MSER_BATCH = 5;

/**
 * MSER-5 on an output series.
 * @param series - observations at equal time steps, at least 10 (2 batches), all finite
 * @throws RangeError when the series is too short or holds a non-finite value
 */
export function mser5(series: readonly number[]): MserResult {
  const k = Math.floor(series.length / MSER_BATCH);
  if (k < 2) throw new RangeError(`mser5: series.length(=${series.length}) must be >= ${2 * MSER_BATCH}`);
  const b = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let sum = 0;
    for (let i = 0; i < MSER_BATCH; i++) {
      const x = series[j * MSER_BATCH + i];
      if (!Number.isFinite(x)) throw new RangeError(`mser5: series[${j * MSER_BATCH + i}](=${x}) must be finite`);
      sum += x;
    }
    b[j] = sum / MSER_BATCH;
  }
  // Suffix sums give every truncation's mean and variance in one pass from the end.
  const limit = Math.floor(k / 2);
  let best = 0;
  let bestStat = Infinity;
  let s1 = 0;
  let s2 = 0;
  const stats = new Float64Array(limit + 1);
  for (let j = k - 1; j >= 0; j--) {
    s1 += b[j];
    s2 += b[j] * b[j];
    if (j <= limit) {
      const m = k - j;
      stats[j] = Math.max(0, s2 - (s1 * s1) / m) / (m * m);
    }
  }
  for (let d = 0; d <= limit; d++) {
    if (stats[d] < bestStat) {
      bestStat = stats[d];
      best = d;
    }
  }
  return { truncateBatches: best, truncateObservations: best * MSER_BATCH, statistic: bestStat, batches: k, atLimit: best === limit };
}
