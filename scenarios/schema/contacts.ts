/**
 * Contacts and infection: people in the same zone at the same time are in contact for the
 * overlap (scaled by the share of co-present pairs that are actually within ~1.5 m); expected
 * infections use a per-contact-minute transmission probability by zone and the prevalence of
 * infection by role. The patient room is a zone too: a visitor, or a nurse coming in for care,
 * at the bedside with the mother, her rooming-in newborns and her companion.
 */
import { Type } from '@sinclair/typebox';
import { num, share } from './field.js';

const HORNBECK = 'van Niekerk et al. 2021 (e.g. 5 % per contact); Hornbeck et al. 2012';

function zone(name: string, p: number, proximity: number, proximityBasis: string) {
  return Type.Object(
    {
      transmissionPerMinute: num({ what: `${name}: transmission probability per contact-minute`, unit: '1/min', basis: 'S', source: HORNBECK, default: p, min: 0, max: 1 }),
      proximityShare: share({ what: `${name}: share of co-present pairs within contact distance (~1.5 m)`, basis: 'A', source: proximityBasis, default: proximity }),
    },
    { additionalProperties: false, description: `${name} contact zone` },
  );
}

/** Prevalence of infectiousness by role. */
export const PrevalenceSchema = Type.Object(
  {
    mother: share({ what: 'Prevalence among mothers', basis: 'A', source: 'exposed assumption', default: 0.005 }),
    newborn: share({ what: 'Prevalence among newborns', basis: 'A', source: 'exposed assumption', default: 0 }),
    companion: share({ what: 'Prevalence among companions', basis: 'A', source: 'exposed assumption', default: 0.01 }),
    nurse: share({ what: 'Prevalence among nurses', basis: 'A', source: 'exposed assumption', default: 0.01 }),
    restocker: share({ what: 'Prevalence among restockers', basis: 'A', source: 'exposed assumption', default: 0.01 }),
    public: share({ what: 'Prevalence among the public (shop, lift)', basis: 'A', source: 'exposed assumption', default: 0.02 }),
    visitor: share({ what: 'Prevalence among visitors (family and friends from the community)', basis: 'A', source: 'exposed assumption, as companions', default: 0.01 }),
  },
  { additionalProperties: false, description: 'Prevalence by role' },
);

/**
 * The patient room: a visitor or a nurse at the bedside. Only their contacts with the bed's
 * mother, rooming-in newborns and companion count (the family's own contacts with each other
 * are not what supply channels or visitor rules change). Nurse room entries are a derived
 * assumption: Cohen et al. 2012 found nurses 45 % and visitors 23 % of room entries, about two
 * nurse entries per visitor, applied to the default of one visitor per mother per day.
 */
export const RoomZoneSchema = Type.Object(
  {
    transmissionPerMinute: num({ what: 'Patient room: transmission probability per contact-minute', unit: '1/min', basis: 'S', source: HORNBECK, default: 0.003, min: 0, max: 1 }),
    proximityShare: share({ what: 'Patient room: share of a visit or nurse entry spent within contact distance (~1.5 m) of the family', basis: 'A', source: 'at the bedside; visitors hold the newborn', default: 1 }),
    nurseEntriesPerPatientDay: num({ what: 'Nurse room entries for care per mother per day (contacts with the family; not supply)', unit: '1/d', basis: 'D', source: 'Cohen et al. 2012: nurses 45 %, visitors 23 % of room entries (~2 per visitor at 1 visitor a day)', default: 2, min: 0, max: 100 }),
    nurseEntryMinutes: num({ what: 'Length of a nurse room entry', unit: 'min', basis: 'A', source: 'exposed assumption (checks, medication, feeding help)', default: 5, min: 0, max: 120 }),
  },
  { additionalProperties: false, description: 'Patient room contact zone (visitors and nurse care at the bedside)' },
);

/** Contact zones and prevalence. */
export const ContactsSchema = Type.Object(
  {
    cabinet: zone('Cabinet alcove and queue', 0.003, 1, 'a queue stands within 1.5 m'),
    nurseStation: zone('Nurse-station counter', 0.003, 1, 'face-to-face handover'),
    corridor: zone('Ward corridor', 0.002, 0.15, 'two walkers share ~1.5 m of a corridor some tens of metres long'),
    lift: zone('Lift and lift lobby', 0.005, 1, 'enclosed space'),
    shop: zone('Shop outside the ward', 0.003, 0.3, 'queue and aisles'),
    room: RoomZoneSchema,
    prevalence: PrevalenceSchema,
  },
  { additionalProperties: false, description: 'Contacts and infection' },
);
