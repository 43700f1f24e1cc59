// Paired differences under common random numbers. When two ward designs are run with the same
// seed and replication index they see the same births, stays and needs, so replication i of
// the cabinet ward and replication i of the baseline differ only by the design. Differencing
// pair by pair removes the shared noise: the interval for "crossings saved" is far narrower
// than the one from two independent runs, and it is only valid when the pairing is real.
import { summarise } from './summary.js';
import type { Summary } from './summary.js';

/** How a difference was estimated; stated in every result so a reader knows the pairing. */
export const PAIRED_CRN_METHOD = 'paired-crn' as const;

/**
 * Summary of the paired differences `treatment[i] − baseline[i]` (mean, sd, 95 % t-interval).
 * A negative mean means the treatment lowers the KPI.
 *
 * @param baseline - per-replication values of the reference scenario, in replication order
 * @param treatment - per-replication values of the compared scenario, same order and length
 * @throws RangeError when the lengths differ or are zero (an unpaired comparison is refused)
 */
export function pairedDifferences(baseline: readonly number[], treatment: readonly number[]): Summary {
  if (baseline.length !== treatment.length) {
    throw new RangeError(
      `pairedDifferences: baseline.length(=${baseline.length}) must equal treatment.length(=${treatment.length})`,
    );
  }
  const diffs = new Array<number>(baseline.length);
  for (let i = 0; i < baseline.length; i++) diffs[i] = treatment[i] - baseline[i];
  return summarise(diffs);
}
