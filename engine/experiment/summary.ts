// A KPI over replications: each replication of a ward run gives one number (say, boundary
// crossings in a year); the summary is their mean, sample standard deviation and the 95 %
// Student-t confidence interval for the mean. This is the `{ mean, sd, ci95, n }` of the run
// result contract.
import { studentTQuantile } from './student-t.js';

/**
 * A KPI summarised over independent replications.
 *
 * `ci95` is `null` when n = 1: one replication says nothing about run-to-run spread, and an
 * interval of zero width would claim a certainty the run does not have. With n ≥ 2 and all
 * values equal the interval is `[mean, mean]` (no spread observed).
 */
export interface Summary {
  /** Arithmetic mean of the replication values (in the KPI's own unit). */
  mean: number;
  /** Sample standard deviation (divisor n − 1); 0 when n = 1. */
  sd: number;
  /** 95 % Student-t confidence interval for the mean, `[lo, hi]`; `null` when n = 1. */
  ci95: [number, number] | null;
  /** Number of replications summarised. */
  n: number;
}

/**
 * Summarise replication values as mean, sample sd and 95 % t-interval.
 *
 * The mean and variance use Welford's update so that large, nearly equal values (patient-days
 * in the tens of thousands) do not lose digits. The order of `values` matters only in the last
 * bits, so callers pass them in replication order to keep results byte-identical.
 *
 * @param values - one finite number per replication, at least one
 * @throws RangeError when `values` is empty or holds a non-finite number
 */
export function summarise(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) throw new RangeError('summarise: values must hold at least 1 number');
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) {
      throw new RangeError(`summarise: values[${i}](=${x}) must be a finite number`);
    }
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  if (n === 1) return { mean, sd: 0, ci95: null, n };
  const sd = Math.sqrt(Math.max(0, m2) / (n - 1));
  const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { mean, sd, ci95: [mean - half, mean + half], n };
}

/**
 * Half-width of a summary's 95 % interval (`Infinity` when n = 1), in the KPI's unit; what a
 * precision target ("±2 crossings") is compared with.
 */
export function halfWidth(summary: Summary): number {
  if (summary.ci95 === null) return Infinity;
  return (summary.ci95[1] - summary.ci95[0]) / 2;
}
