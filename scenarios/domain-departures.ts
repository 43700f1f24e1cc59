/**
 * Where the presets' defaults depart from the defaults DOMAIN.md lists, and why. The README and
 * the report print this list beside the parameter table (the values themselves are read from
 * the scenario when printed, so the list cannot drift from the presets); a test checks that each
 * path exists and that each listed departure still departs.
 */

/** One departure from a DOMAIN.md default. */
export interface DomainDeparture {
  /** JSON pointer of the parameter in a scenario. */
  readonly path: string;
  /** What DOMAIN.md gives (its table's default and range). */
  readonly domain: string;
  /** Why the model departs from it. */
  readonly reason: string;
  /** A figure derived from the parameter and shown in its place (the weekend dip of all births). */
  readonly derived?: 'weekendDip';
}

/** Every departure (see the module header). */
export const DOMAIN_DEPARTURES: readonly DomainDeparture[] = [
  {
    path: '/births/scheduledCaesareanShare',
    domain: '0.5 (0.4-0.6), A, guided by Martin et al. 2018',
    reason: 'lower end of the range: scheduled caesareans fall on weekday lists and half a Saturday list, and at 0.5 the weekend dip of all births is far steeper than published (-34 % at 0.36 x 0.5 with weekday lists only)',
  },
  {
    path: '/births/scheduledCaesarean/dayOfWeek',
    derived: 'weekendDip',
    domain: 'scheduled caesareans almost never at weekends; weekend dip of all births -10 to -18 % (Swiss, US and Australian studies)',
    reason: 'Saturday at half a weekday list, Sunday none (A: Chinese public hospitals commonly operate on Saturdays); with no weekend lists the dip of all births is -21 %, steeper than published',
  },
  {
    path: '/restock/roundHours',
    domain: '2 per day, e.g. 04:45 and 16:15 (S: hospital ADC practice); restockers work day shifts',
    reason: 'the presets run 2 rounds at 07:00 and 18:30: 04:45 lies outside the restocker\'s 07:00-19:00 day shift, and sizing\'s round placement (against the hour-of-day trip demand) puts the last round just before the 22:00 trip surge',
  },
  {
    path: '/catalog/items/3/curve',
    domain: 'wipes: 2-3 per nappy change (A)',
    reason: 'cabinets dispense wipes by the pack of 20, so the curve is packs a day: 10 nappies x 2.5 wipes / 20 = 1.25',
  },
  {
    path: '/catalog/items/7/curve',
    domain: 'no such item',
    reason: 'added (A): a perineal-care pack that only nurses hand out after an assessment, so the nurse station keeps a role with cabinets; the nurse-workload result depends on it (see the sensitivity analysis)',
  },
  {
    path: '/people/visitorsPerMotherPerDay',
    domain: 'room entries: median 5.5 per patient-hour; nurses 45 %, visitors 23 % (S: Cohen et al. 2012)',
    reason: 'one visit a mother a day (A): staff enter at Cohen\'s rates, but family entries (visits, hand-overs, companions\' supply trips) are ~2 % of room entries, not 23 %, which would take ~30 a patient-day; the model has no other comings and goings of the companion, and more visitors to make up the share would add community contacts no source supports (validation rows on the shares of room entries)',
  },
  {
    path: '/contacts/cabinet/transmissionPerMinute',
    domain: 'a fixed probability per contact or per contact-minute, e.g. 5 % per contact',
    reason: 'per contact-minute (Hornbeck et al. 2012), 0.002-0.005 by zone, so a longer contact carries more risk; 5 % a contact would equal 10-25 min at these rates',
  },
];
