/**
 * A bed: a mother, her rooming-in newborns and her companion, the unit that keeps bedside
 * stock and makes supply trips; and the planner that schedules those trips, which the
 * population calls without knowing how trips are made.
 */

/** A mother, her rooming-in newborns and her companion: the unit that keeps bedside stock. */
export interface Bed {
  readonly index: number;
  readonly motherId: string;
  /** Rooming-in newborns (empty when the newborn is in the neonatal unit). */
  readonly newbornIds: readonly string[];
  readonly room: number;
  readonly birthMin: number;
  readonly dischargeMin: number;
  readonly nicu: boolean;
  readonly companionId: string | null;
  /** Per SKU: usage multiplier x number of patients it applies to (0 = not needed). */
  readonly usage: Float64Array;
  /** Per SKU: units at the bedside. */
  readonly level: Float64Array;
  /** Time `level` was last brought up to date, min. */
  lastMin: number;
  present: boolean;
  onTrip: boolean;
  /** The bed's first trip has set out (its admission stock-up; a bed present at a warm start has its stock). */
  stockedUp: boolean;
  /** Pending trip-start event id, or -1. */
  tripEvent: number;
}

/** Who schedules a bed's supply trips (the trips part; the population does not know how). */
export interface TripPlanner {
  /** Schedules the bed's next trip `delayMin` from now and keeps its event id in `bed.tripEvent`. */
  schedule(bed: Bed, delayMin: number): void;
}
