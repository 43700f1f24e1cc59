/**
 * Layout and walking: the ward is a corridor with patient rooms along it, a nurse station, a
 * store room and the entrance with the lift lobby; cabinets stand at points on this plan. The
 * shop is outside the ward (through the entrance, a lift ride and a walk). A large ward is
 * split into ward units (nursing units of ~40-50 beds), laid one after another along the
 * corridor, each with its own nurse station, counter and corridor.
 */
import { Type } from '@sinclair/typebox';
import { int, num } from './field.js';
import { PointSchema } from './cabinets.js';

/** Ward floor plan and walking parameters. */
export const LayoutSchema = Type.Object(
  {
    beds: int({ what: 'Postpartum beds; 0 = derived as mean stay x volume / (365 x occupancy)', unit: 'beds', basis: 'D', source: 'DOMAIN.md: ~15 per 1,000 annual deliveries', default: 0, min: 0, max: 5000 }),
    units: int({ what: 'Ward units (each its own nurse station, counter and corridor stretch); 0 = derived as ceil(beds / unitMaxBeds)', unit: 'units', basis: 'D', source: 'Chinese obstetric nursing units hold ~40-50 beds', default: 0, min: 0, max: 100 }),
    unitMaxBeds: int({ what: 'Most beds in one ward unit when units are derived', unit: 'beds', basis: 'A', source: 'Chinese obstetric nursing units hold ~40-50 beds', default: 50, min: 1, max: 5000 }),
    bedsPerRoom: int({ what: 'Beds per room (rooms are laid out along the corridor)', unit: 'beds', basis: 'A', source: 'exposed assumption', default: 3, min: 1, max: 12 }),
    roomSpacingM: num({ what: 'Distance between neighbouring room doors', unit: 'm', basis: 'A', source: 'exposed assumption', default: 4, min: 1, max: 50 }),
    corridorWidthM: num({ what: 'Corridor width (sets the chance two walkers pass within contact distance)', unit: 'm', basis: 'A', source: 'exposed assumption', default: 2.4, min: 1, max: 20 }),
    // With several units, each unit's nurse station stands at the middle of its rooms (at this
    // station's y) and its store room at the same offset from it as here; restockers keep
    // starting from `storeRoom`.
    nurseStation: PointSchema,
    storeRoom: PointSchema,
    entrance: PointSchema,
    walkingSpeedMps: num({ what: 'Walking speed on the ward', unit: 'm/s', basis: 'A', source: 'typical indoor walking ~1.0-1.2 m/s', default: 1, min: 0.2, max: 3 }),
    liftWaitMinutesMean: num({ what: 'Mean wait for the lift (exponential)', unit: 'min', basis: 'A', source: 'exposed assumption', default: 1.5, min: 0, max: 60 }),
    liftRideMinutes: num({ what: 'Lift ride one way', unit: 'min', basis: 'A', source: 'exposed assumption', default: 1, min: 0, max: 30 }),
    liftCrowd: num({ what: 'Mean number of other people (public) sharing the lift', unit: 'people', basis: 'A', source: 'exposed assumption', default: 3, min: 0, max: 30 }),
  },
  { additionalProperties: false, description: 'Ward layout and walking' },
);
