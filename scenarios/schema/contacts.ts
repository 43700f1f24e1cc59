/**
 * Contacts and infection: people in the same zone at the same time are in contact for the
 * overlap (scaled by the share of co-present pairs that are actually within ~1.5 m); expected
 * infections use a per-contact-minute transmission probability by zone and the prevalence of
 * infection by role.
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
    companion: share({ what: 'Prevalence among companions and visitors', basis: 'A', source: 'exposed assumption', default: 0.01 }),
    nurse: share({ what: 'Prevalence among nurses', basis: 'A', source: 'exposed assumption', default: 0.01 }),
    restocker: share({ what: 'Prevalence among restockers', basis: 'A', source: 'exposed assumption', default: 0.01 }),
    public: share({ what: 'Prevalence among the public (shop, lift)', basis: 'A', source: 'exposed assumption', default: 0.02 }),
  },
  { additionalProperties: false, description: 'Prevalence by role' },
);

/** Contact zones and prevalence. */
export const ContactsSchema = Type.Object(
  {
    cabinet: zone('Cabinet alcove and queue', 0.003, 1, 'a queue stands within 1.5 m'),
    nurseStation: zone('Nurse-station counter', 0.003, 1, 'face-to-face handover'),
    corridor: zone('Ward corridor', 0.002, 0.15, 'two walkers share ~1.5 m of a corridor some tens of metres long'),
    lift: zone('Lift and lift lobby', 0.005, 1, 'enclosed space'),
    shop: zone('Shop outside the ward', 0.003, 0.3, 'queue and aisles'),
    prevalence: PrevalenceSchema,
  },
  { additionalProperties: false, description: 'Contacts and infection' },
);
