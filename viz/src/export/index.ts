/** Public entry of the chart export helpers: SVG, PNG (via canvas) and CSV. */
export { serializeSvg, svgBlob } from './svg.js';
export { csvField, toCsv, csvBlob } from './csv.js';
export { pngSize, pngBlob } from './png.js';
export { downloadBlob, exportToolbar, exportFormats } from './download.js';
export type { ExportFormat } from './download.js';
