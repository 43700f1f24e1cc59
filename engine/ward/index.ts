/**
 * Public entry of the ward model: `simulateWard` runs one replication of a scenario and
 * returns its KPIs, contact matrices, series and (on request) the dispensing ledger.
 */
export { simulateWard } from './simulate-ward.js';
export type { WardRunOptions, WardReplication, ContactsByRolePair } from './simulate-ward.js';
export type { WardKpis } from './kpis.js';
export { KPI_CATALOGUE, KPI_KEYS, inCatalogueOrder, kpiDefinition, orderKpiKeys } from './kpi-catalogue.js';
export type { KpiKey } from './kpi-catalogue.js';
export type { KpiDefinition, KpiFacts, KpiFormat, KpiLocale, KpiPer, KpiRange, LocalizedText } from './kpi-catalogue-types.js';
export type { WardSeries } from './series.js';
export { ROLES } from './contacts.js';
export { weekendDip } from './birth-rates.js';
export type { Role } from './contacts.js';
export { expectedDemandPerDay, planModelSlots, planSlots } from './planogram-plan.js';
export { compileParams } from './params.js';
export { dispensingConfig } from './dispensing-setup.js';
export { buildLayout } from './layout.js';
export type { WardLayout } from './layout.js';
export type { WardParams } from './params.js';
