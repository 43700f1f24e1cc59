/**
 * Contacts and infection: people in the same zone at the same time are in contact for the
 * overlap (scaled by the share of co-present pairs that are actually within ~1.5 m); expected
 * infections use a per-contact-minute transmission probability by zone and the prevalence of
 * infection by role. The patient room is a zone too: a visitor, or a nurse coming in for care,
 * at the bedside with the mother, her rooming-in newborns and her companion. Beside this
 * close-contact route, an airborne route (Wells–Riley) works in every shared space at any
 * distance.
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
    visitor: share({
      what: 'Prevalence among visitors (family and friends from the community): share shedding a respiratory virus on the day of the visit', basis: 'S',
      source: 'Birger et al. 2018 (mSphere 3:e00249-18): 7.0 % of adults in the community tested positive for a respiratory virus in the winter arm (5.6 % summer, 6.2 % of 2,685 overall), 65-97 % of them without symptoms; Shaman et al. 2018 (J Infect Dis 217:1074): 7.2 % of 1,477 adults, April-July. Mostly rhinovirus and seasonal coronavirus (the pathogens of the visitor-ban studies, Forkpa et al. 2020), where the prevalences of the other roles and the transmission parameters are influenza-like assumptions; a visitor is a fresh draw from the community each visit, a companion a fixed, admitted family member (see the visitor-ban validation row)',
      default: 0.07,
    }),
  },
  { additionalProperties: false, description: 'Prevalence by role' },
);

/**
 * Published contact levels the presets are calibrated to (the validation bands). Each band is
 * the published figure ±30 %; the width is an assumption (basis A), the centre is the source.
 */
export const CONTACT_BANDS = {
  /** Contact episodes per patient (mother) per 24 h: Jiang et al. 2017 (23 on general wards); Isella et al. 2011 (~20 per person per day). */
  contactsPerPatientDay: { low: 16, high: 30, source: 'Jiang et al. 2017: 23 episodes per patient per 24 h; Isella et al. 2011: ~20 per person per day' },
  /** Contact-minutes per patient per 24 h: Jiang et al. 2017 (314). */
  contactMinutesPerPatientDay: { low: 220, high: 410, source: 'Jiang et al. 2017: 314 contact-minutes per patient per 24 h' },
  /** Room entries per patient-hour: Cohen et al. 2012 (median 5.5). */
  roomEntriesPerPatientHour: { low: 3.85, high: 7.15, source: 'Cohen et al. 2012: median 5.5 room entries per patient-hour (nurses 45 %, visitors 23 %)' },
} as const;

const COHEN = 'Cohen et al. 2012: median 5.5 room entries per patient-hour';

/**
 * The patient room: staff entering it, visitors at the bedside and the roommates of a
 * multi-bed room with their companions. Staff entries follow Cohen et al. 2012's rates (of 5.5
 * per patient-hour: nurses 45 %, other staff ~32 %); Cohen's other 23 %, personal visitors, is
 * not reached: the family's entries are the model's visits, hand-overs and supply trips (about
 * 2.5 a patient-day against ~30; see the validation report's share rows). Only the share of an
 * entry that comes within ~1.5 m of the family is a contact, which is what brings entries and
 * Jiang et al. 2017's 23 contact episodes a day together.
 */
