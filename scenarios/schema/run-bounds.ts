/**
 * Bounds of the run settings that every edge checks (the scenario schema, the CLI flags, the
 * HTTP bodies, the sweep document), written once so they cannot drift apart.
 */

/** Inclusive integer bounds. */
export interface IntegerBounds {
  readonly min: number;
  readonly max: number;
}

/** Bounds of the run settings shared by every edge. */
export const RUN_BOUNDS = {
  /** Base seed of all random streams: a non-negative 31-bit integer. */
  seed: { min: 0, max: 2 ** 31 - 1 },
  /** Replications of one run (a server or a command may lower the maximum). */
  replications: { min: 1, max: 10_000 },
  /** Days simulated after warm-up, d (ten years). */
  horizonDays: { min: 1, max: 3660 },
} as const satisfies Record<string, IntegerBounds>;
