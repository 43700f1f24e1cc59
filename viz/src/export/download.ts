/**
 * Downloads and the export buttons under each chart: SVG, PNG and CSV of the chart as it is
 * drawn now. Filenames carry the chart kind so exports from one run sort together.
 */
import type { ChartContainer } from '../charts/_internals/frame.js';
import type { Table } from '../charts/_internals/chart.js';
import { t } from '../i18n/index.js';
import { csvBlob } from './csv.js';
import { pngBlob } from './png.js';
import { svgBlob } from './svg.js';

/** Save a Blob under `filename` through a temporary link (browser only). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The export formats offered under every chart. */
export const exportFormats = ['svg', 'png', 'csv'] as const;

/** One export format. */
export type ExportFormat = (typeof exportFormats)[number];

/**
 * Add (once) an export toolbar to `container`, which must hold a chart `<svg>`. `table` is
 * called at click time so the CSV holds the data drawn at that moment, also mid-stream.
 */
export function exportToolbar(container: ChartContainer, name: string, table: () => Table): void {
  const bar = container.selectAll<HTMLDivElement, number>('div.wt-export').data([0]).join('div').attr('class', 'wt-export');
  bar
    .selectAll<HTMLButtonElement, ExportFormat>('button')
    .data(exportFormats)
    .join('button')
    .attr('type', 'button')
    .attr('data-format', (d) => d)
    .text((d) => d.toUpperCase())
    // The button shows the format; its name says what it does, in the page's language.
    .attr('title', (d) => t(`export.${d}`))
    .attr('aria-label', (d) => t(`export.${d}`))
    .on('click', (_event, format) => {
      const svg = container.select<SVGSVGElement>('svg.wt-chart').node();
      if (format === 'csv') return downloadBlob(csvBlob(table()), `${name}.csv`);
      if (svg === null) return;
      if (format === 'svg') return downloadBlob(svgBlob(svg), `${name}.svg`);
      void pngBlob(svg).then((blob) => downloadBlob(blob, `${name}.png`));
    });
  bar.raise();
}
