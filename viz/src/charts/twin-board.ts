/**
 * The twin's cabinets as boards, for visual management: one block per cabinet (those that need
 * attention first), its slots by position, each coloured by its usable fill. What cannot give
 * anything is marked, never coloured as stock: an offline cabinet's slots are grey and say
 * "off", a jammed slot is white with a dashed outline and says "jam", an empty slot is white
 * with a solid outline. Under the units, each slot shows its chance of running out before the
 * restocker next fills the cabinet, as a percentage.
 */
import { interpolateCividis, scaleSequential } from 'd3';
import { check, plotSize } from './_internals/chart.js';
import type { ChartOptions, Table } from './_internals/chart.js';
import { frame } from './_internals/frame.js';
import type { ChartContainer } from './_internals/frame.js';
import { rampLegend, swatchLegend } from './_internals/legend.js';
import { textOn } from './_internals/palette.js';
import { keyboardPoints } from './_internals/keyboard-points.js';
import { tooltip } from './_internals/tooltip.js';
import { t } from '../i18n/index.js';

/** What a slot shows first. */
export type SlotStatus = 'offline' | 'jammed' | 'empty' | 'stocked' | 'unassigned';

/** One slot on a board. */
export interface BoardSlot {
  id: string;
  /** Position in the cabinet (0-based, slot order). */
  position: number;
  sku: string | null;
  /** The SKU's display name in the page's language (default: its id). */
  skuLabel?: string;
  onHandUnits: number;
  capacityUnits: number;
  /** Usable share of capacity, 0–1: 0 when offline, jammed or empty. */
  usableFill: number;
  status: SlotStatus;
  /** Chance of running out before the cabinet's next restock, 0–1; null without a forecast. */
  outBeforeRestock: number | null;
}

/** One cabinet as a board. */
export interface CabinetBoard {
  id: string;
  online: boolean;
  slots: BoardSlot[];
  /** Highest chance of running out among its slots (0 without a forecast): boards are sorted by it. */
  worst: number;
  /** Families' expected wait for the screen, min; null without a forecast. */
  queueWaitMin: number | null;
}

/** A (cabinet, SKU) that may run out. */
export interface AttentionItem {
  cabinetId: string;
  sku: string;
  usableUnits: number;
  /** Chance of running out before the cabinet's next restock, 0–1. */
  probability: number;
  /** Median minutes from now to running out; null: not within the horizon. */
  medianMin: number | null;
}

/** One line of the pick list. */
export interface PickItem {
  cabinetId: string;
  slotId: string;
  sku: string;
  units: number;
}

/** The Twin page's view. */
export interface TwinView {
  nowMin: number;
  boards: CabinetBoard[];
  attention: AttentionItem[];
  picks: PickItem[];
  /** The next fixed round and the round after, minutes since the scenario start (null: unknown). */
  nextRoundMin: number | null;
  roundAfterMin: number | null;
  /** Forecast horizon end, minutes since the scenario start; null without a forecast. */
  untilMin: number | null;
  replications: number | null;
}

/** A probability as people read it: "53 %", "< 1 %", "> 99 %". */
export function percent(p: number): string {
  if (p > 0 && p < 0.005) return '< 1 %';
  if (p < 1 && p > 0.995) return '> 99 %';
  return `${Math.round(p * 100)} %`;
}

/** Chart kind and snapshot name. */
export const kind = 'twin-board';

/** Input: the Twin page's view (boards sorted by need) and the clock text for the subtitle. */
export interface TwinBoardData {
  view: TwinView;
  /** e.g. "Now Tue 14:05; next round Tue 16:15". */
  clockText: string;
}

/** Options; unset fields take {@link defaults}. */
export interface TwinBoardOptions extends ChartOptions {
  /** Slot columns per cabinet block (default 8). */
  columns: number;
  /** Slot cell size, px (default 40). */
  cell: number;
}

