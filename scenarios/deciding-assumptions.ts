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
  /** JSON pointer of the parameter in a scenario. */
  readonly path: string;
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
];
