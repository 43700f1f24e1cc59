/**
 * Stays: after delivery mother and newborn room in together until discharge; the stay length
 * depends on the delivery mode and is right-skewed (lognormal by mean and sd). A share of
 * newborns go to the neonatal unit; their mothers pump milk and need milk bags instead.
 */
import { Type } from '@sinclair/typebox';
import { num, share } from './field.js';

/** Postpartum stay by mode (lognormal, mean and sd of the stay itself). */
export const StaysSchema = Type.Object(
  {
    vaginalMeanDays: num({ what: 'Mean postpartum stay after vaginal delivery', unit: 'd', basis: 'S', source: 'county study PMC5845290: 3 d (2.8-4.6)', default: 3, min: 0.25, max: 30 }),
    vaginalSdDays: num({ what: 'Sd of postpartum stay after vaginal delivery (lognormal, right-skewed)', unit: 'd', basis: 'A', source: 'spread of PMC5845290 range', default: 1.2, min: 0, max: 30 }),
    caesareanMeanDays: num({ what: 'Mean postpartum stay after caesarean', unit: 'd', basis: 'S', source: 'PMC5845290; Beijing bed planning used 6 d (5-7)', default: 6, min: 0.25, max: 30 }),
    caesareanSdDays: num({ what: 'Sd of postpartum stay after caesarean (lognormal)', unit: 'd', basis: 'A', source: 'spread of 5-7 d range', default: 1.5, min: 0, max: 30 }),
    nicuShare: share({ what: 'Share of newborns admitted to the neonatal unit (not rooming in; mother pumps milk)', basis: 'A', source: 'exposed assumption', default: 0.08 }),
    occupancyTarget: num({ what: 'Planned bed occupancy used to size the ward (beds = stay x volume / (365 x occupancy))', unit: 'share', basis: 'S', source: 'DOMAIN.md: 0.75 (0.35-1.2)', default: 0.75, min: 0.2, max: 1.5 }),
  },
  { additionalProperties: false, description: 'Postpartum stays' },
);
