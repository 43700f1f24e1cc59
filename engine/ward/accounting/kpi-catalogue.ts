/**
 * The KPI catalogue: every KPI the ward model outputs, in the order it outputs them, with its
 * label, unit and definition in Chinese and English, direction, number format, what one value
 * covers and the values it can take. The ward's KPI output, the CLI tables, the report, the
 * server (`GET /api/kpis`) and the visualizer all read this one list.
 */
import { PEOPLE_KPIS } from './kpi-catalogue-people.js';
import { SUPPLY_KPIS } from './kpi-catalogue-supply.js';
import type { KpiDefinition, KpiFacts } from './kpi-catalogue-types.js';

/**
 * The ward's KPI keys in output order: volume, supply service, workload, infection, logistics,
 * extras. A test checks that they are exactly the keys of `WardKpis` as `simulateWard` returns them.
 */
export const KPI_KEYS = [
  'deliveries', 'patientDays', 'itemRequests', 'dispenses', 'fillRate',
  'stockoutEvents', 'stockoutSlotHours', 'stockoutsPer1000PatientDays', 'laneDrains', 'laneEmptyHours',
  'tripWaitP50Min', 'tripWaitP95Min', 'tripDurationMeanMin',
  'nurseSupplyMinutesPerShift', 'nurseSupplyMinutesNightShift', 'boundaryCrossings',
  'contacts', 'contactMinutes', 'contactsPerPatientDay', 'contactMinutesPerPatientDay', 'roomEntriesPerPatientHour', 'expectedInfections',
  'expectedInfectionsMother', 'expectedInfectionsNewborn', 'expectedInfectionsCompanion', 'expectedInfectionsNurse', 'expectedInfectionsRestocker',
  'expectedInfectionsSupply', 'expectedInfectionsVisits', 'expectedInfectionsCare', 'expectedInfectionsRoommates', 'expectedInfectionsSecondary', 'expectedInfectionsCloseContact', 'expectedInfectionsAirborne',
  'restockRounds', 'restockLaborHours', 'expiredUnits', 'inventoryUnitsMean',
  'trips', 'fallbacks', 'unmetUnits', 'quotaRefusedUnits', 'unitsFetched', 'unitsUsed', 'needsMetFromOwnSupplies',
  'caesareans', 'meanStayVaginalDays', 'meanStayCaesareanDays',
] as const;

/** A KPI key of the ward's output. */
export type KpiKey = (typeof KPI_KEYS)[number];

/** Every key has its facts (the compiler checks that none is missing). */
const FACTS: Readonly<Record<KpiKey, KpiFacts>> = { ...SUPPLY_KPIS, ...PEOPLE_KPIS };

/** The catalogue, in output order. */
export const KPI_CATALOGUE: readonly KpiDefinition[] = KPI_KEYS.map((key) => ({ key, ...FACTS[key] }));

const BY_KEY: ReadonlyMap<string, KpiDefinition> = new Map(KPI_CATALOGUE.map((d) => [d.key, d]));

/** The catalogue entry of `key`, or undefined when the ward outputs no such KPI. */
export function kpiDefinition(key: string): KpiDefinition | undefined {
  return BY_KEY.get(key);
}

/** `keys` in catalogue order, then any key the catalogue does not know, sorted. */
export function orderKpiKeys(keys: readonly string[]): string[] {
  const given = new Set(keys);
  const known: string[] = KPI_KEYS.filter((k) => given.has(k));
  const rest = keys.filter((k) => !BY_KEY.has(k)).sort();
  return [...known, ...rest];
}

/**
 * A copy of `kpis` whose keys follow the catalogue order (the order of the run result). A key
 * the catalogue does not list keeps its place after them, so the test that compares the ward's
 * output with the catalogue sees it.
 */
export function inCatalogueOrder<T extends Readonly<Record<KpiKey, number>>>(kpis: T): T {
  const out: Record<string, number> = {};
  for (const key of KPI_KEYS) out[key] = kpis[key];
  for (const [key, value] of Object.entries(kpis)) if (!BY_KEY.has(key)) out[key] = value;
  return out as T;
}
