/**
 * Public entry of the ward model: `simulateWard` runs one replication of a scenario and
 * returns its KPIs, contact matrices, series and (on request) the dispensing ledger.
 */
export { simulateWard } from './simulate-ward.js';
export type { WardRunOptions, WardReplication, ContactsByRolePair } from './simulate-ward.js';
export type { WardTrace } from './context/ward-context.js';
export type { RoomEntriesByRole, WardDiagnostics } from './accounting/diagnostics.js';
export type { ScreenLogRecord, ScreenVisit } from './accounting/screen-log.js';
export type { WardKpis } from './accounting/kpis.js';
export { KPI_CATALOGUE, KPI_KEYS, inCatalogueOrder, kpiDefinition, orderKpiKeys } from './accounting/kpi-catalogue.js';
export type { KpiKey } from './accounting/kpi-catalogue.js';
export type { KpiDefinition, KpiFacts, KpiFormat, KpiLocale, KpiPer, KpiRange, LocalizedText } from './accounting/kpi-catalogue-types.js';
export type { WardSeries } from './accounting/series.js';
export { ROLES } from './accounting/contacts.js';
export { weekendDip } from './population/birth-rates.js';
export type { Role } from './accounting/contacts.js';
export { expectedDemandPerDay, planModelSlots, planSlots } from './logistics/planogram-plan.js';
export { compileParams } from './context/params.js';
export { dispensingConfig } from './logistics/dispensing-setup.js';
export { buildLayout } from './context/layout.js';
export type { WardLayout } from './context/layout.js';
export type { WardParams } from './context/params.js';
export type { WardStart, StartCabinet, StartSlot } from './forecast/ward-start.js';
export type { ForecastTrack } from './forecast/forecast-track.js';
export type { PresentPatient } from './population/population.js';
export { nextRounds } from './forecast/warm-start.js';