export const RoomZoneSchema = Type.Object(
  {
    transmissionPerMinute: num({ what: 'Patient room: transmission probability per contact-minute', unit: '1/min', basis: 'S', source: HORNBECK, default: 0.003, min: 0, max: 1 }),
    proximityShare: share({ what: 'Patient room: share of a visit spent within contact distance (~1.5 m) of the family', basis: 'A', source: 'at the bedside; visitors hold the newborn', default: 1 }),
    nurseEntriesPerPatientDay: num({ what: 'Nurse room entries per mother per day', unit: '1/d', basis: 'D', source: `${COHEN} x 45 % nurses x 24 h`, default: 59.4, min: 0, max: 300 }),
    nurseEntryMinutes: num({ what: 'Length of a nurse room entry', unit: 'min', basis: 'A', source: 'exposed assumption (checks, medication, feeding help)', default: 5, min: 0, max: 120 }),
    staffEntriesPerPatientDay: num({ what: 'Other staff room entries per mother per day (doctors, cleaners, porters; contact role nurse)', unit: '1/d', basis: 'D', source: `${COHEN} x ~32 % other staff x 24 h`, default: 42.2, min: 0, max: 300 }),
    staffEntryMinutes: num({ what: 'Length of an other-staff room entry', unit: 'min', basis: 'A', source: 'exposed assumption', default: 3, min: 0, max: 120 }),
    staffCloseShare: share({ what: 'Share of staff room entries (nurses and others) that come within ~1.5 m of the family (a contact episode)', basis: 'A', source: 'calibrated so that contacts per patient-day fall in the Jiang et al. 2017 band (23 episodes)', default: 0.12 }),
    roommateEpisodesPerPairDay: num({ what: 'Close-contact episodes per day between two people of neighbouring beds in one room (mothers and companions)', unit: '1/d', basis: 'A', source: 'calibrated to Jiang et al. 2017 (23 episodes per patient per 24 h); rooms of 2-3 beds, DOMAIN.md', default: 3, min: 0, max: 100 }),
    roommateCloseMinutesPerPairDay: num({ what: 'Minutes a day two people of neighbouring beds spend within ~1.5 m', unit: 'min/d', basis: 'A', source: 'calibrated to Jiang et al. 2017 (314 contact-minutes per patient per 24 h)', default: 60, min: 0, max: 1440 }),
  },
  { additionalProperties: false, description: 'Patient room contact zone (staff entries, visitors, roommates and their companions)' },
);

/**
 * Second-generation transmission inside the stay: a companion (or mother) infected on the
 * ward or at the shop becomes infectious after the latent period and, while the family is
 * still on the ward, can pass it on to the mother and newborns at the household rate.
 */
export const HouseholdSchema = Type.Object(
  {
    latentDays: num({ what: 'Latent period: infection to infectiousness', unit: 'd', basis: 'S', source: 'Lessler et al. 2009: influenza incubation median 1.4 d', default: 1.5, min: 0, max: 30 }),
    infectiousDays: num({ what: 'Infectious period', unit: 'd', basis: 'A', source: 'exposed assumption (influenza-like, ~5 d)', default: 5, min: 0.1, max: 60 }),
    secondaryAttackRate: share({ what: 'Household secondary attack rate over a whole infectious period (companion to mother, companion or mother to newborn)', basis: 'S', source: 'Madewell et al. 2020 (JAMA Netw Open): household SAR 16.6 % for SARS-CoV-2; the pathogen is an assumption', default: 0.166 }),
  },
  { additionalProperties: false, default: {}, description: 'Second-generation (household) transmission within the stay' },
);

interface SpaceFacts {
  /** Air volume default, m3, its source (basis A) and bounds. */
  volume: [number, string, number, number];
  /** Air changes per hour default, basis, source and bounds. */
  ach: [number, 'S' | 'A', string, number, number];
}

/** Air volume and ventilation of one shared space (Wells–Riley's Q = volume x air changes). */
function space(name: string, f: SpaceFacts) {
  const [v, vSource, vMin, vMax] = f.volume;
  const [ach, achBasis, achSource, achMin, achMax] = f.ach;
  return Type.Object(
    {
      volumeM3: num({ what: `${name}: air volume`, unit: 'm3', basis: 'A', source: vSource, default: v, min: vMin, max: vMax }),
      airChangesPerHour: num({ what: `${name}: air changes per hour with outdoor or filtered air`, unit: 'air changes/h', basis: achBasis, source: achSource, default: ach, min: achMin, max: achMax }),
    },
    { additionalProperties: false, default: {}, description: `${name}: air volume and ventilation` },
  );
}

const ASHRAE_170 = 'ANSI/ASHRAE/ASHE Standard 170-2017, Table 7.1';
const WHO_2009 = 'WHO 2009, Natural ventilation for infection control in health-care settings';

