/**
 * Trip waits from raw samples to the histogram the trip-wait chart draws: fixed-width bins
 * from zero and the sample median and 95th percentile. The server may send binned data
 * (from its streaming histogram) instead; this is for raw samples, fixtures and tests.
 */
import { bin, quantileSorted } from 'd3';
import { allFinite, check } from './_internals/chart.js';
import { kind } from './trip-wait.js';
import type { TripWaitData } from './trip-wait.js';

/** Bin raw waits (min) into `binWidthMin`-wide bins from 0, with exact sample p50 and p95. */
export function binWaits(waitsMin: readonly number[], binWidthMin = 1): TripWaitData {
  check(binWidthMin > 0, kind, `binWaits: binWidthMin(=${binWidthMin}) must be > 0`);
  check(waitsMin.length > 0 && allFinite(waitsMin) && waitsMin.every((w) => w >= 0), kind, 'binWaits: waitsMin must be one or more finite numbers >= 0');
  const sorted = [...waitsMin].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1];
  // ceil(max / width) * width can round to just below max (60 - 1e-13 with width 5 - 1e-15),
  // and d3's bin drops a value above its domain, so step up until the last edge covers max.
  let n = Math.max(1, Math.ceil(max / binWidthMin));
  while (n * binWidthMin < max) n++;
  const edges = Array.from({ length: n + 1 }, (_, i) => i * binWidthMin);
  const bins = bin().domain([0, edges[n]]).thresholds(edges.slice(1, -1))(sorted);
  return { binEdgesMin: edges, counts: bins.map((b) => b.length), p50Min: quantileSorted(sorted, 0.5) ?? 0, p95Min: quantileSorted(sorted, 0.95) ?? 0 };
}
