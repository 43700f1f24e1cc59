/**
 * The shape shared by every distribution: draw with a stream, and know your own mean and
 * variance (used by tests against theory and by model documentation). Distributions hold no
 * random state of their own, so a stream's state alone decides every draw (snapshots, common
 * random numbers).
 */

/** Anything that yields uniform numbers in [0, 1), such as a `RandomStream`. */
export interface UniformSource {
  next(): number;
}

/** A probability distribution over numbers. */
export interface Distribution {
  /** One draw using `rng`. */
  sample(rng: UniformSource): number;
  /** Theoretical mean. */
  readonly mean: number;
  /** Theoretical variance. */
  readonly variance: number;
}
