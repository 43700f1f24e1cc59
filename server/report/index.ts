/**
 * Public entry of the reports: STRESS-DES and ODD reports generated from a run or comparison
 * result, as Markdown or standalone HTML. Pure functions; the CLI reads and writes the files.
 */
export { buildReport } from './build-report.js';
export type { GeneratorInfo, ReportInput } from './build-report.js';
export { renderHtml, renderMarkdown } from './render.js';
export { parameterRows } from './parameter-table.js';
export type { ParameterRow } from './parameter-table.js';
export { kpiDefinitionText, kpiNameText } from './kpi-definitions.js';
export type { ReportLang } from './report-text.js';
export type { ReportBlock, ReportDoc, ReportSection, ReportTable } from './report-doc.js';
