/**
 * Assumptions that decide headline results: parameters of basis A (no published figure) on
 * which the level of a KPI, or its difference between a cabinet ward and its baseline, mostly
 * rests. The report prints each beside the KPIs it drives, with the value the run used and its
 * basis, so a reader sees that the figure is the consequence of an assumption; the sensitivity
 * analysis (`wardtwin sensitivity`) says how far the assumption can move it. A test checks that
 * every path is a basis-A parameter of the schema and every KPI a key of the ward's output.
 */

/** One deciding assumption: a scenario parameter and the KPIs whose result rests on it. */
export interface DecidingAssumption {
  /**
   * JSON pointer of the parameter in a scenario; `*` stands for every index of an array (one
   * note per element, e.g. per catalog item).
   */
  readonly path: string;
  /** With `*`: only elements whose value equals this (JSON-equal) are deciding. */
  readonly when?: unknown;
  /** KPI keys whose value rests on it. */
  readonly kpis: readonly string[];
}

/** Every deciding assumption (see the module header). */
export const DECIDING_ASSUMPTIONS: readonly DecidingAssumption[] = [
  {
    // Own supplies take needs off every channel: trips, the nurse's fetches and the shop.
    path: '/channels/ownSupplyShare',
    kpis: [
      'itemRequests', 'trips', 'needsMetFromOwnSupplies', 'nurseSupplyMinutesPerShift', 'nurseSupplyMinutesNightShift',
      'boundaryCrossings', 'expectedInfectionsSupply', 'unitsFetched',
    ],
  },
  {
    // Without cabinets every crossing is a store-room miss, and the fill rate is this share.
    path: '/channels/nurseStationStockShare',
    kpis: ['fillRate', 'boundaryCrossings'],
  },
  {
    // An item only nurses hand out keeps the nurse fetching on a cabinet ward: the whole
    // nurse-workload difference between the arms rests on which items these are.
    path: '/catalog/items/*/stockedBy',
    when: ['nurse-station'],
    kpis: ['nurseSupplyMinutesPerShift', 'nurseSupplyMinutesNightShift'],
  },
  {
    // When trips are made sets when slots run dry (the 22:00 stocking-up surge before the
    // night), the night nurse's fetches and the queue at the peak.
    path: '/catalog/tripHourWeights',
    kpis: ['stockoutEvents', 'stockoutSlotHours', 'stockoutsPer1000PatientDays', 'nurseSupplyMinutesNightShift', 'tripWaitP95Min'],
  },
  {
    // The visiting window packs the visits into a few hours: how many people share a room or
    // the corridor at once, and so the visitors' contacts and infections.
    path: '/people/visitingStartHour',
    kpis: ['expectedInfectionsVisits', 'contactsPerPatientDay', 'contactMinutesPerPatientDay'],
  },
  {
    path: '/people/visitingHours',
    kpis: ['expectedInfectionsVisits', 'contactsPerPatientDay', 'contactMinutesPerPatientDay'],
  },
];

/**
 * The concrete paths of `a` in `scenario`: its path, or with `*` every element's path whose
 * value matches `when`.
 * @param valueAt - reads a value at a JSON pointer (undefined when absent)
 */
export function decidingPaths(a: DecidingAssumption, scenario: unknown, valueAt: (doc: unknown, path: string) => unknown): string[] {
  const star = a.path.indexOf('/*');
  if (star < 0) return valueAt(scenario, a.path) === undefined ? [] : [a.path];
  const list = valueAt(scenario, a.path.slice(0, star));
  if (!Array.isArray(list)) return [];
  const want = a.when === undefined ? null : JSON.stringify(a.when);
  const out: string[] = [];
  list.forEach((_, i) => {
    const path = `${a.path.slice(0, star)}/${i}${a.path.slice(star + 2)}`;
    const v = valueAt(scenario, path);
    if (v !== undefined && (want === null || JSON.stringify(v) === want)) out.push(path);
  });
  return out;
}