/**
 * The airborne route (Wells–Riley; Noakes & Sleigh 2009): an infectious person in a shared
 * space emits q quanta an hour into well-mixed air replaced at Q = volume x air changes per
 * hour; someone breathing p m3 an hour there for t hours is infected with probability
 * 1 − exp(−q p t / Q). Every pair sharing a space's air counts, at any distance; roommates
 * share their room's air for their whole shared stay. The pathogen is influenza-like, as for
 * the household block; q spans three orders of magnitude in the literature, so it is the first
 * parameter a study of this route should vary.
 */
export const AirborneSchema = Type.Object(
  {
    quantaPerHour: num({
      what: 'Quanta an infectious person emits per hour (Wells–Riley q); 0 turns the airborne route off', unit: 'quanta/h', basis: 'S',
      source: 'Rudnick & Milton 2003 (Indoor Air 13:237): influenza 15-128 quanta/h back-calculated from outbreaks, the lower end here; Mikszewski et al. 2021 (Geosci. Front. 13:101285) predict a median of 0.17 quanta/h for seasonal influenza (SARS-CoV-2 2.7, measles 15) with a long upper tail; the pathogen is an assumption',
      default: 15, min: 0, max: 1000,
    }),
    breathingM3PerHour: num({ what: 'Breathing rate of an adult (Wells–Riley p): mothers, companions, staff', unit: 'm3/h', basis: 'S', source: 'Noakes & Sleigh 2009 (DOMAIN.md): 0.48 m3/h; Buonanno et al. 2020: 0.49 resting, 0.54 standing, 1.38 light activity', default: 0.48, min: 0.3, max: 1.4 }),
    newbornBreathingM3PerHour: num({ what: 'Breathing rate of a newborn (Wells–Riley p)', unit: 'm3/h', basis: 'D', source: 'neonatal tidal volume ~6 mL/kg x ~45 breaths/min x 3.3 kg = ~0.9 L/min', default: 0.05, min: 0.02, max: 0.15 }),
    room: space('Patient room (2-3 beds)', {
      volume: [90, 'about 30 m2 x 3 m for 2-3 beds', 30, 300],
      ach: [4, 'S', `${ASHRAE_170}: patient room 2 outdoor, 4 total air changes per hour (filtered); ${WHO_2009}: 60 L/s per patient on general wards, ~6/h for 2.5 beds in 90 m3`, 0.5, 12],
    }),
    corridor: space('Ward corridor (one unit)', {
      volume: [300, 'about 40 m x 2.5 m x 3 m', 50, 2000],
      ach: [2, 'S', `${ASHRAE_170}: patient corridor 2 total air changes per hour; ${WHO_2009}: 2.5 L/s per m3 (9/h) for naturally ventilated corridors`, 0.5, 12],
    }),
    lift: space('Lift car', {
      volume: [10, 'a bed lift, about 1.6 m x 2.6 m x 2.4 m', 3, 30],
      ach: [10, 'A', 'exposed assumption (a car fan; no standard gives a rate)', 1, 60],
    }),
    nurseStation: space('Nurse-station counter', {
      volume: [60, 'open counter area, about 20 m2 x 3 m', 20, 500],
      ach: [4, 'A', `exposed assumption, as a patient room (${ASHRAE_170})`, 0.5, 12],
    }),
    cabinet: space('Cabinet alcove', {
      volume: [30, 'an alcove beside the corridor, about 10 m2 x 3 m', 5, 300],
      ach: [2, 'A', `exposed assumption, as a patient corridor (${ASHRAE_170})`, 0.5, 12],
    }),
    shop: space('Shop outside the ward', {
      volume: [150, 'a hospital convenience shop, about 50 m2 x 3 m', 30, 2000],
      ach: [4, 'A', 'exposed assumption', 0.5, 12],
    }),
  },
  { additionalProperties: false, default: {}, description: 'Airborne transmission in shared spaces (Wells–Riley)' },
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
    household: HouseholdSchema,
    airborne: AirborneSchema,
    prevalence: PrevalenceSchema,
  },
  { additionalProperties: false, description: 'Contacts and infection' },
);
