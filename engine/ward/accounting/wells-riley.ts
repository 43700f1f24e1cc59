/**
 * The airborne route in a shared space (Wells–Riley, as in Noakes & Sleigh 2009): each
 * infectious person emits q quanta an hour into well-mixed air that is replaced at
 * Q = volume × air changes per hour (m3/h); someone breathing p m3 an hour there for t hours
 * inhales a dose of I q p t / Q quanta from I infectious people and is infected with probability
 * 1 − exp(−dose). The exponent matters on a ward: a day beside an infectious roommate is a dose
 * of about half a quantum, where the straight-line "risk ≈ dose" would overstate a stay of
 * several days by half or more.
 *
 * The contact book takes the expectation over who is infectious: a pair's exposure counts
 * P(the other is infectious) × (1 − exp(−q p t / Q)), first order in prevalence, so it is
 * exact when at most one infectious person shares an exposure (the case at ward prevalences
 * of 1 % or so) and slightly above it otherwise.
 */

/** A shared space's air: volume and clean-air changes per hour. */
export interface AirSpace {
  /** Air volume, m3. */
  readonly volumeM3: number;
  /** Air changes per hour with outdoor or filtered air, 1/h. */
  readonly airChangesPerHour: number;
}

/**
 * Wells–Riley probability of infection: 1 − exp(−I q p t / Q).
 * @param infectious I, infectious people present
 * @param quantaPerHour q, quanta each emits per hour
 * @param breathingM3PerHour p, the susceptible's breathing rate, m3/h
 * @param hours t, exposure time, h
 * @param air the space (Q = volume × air changes per hour, m3/h)
 * @returns a probability in [0, 1)
 */
export function wellsRiley(infectious: number, quantaPerHour: number, breathingM3PerHour: number, hours: number, air: AirSpace): number {
  return -Math.expm1(-(infectious * quantaPerHour * breathingM3PerHour * hours) / (air.volumeM3 * air.airChangesPerHour));
}

/**
 * Quanta one susceptible inhales per minute from one infectious person in the space:
 * q p / (60 Q).
 * @param quantaPerHour q, quanta/h
 * @param breathingM3PerHour p, m3/h
 * @param air the space
 * @returns quanta/min
 */
export function quantaPerMinute(quantaPerHour: number, breathingM3PerHour: number, air: AirSpace): number {
  return (quantaPerHour * breathingM3PerHour) / (60 * air.volumeM3 * air.airChangesPerHour);
}

/**
 * Probability of infection over `minutes` at `dosePerMinute` quanta/min (one infectious person):
 * 1 − exp(−dose).
 */
export function infectedByDose(dosePerMinute: number, minutes: number): number {
  return -Math.expm1(-dosePerMinute * minutes);
}
