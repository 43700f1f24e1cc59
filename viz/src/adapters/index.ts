/** Public entry of the adapters: server results to the chart view models the pages draw. */
export { readCompare, readRun, readSummaries, readSummary, withWardSeries } from './result-reader.js';
export type { CompareView, KpiSummary, RunView, WardSeriesEntry } from './result-reader.js';
export { isWardSeries } from './ward-series.js';
export type { WardSeriesView } from './ward-series.js';
export { clipToRange, describeKpi, headlineKpis, orderKpis, setKpiCatalogue } from './kpi-labels.js';
export type { KpiInfo } from './kpi-labels.js';
export { birthsData, boardData, contactsData, nurseSupplyData, stockChoices, stockData, tripWaitData } from './results-charts.js';
export type { NurseSupplySource } from './results-charts.js';
export { compareRows, kpiDiffData } from './compare-charts.js';
export type { CompareRow } from './compare-charts.js';
export { sizingData, twinData } from './sizing-twin.js';
export type { TwinCabinetView } from './sizing-twin.js';
export { twinView } from './twin-board.js';
export { wallClock, duration, SCENARIO_TIME_ZONE } from './wall-clock.js';
export { portfolioView } from './portfolio-table.js';
export type { EffectView, PortfolioRowView, PortfolioView } from './portfolio-table.js';
export { tornadoCharts, validationRowViews } from './analysis.js';
export type { ValidationRowView } from './analysis.js';