/** Defaults: 720 px wide, 8 columns, 40 px cells (the page sets the height from {@link heightFor}). */
export const defaults: TwinBoardOptions = {
  width: 720,
  height: 320,
  margin: { top: 56, right: 16, bottom: 56, left: 16 },
  get title() {
    return t('twinChart.title');
  },
  columns: 8,
  cell: 40,
};

/** Marks of the slots that give nothing. */
export const marks = { empty: '#D55E00', jammed: '#E69F00', offline: '#bdbdbd' } as const;

const BLOCK_TITLE = 16;
const GAP = 20;

/** Block height for `slots` slots, px. */
function blockHeight(slots: number, o: TwinBoardOptions): number {
  return BLOCK_TITLE + Math.ceil(Math.max(1, slots) / o.columns) * o.cell;
}

/** Height that fits every board of `boards` at `options`' width, px. */
export function heightFor(boards: readonly CabinetBoard[], options: Partial<TwinBoardOptions> = {}): number {
  const o = { ...defaults, ...options };
  const perRow = Math.max(1, Math.floor((o.width - o.margin.left - o.margin.right + GAP) / (o.columns * o.cell + GAP)));
  const rows = Math.ceil(boards.length / perRow);
  const h = blockHeight(Math.max(0, ...boards.map((b) => b.slots.length)), o);
  return o.margin.top + o.margin.bottom + Math.max(1, rows) * (h + GAP);
}

/** The label a slot cell shows. */
function cellText(status: SlotStatus, units: number): string {
  return status === 'offline' ? t('twinChart.off') : status === 'jammed' ? t('twinChart.jam') : status === 'unassigned' ? '' : String(Math.round(units));
}

/** Data + options -> blocks and slot cells (pure). */
export function layout(data: TwinBoardData, options: Partial<TwinBoardOptions> = {}) {
  const o = { ...defaults, ...options };
  check(Number.isInteger(o.columns) && o.columns >= 1, kind, `columns(=${o.columns}) must be an integer >= 1`);
  check(o.cell >= 24, kind, `cell(=${o.cell}) must be >= 24 px`);
  const color = scaleSequential(interpolateCividis).domain([0, 1]);
  const { innerWidth } = plotSize(o);
  const blockWidth = o.columns * o.cell;
  const perRow = Math.max(1, Math.floor((innerWidth + GAP) / (blockWidth + GAP)));
  const h = blockHeight(Math.max(0, ...data.view.boards.map((b) => b.slots.length)), o);
  const blocks = data.view.boards.map((b, i) => ({
    id: b.id, online: b.online, x: (i % perRow) * (blockWidth + GAP), y: Math.floor(i / perRow) * (h + GAP),
    label: `${b.id}${b.online ? '' : t('twinChart.offline')}${b.worst > 0 ? t('twinChart.upTo', { percent: percent(b.worst) }) : ''}`,
  }));
  const cells = data.view.boards.flatMap((b, bi) => b.slots.map((s) => {
    const fill = s.status === 'offline' ? marks.offline : s.status === 'stocked' ? color(s.usableFill) : '#ffffff';
    const stroke = s.status === 'empty' ? marks.empty : s.status === 'jammed' ? marks.jammed : s.status === 'unassigned' ? '#dddddd' : 'none';
    return {
      key: `${b.id}/${s.id}`, cabinet: b.id, slot: s, fill, stroke, dash: s.status === 'jammed' ? '4,2' : null,
      ink: s.status === 'stocked' ? textOn(s.usableFill) : s.status === 'empty' ? marks.empty : '#000000',
      text: cellText(s.status, s.onHandUnits),
      risk: s.outBeforeRestock === null || s.sku === null ? '' : percent(s.outBeforeRestock),
      x: blocks[bi].x + (s.position % o.columns) * o.cell,
      y: blocks[bi].y + BLOCK_TITLE + Math.floor(s.position / o.columns) * o.cell,
    };
  }));
  return { options: o, color, blocks, cells };
}

