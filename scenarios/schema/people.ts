/**
 * People and shifts: one companion per mother (who does most of the fetching), visitor rules
 * that tighten in an outbreak, nurses on a shift roster (thinner at night) and restockers on
 * day shifts.
 */
import { Type } from '@sinclair/typebox';
import { int, num, share } from './field.js';

/** One shift of the nurse roster, repeated daily. */
export const ShiftSchema = Type.Object(
  {
    name: Type.String({ description: 'Shift name (e.g. A, P, N, D12, N12)', minLength: 1, maxLength: 20 }),
    startHour: num({ what: 'Shift start, hour of day', unit: 'h', basis: 'S', source: 'DOMAIN.md: A 08-16, P 16-24, N 00-08', default: 8, min: 0, max: 23.99 }),
    hours: num({ what: 'Shift length', unit: 'h', basis: 'S', source: 'DOMAIN.md: 8 h rosters, 12 h variants', default: 8, min: 1, max: 24 }),
    nurses: int({ what: 'Nurses on the ward during this shift', unit: 'nurses', basis: 'S', source: 'HRH 2020 survey of 668 hospitals: day 1:7-8 patients, night 1:18-25', default: 6, min: 1, max: 500 }),
  },
  { additionalProperties: false, description: 'A roster shift' },
);

/** Companions, visitors, nurses and restockers. */
export const PeopleSchema = Type.Object(
  {
    companionShare: share({ what: 'Share of mothers with a fixed companion staying on the ward', basis: 'A', source: 'DOMAIN.md: typically one fixed companion', default: 0.95 }),
    companionFetchShare: share({ what: 'Share of supply trips made by the companion when there is one (else by the mother)', basis: 'A', source: 'DOMAIN.md: companions do most of the fetching', default: 0.85 }),
    companionSwapsPerDay: num({ what: 'Companion hand-overs per mother per day (each one crosses the ward boundary twice)', unit: '1/d', basis: 'A', source: 'exposed assumption; 0 under outbreak rules', default: 0.3, min: 0, max: 10 }),
    visitorsPerMotherPerDay: num({ what: 'Visitors per mother per day (corridor and lift traffic, boundary crossings)', unit: '1/d', basis: 'A', source: 'exposed assumption (one visit a mother a day, inside the visiting window); 0 under outbreak rules. Not Cohen et al. 2012\'s 23 % of room entries by personal visitors: that would take ~30 family entries a patient-day, where the model counts one per visit, hand-over and supply trip (about 2.5; see the validation row on the share of room entries by visitors and companions)', default: 1, min: 0, max: 20 }),
    visitingStartHour: num({ what: 'Visiting hours: start of the daily window in which visitors arrive', unit: 'h', basis: 'A', source: 'Chinese wards post afternoon visiting windows (e.g. 15:00-20:00); exposed assumption', default: 15, min: 0, max: 23.99 }),
    visitingHours: num({ what: 'Visiting hours: length of the daily window (24 = visits around the clock)', unit: 'h', basis: 'A', source: 'exposed assumption (DOMAIN.md: hospital-set windows)', default: 5, min: 0.25, max: 24 }),
    visitorDwellMinutes: num({ what: 'Mean visit length', unit: 'min', basis: 'A', source: 'exposed assumption', default: 30, min: 0, max: 600 }),
    shifts: Type.Array(ShiftSchema, {
      description: 'Nurse roster: shifts repeated every day; together they must cover 24 h (S: DOMAIN.md A/P/N)',
      minItems: 1,
      maxItems: 6,
      default: [
        { name: 'A', startHour: 8, hours: 8, nurses: 8 },
        { name: 'P', startHour: 16, hours: 8, nurses: 5 },
        { name: 'N', startHour: 0, hours: 8, nurses: 3 },
      ],
    }),
    nurseSupplyShare: share({ what: 'Share of nurses on shift who can break off to serve a supply request at the same time (the rest are busy with care)', basis: 'A', source: 'exposed assumption', default: 0.25 }),
    restockers: int({ what: 'Restockers (vendor or logistics staff) serving the cabinets', unit: 'people', basis: 'A', source: 'DOMAIN.md: day shifts on fixed rounds', default: 1, min: 0, max: 50 }),
    restockerShiftStartHour: num({ what: 'Restocker day shift start (par-triggered rounds only inside the shift)', unit: 'h', basis: 'A', source: 'DOMAIN.md: day shifts', default: 7, min: 0, max: 23.99 }),
    restockerShiftHours: num({ what: 'Restocker day shift length', unit: 'h', basis: 'A', source: 'DOMAIN.md: day shifts', default: 12, min: 1, max: 24 }),
  },
  { additionalProperties: false, description: 'People and shifts' },
);
