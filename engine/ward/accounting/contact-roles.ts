/**
 * Contact roles and activities: the role indices of the contact matrices (ward people first)
 * and the activity a contact or an infection is filed under.
 */

/** Roles, in matrix order (`visitor` was added last so older readers keep their indices). */
export const ROLES = ['mother', 'newborn', 'companion', 'nurse', 'restocker', 'public', 'visitor'] as const;
/** A role name. */
export type Role = (typeof ROLES)[number];
export const MOTHER = 0;
export const NEWBORN = 1;
export const COMPANION = 2;
export const NURSE = 3;
export const RESTOCKER = 4;
/** Strangers at the shop and in the lift (crowd contacts only). */
export const PUBLIC = 5;
/** Someone visiting a mother (lift, corridor, room). */
export const VISITOR = 6;
/** Roles below this index are ward people: they make a contact a ward contact and receive infections. */
export const WARD_ROLES = 5;
/** Activity a contact belongs to: supply trips, handovers and restock. */
export const PURPOSE_SUPPLY = 0;
/** Activity a contact belongs to: visits and companion hand-overs. */
export const PURPOSE_VISITS = 1;
/** Activity a contact belongs to: staff care in the room. */
export const PURPOSE_CARE = 2;
/** Activity a contact belongs to: roommates and their companions in a shared room. */
export const PURPOSE_ROOMMATES = 3;
/** Number of activities (`PURPOSE_*`). */
export const PURPOSES = 4;