/** The pure geometry: cabinet blocks and slot cells with colour, outline and texts. */
export type TwinBoardLayout = ReturnType<typeof layout>;

function describe(d: TwinBoardLayout['cells'][number]): string {
  const s = d.slot;
  const what = s.status === 'offline' ? t('twinChart.slotOffline') : s.status === 'jammed' ? t('twinChart.slotJammed', { units: s.onHandUnits }) : s.status === 'empty' ? t('twinChart.slotEmpty') : s.status === 'unassigned' ? t('twinChart.slotNoSku') : t('twinChart.slotUnits', { units: s.onHandUnits, capacity: s.capacityUnits });
  const risk = s.outBeforeRestock === null ? '' : t('twinChart.risk', { percent: percent(s.outBeforeRestock) });
  return t('twinChart.slot', { cabinet: d.cabinet, slot: s.id, sku: s.sku === null ? '' : t('twinChart.slotSku', { sku: s.skuLabel ?? s.sku }), what, risk });
}

/** Draw or update the boards in `container`. */
export function render(container: ChartContainer, data: TwinBoardData, options: Partial<TwinBoardOptions> = {}): void {
  const l = layout(data, options);
  const o = l.options;
  const f = frame(container, { kind, width: o.width, height: o.height, margin: o.margin, title: o.title, subtitle: data.clockText });
  f.layer('wt-blocks')
    .selectAll<SVGTextElement, TwinBoardLayout['blocks'][number]>('text.wt-cabinet')
    .data(l.blocks, (d) => d.id)
    .join('text')
    .attr('class', 'wt-cabinet')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y + 11)
    .attr('font-weight', 'bold')
    .text((d) => d.label);
  const cells = f
    .layer('wt-marks')
    .selectAll<SVGGElement, TwinBoardLayout['cells'][number]>('g.wt-slot')
    .data(l.cells, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'wt-slot');
      g.append('rect');
      g.append('text').attr('class', 'wt-units').attr('text-anchor', 'middle');
      g.append('text').attr('class', 'wt-risk').attr('text-anchor', 'middle').attr('font-size', 10);
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .attr('data-status', (d) => d.slot.status);
  const side = o.cell - 3;
  cells.select('rect').attr('width', side).attr('height', side).attr('fill', (d) => d.fill).attr('stroke', (d) => d.stroke).attr('stroke-width', (d) => (d.stroke === 'none' ? null : 2)).attr('stroke-dasharray', (d) => d.dash);
  cells.select('.wt-units').attr('x', side / 2).attr('y', side / 2 - 1).attr('fill', (d) => d.ink).text((d) => d.text);
  cells.select('.wt-risk').attr('x', side / 2).attr('y', side - 5).attr('fill', (d) => d.ink).text((d) => d.risk);
  tooltip(cells, describe);
  keyboardPoints(cells, { label: describe });
  const legend = f.layer('wt-legend');
  const ly = o.height - o.margin.top - o.margin.bottom + 20;
  rampLegend(legend, l.color, t('twinChart.legend'), 0, ly, 160, (v) => String(Math.round(v * 100)));
  swatchLegend(legend, [
    { label: t('twinChart.empty'), color: marks.empty, shape: 'line' },
    { label: t('twinChart.jammed'), color: marks.jammed, shape: 'line' },
    { label: t('twinChart.cabinetOffline'), color: marks.offline },
  ], 200, ly + 10);
}

/** Rows: cabinet, online, slot, position, sku, status, units, capacity, chance of running out before the restock. */
export function table(data: TwinBoardData): Table {
  return {
    columns: ['cabinet', 'online', 'slot', 'position', 'sku', 'status', 'onHandUnits', 'capacityUnits', 'outBeforeRestockProbability'],
    rows: data.view.boards.flatMap((b) => b.slots.map((s) => [b.id, b.online ? 'yes' : 'no', s.id, s.position, s.sku ?? '', s.status, s.onHandUnits, s.capacityUnits, s.outBeforeRestock ?? ''])),
  };
}
