/**
 * What the contact book reports on infections: expected infections by receiving role and by
 * activity, and the per-family factors of second-generation transmission it applies.
 */

/** Expected infections of one replication by receiving role and by activity (KPI extras). */
export interface InfectionKpis {
  /** Expected infections received by mothers. */
  expectedInfectionsMother: number;
  /** Expected infections received by newborns. */
  expectedInfectionsNewborn: number;
  /** Expected infections received by companions. */
  expectedInfectionsCompanion: number;
  /** Expected infections received by nurses. */
  expectedInfectionsNurse: number;
  /** Expected infections received by restockers. */
  expectedInfectionsRestocker: number;
  /** Expected infections from supply activity (trips, nurse handovers, restock; cabinets change these). */
  expectedInfectionsSupply: number;
  /** Expected infections from visits and companion hand-overs (visitor rules change these). */
  expectedInfectionsVisits: number;
  /** Expected infections from nurse care in the room (neither changes these). */
  expectedInfectionsCare: number;
  /** Expected infections between roommates and their companions in shared rooms. */
  expectedInfectionsRoommates: number;
  /** Of all expected infections, those passed on inside a family (second generation). */
  expectedInfectionsSecondary: number;
  /** Of all expected infections, first-generation ones by close contact (within ~1.5 m). */
  expectedInfectionsCloseContact: number;
  /** Of all expected infections, first-generation ones by the airborne route (Wells–Riley). */
  expectedInfectionsAirborne: number;
}

/** Per-family factors of second-generation transmission (see care.ts `householdFactors`). */
export interface HouseholdFactors {
  /** Expected secondary cases in the mother per infected companion. */
  companionToMother: number;
  /** Expected secondary cases in newborns per infected companion. */
  companionToNewborn: number;
  /** Expected secondary cases in newborns per infected mother. */
  motherToNewborn: number;
}
