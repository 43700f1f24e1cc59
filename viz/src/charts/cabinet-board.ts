/**
 * The cabinet board: the "visual management" view. Each cabinet is a block of slots, each
 * slot coloured by how full it is, and empty slots outlined so they stand out from across the
 * ward. A time index picks one sampled frame, so a scrubber can replay the run.
 */
import { scaleSequential, interpolateCividis } from 'd3';
import { check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { rampLegend, swatchLegend } from './_internals/legend.js';
import { textOn } from './_internals/palette.js';
import { clockLabel } from './_internals/time-axis.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { num, tooltip } from './_internals/tooltip.js';
import { t } from '../i18n/index.js';

/** Chart kind and snapshot name. */
export const kind = 'cabinet-board';

/** A cabinet's slots: the SKU and capacity (units) of each, in slot order. */
export interface BoardCabinet {
  id: string;
  slotSkus: string[];
  slotCapacities: number[];
}

/** Input: cabinets, frame times (min) and `levels[frame][cabinet][slot]` in units. */
export interface CabinetBoardData {
  cabinets: BoardCabinet[];
  timesMin: number[];
  levels: number[][][];
}

/** Options; unset fields take {@link defaults}. */
export interface CabinetBoardOptions extends ChartOptions {
  /** Frame to show; clamped to the frames present (default 0). */
  timeIndex: number;
  /** Slot columns per cabinet block (default 6). */
  columns: number;
  /** Slot cell size, px (default 34). */
  cell: number;
}

/** Defaults: 720 x 230 px, 6 slot columns, 34 px cells, first frame. */
export const defaults: CabinetBoardOptions = {
  width: 720,
  height: 230,
  margin: { top: 52, right: 16, bottom: 48, left: 16 },
  get title() {
    return t('chart.board.title');
  },
  timeIndex: 0,
  columns: 6,
  cell: 34,
};

/** Colour for an empty slot's outline (Okabe–Ito vermillion). */
export const emptyStroke = '#D55E00';

/** Data + options -> the slots of the chosen frame, placed in cabinet blocks left to right. */
export function layout(data: CabinetBoardData, options: Partial<CabinetBoardOptions> = {}) {
  const o = { ...defaults, ...options };
  check(data.timesMin.length === data.levels.length && data.levels.length > 0, kind, 'levels must have one frame per timesMin entry (at least one)');
  check(Number.isInteger(o.columns) && o.columns >= 1, kind, `columns(=${o.columns}) must be an integer >= 1`);
  data.cabinets.forEach((c, i) => {
    check(c.slotSkus.length === c.slotCapacities.length, kind, `cabinets[${i}] slotSkus and slotCapacities must have equal length`);
    check(c.slotCapacities.every((k) => k > 0), kind, `cabinets[${i}] slot capacities must be > 0`);
  });
  const timeIndex = Math.min(Math.max(0, Math.round(o.timeIndex)), data.levels.length - 1);
  const frameLevels = data.levels[timeIndex];
  const color = scaleSequential(interpolateCividis).domain([0, 1]);
  // Blocks flow left to right and wrap, like cabinets along a corridor wall; all blocks share
  // the tallest block's height so rows line up.
  const gap = 24;
  const blockWidth = o.columns * o.cell;
  const blockHeight = 14 + Math.ceil(Math.max(0, ...data.cabinets.map((c) => c.slotSkus.length)) / o.columns) * o.cell;
  const perRow = Math.max(1, Math.floor((plotSize(o).innerWidth + gap) / (blockWidth + gap)));
  const blocks = data.cabinets.map((c, ci) => ({ id: c.id, x: (ci % perRow) * (blockWidth + gap), y: Math.floor(ci / perRow) * (blockHeight + gap) }));
  const slots = data.cabinets.flatMap((c, ci) =>
    c.slotSkus.map((sku, si) => {
      const level = frameLevels[ci]?.[si] ?? 0;
      const capacity = c.slotCapacities[si];
      const fill = Math.min(1, Math.max(0, level / capacity));
      const x = blocks[ci].x + (si % o.columns) * o.cell;
      const y = blocks[ci].y + 14 + Math.floor(si / o.columns) * o.cell;
      return { key: `${c.id}/${si}`, cabinet: c.id, sku, level, capacity, fill, empty: level <= 0, x, y, color: color(fill), ink: textOn(fill) };
    }),
  );
  return { options: o, timeIndex, timeMin: data.timesMin[timeIndex], color, blocks, slots };
}

/** The pure geometry at one frame: cabinet `blocks` and `slots` with fill (0–1) and colours. */
export type CabinetBoardLayout = ReturnType<typeof layout>;

/** Draw or update the board in `container`; call again with another `timeIndex` to replay. */
export function render(container: ChartContainer, data: CabinetBoardData, options: Partial<CabinetBoardOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title, subtitle: t('chart.board.at', { time: clockLabel(l.timeMin), frame: l.timeIndex + 1, frames: data.timesMin.length }) });
  f.layer('wt-blocks')
    .selectAll<SVGTextElement, { id: string; x: number; y: number }>('text.wt-cabinet')
    .data(l.blocks, (d) => d.id)
    .join('text')
    .attr('class', 'wt-cabinet')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y + 10)
    .attr('font-weight', 'bold')
    .text((d) => d.id);
  const slots = f
    .layer('wt-marks')
    .selectAll<SVGGElement, CabinetBoardLayout['slots'][number]>('g.wt-slot')
    .data(l.slots, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'wt-slot');
      g.append('rect');
      g.append('text').attr('text-anchor', 'middle');
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .classed('wt-empty', (d) => d.empty);
  slots
    .select('rect')
    .attr('width', o.cell - 3)
    .attr('height', o.cell - 3)
    .attr('fill', (d) => (d.empty ? '#ffffff' : d.color))
    .attr('stroke', (d) => (d.empty ? emptyStroke : 'none'))
    .attr('stroke-width', (d) => (d.empty ? 2 : null));
  slots
    .select('text')
    .attr('x', (o.cell - 3) / 2)
    .attr('y', (o.cell - 3) / 2 + 4)
    .attr('fill', (d) => (d.empty ? emptyStroke : d.ink))
    .text((d) => (d.empty ? '×' : String(Math.round(d.level))));
  const tip = (d: CabinetBoardLayout['slots'][number]): string => t('chart.board.tip', { cabinet: d.cabinet, sku: d.sku, level: num(d.level), capacity: num(d.capacity), percent: Math.round(d.fill * 100) });
  tooltip(slots, tip);
  keyboardPoints(slots, { label: tip });
  const legend = f.layer('wt-legend');
  const ly = o.height - o.margin.top - o.margin.bottom + 24;
  rampLegend(legend, l.color, t('chart.board.legend'), 0, ly, 160, (v) => String(Math.round(v * 100)));
  swatchLegend(legend, [{ label: t('chart.board.empty'), color: emptyStroke, shape: 'line' }], 200, ly + 10);
}

/** Every frame, cabinet and slot as a row: time (min), cabinet, slot, sku, level, capacity. */
export function table(data: CabinetBoardData): Table {
  return {
    columns: ['timeMin', 'cabinet', 'slot', 'sku', 'levelUnits', 'capacityUnits'],
    rows: data.timesMin.flatMap((t, fi) => data.cabinets.flatMap((c, ci) => c.slotSkus.map((sku, si) => [t, c.id, si, sku, data.levels[fi]?.[ci]?.[si] ?? 0, c.slotCapacities[si]]))),
  };
}
