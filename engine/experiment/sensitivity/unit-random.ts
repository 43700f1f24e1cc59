/**
 * Seeded uniform numbers for sampling designs and bootstraps: a kernel random stream named
 * for its purpose (`morris-design`, `sobol-bootstrap`), so a design is the same for the same
 * seed on every machine and executor.
 */
import { RandomStream } from '../../kernel/index.js';

/** A source of uniform numbers in [0, 1). */
export interface UnitRandom {
  next(): number;
}

/**
 * The stream for `purpose` under `seed`.
 * @param seed - base seed of the analysis
 * @param purpose - what the numbers are for (a different purpose gives an independent stream)
 */
export function unitRandom(seed: number, purpose: string): UnitRandom {
  return new RandomStream(JSON.stringify([seed, 'sensitivity', purpose]), purpose);
}

/** A uniform integer in 0 .. n − 1. */
export function randomIndex(random: UnitRandom, n: number): number {
  return Math.min(n - 1, Math.floor(random.next() * n));
}

/** The `q` quantile (0..1) of `values` by linear interpolation; values need not be sorted. */
export function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = q * (s.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}
