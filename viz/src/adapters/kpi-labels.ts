/**
 * What each KPI key means to a planner: its label, unit and which way is better. Keys are the
 * stable ones of DESIGN.md; an unknown key is shown by its name with no unit.
 */

/** Label, unit and direction of one KPI. */
export interface KpiInfo {
  label: string;
  unit: string;
  /** True when a lower value is better (waits, stock-outs, contacts). */
  lowerIsBetter: boolean;
}

/** The known KPIs, in the order the KPI table shows them. */
export const kpiInfo: Readonly<Record<string, KpiInfo>> = {
  deliveries: { label: 'Deliveries', unit: 'count', lowerIsBetter: false },
  patientDays: { label: 'Patient-days', unit: 'd', lowerIsBetter: false },
  itemRequests: { label: 'Item requests', unit: 'count', lowerIsBetter: false },
  dispenses: { label: 'Units dispensed by cabinets', unit: 'units', lowerIsBetter: false },
  fillRate: { label: 'Fill rate at first stop', unit: 'share', lowerIsBetter: false },
  stockoutEvents: { label: 'Stock-out events', unit: 'count', lowerIsBetter: true },
  stockoutSlotHours: { label: 'Stock-out slot-hours', unit: 'h', lowerIsBetter: true },
  tripWaitP50Min: { label: 'Trip wait p50', unit: 'min', lowerIsBetter: true },
  tripWaitP95Min: { label: 'Trip wait p95', unit: 'min', lowerIsBetter: true },
  tripDurationMeanMin: { label: 'Trip duration, mean', unit: 'min', lowerIsBetter: true },
  nurseSupplyMinutesPerShift: { label: 'Nurse supply minutes per shift', unit: 'min', lowerIsBetter: true },
  boundaryCrossings: { label: 'Ward boundary crossings', unit: 'count', lowerIsBetter: true },
  contacts: { label: 'Close contacts', unit: 'episodes', lowerIsBetter: true },
  contactMinutes: { label: 'Contact-minutes', unit: 'min', lowerIsBetter: true },
  expectedInfections: { label: 'Expected infections', unit: 'count', lowerIsBetter: true },
  restockRounds: { label: 'Restock rounds', unit: 'count', lowerIsBetter: true },
  restockLaborHours: { label: 'Restock labour', unit: 'h', lowerIsBetter: true },
  expiredUnits: { label: 'Expired units', unit: 'units', lowerIsBetter: true },
  inventoryUnitsMean: { label: 'Inventory, mean', unit: 'units', lowerIsBetter: true },
};

/** The KPIs the compare page plots by default (the researcher's headline question). */
export const headlineKpis = [
  'contacts',
  'contactMinutes',
  'boundaryCrossings',
  'expectedInfections',
  'nurseSupplyMinutesPerShift',
  'tripDurationMeanMin',
  'tripWaitP95Min',
  'restockLaborHours',
] as const;

/** Label and unit of `key`, falling back to the key itself. */
export function describeKpi(key: string): KpiInfo {
  return kpiInfo[key] ?? { label: key, unit: '', lowerIsBetter: false };
}

/** Keys in table order: known ones first (in {@link kpiInfo} order), then the rest sorted. */
export function orderKpis(keys: readonly string[]): string[] {
  const known = Object.keys(kpiInfo).filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !(k in kpiInfo)).sort();
  return [...known, ...rest];
}
