/**
 * A contact zone: who is in it now, since when its pairs have accrued, and its per-pair
 * transmission (close contact, by role pair) and airborne dose rates. The contact book owns and
 * updates zones (see contacts.ts).
 */

/** One contact zone. */
export interface Zone {
  readonly name: string;
  readonly counts: Int32Array;
  /** Bit r set when someone of role r is in the zone (`counts[r] > 0`). */
  present: number;
  occupancy: number;
  lastMin: number;
  readonly proximity: number;
  /** Activity of pairs in this zone (a pair with a visitor always counts as visits). */
  readonly purpose: number;
  /** Expected transmissions per pair-minute from role a to role b, `[a * R + b]` with R the number of roles, proximity included; 0 when b is not a ward role. */
  readonly risk: Float64Array;
  /** Quanta an adult inhales per minute from one infectious person in the zone's air (Wells–Riley q p / 60 Q). */
  readonly adultDosePerMin: number;
  /** The same for a newborn (newborn breathing rate). */
  readonly newbornDosePerMin: number;
}
