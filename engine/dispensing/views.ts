/**
 * Read functions for the people and programs outside the core: which cabinets there are and how
 * full, one cabinet with its slots and lots, and the plain form of a slot. Callers (the server,
 * the twin) read these views instead of the state's internals (`slot.lots`, `slotsBySku`, the
 * SKU and cabinet indexes), so the core can change how it stores stock without breaking them.
 * Each view is a fresh plain object: changing it does not change the state.
 */
import { stockLevel } from './inspect.js';
import type { StockLevel } from './inspect.js';
import { slotView } from './slot-view.js';
import type { SlotView } from './slot-view.js';
import type { CabinetState, DispensingState } from './state-types.js';

/** One cabinet with its stock at a time, without its slots. */
export interface CabinetSummary {
  readonly id: string;
  readonly modelId: string;
  readonly online: boolean;
  /** Position on the ward plan, m. */
  readonly location: { readonly x: number; readonly y: number };
  /** Number of slots. */
  readonly slots: number;
  readonly jammedSlots: number;
  readonly stock: StockLevel;
}

/** One cabinet with its stock and every slot. */
export interface CabinetView extends CabinetSummary {
  readonly slotDetails: readonly SlotView[];
}

/** True when the ward has a cabinet with this id. */
export function hasCabinet(state: DispensingState, cabinetId: string): boolean {
  return state.cabinetIndex.has(cabinetId);
}

function summaryOf(state: DispensingState, cab: CabinetState, timeMin: number): CabinetSummary {
  let jammed = 0;
  for (const s of cab.slots) if (s.jammed) jammed++;
  return {
    id: cab.id,
    modelId: cab.modelId,
    online: cab.online,
    location: { x: cab.location.x, y: cab.location.y },
    slots: cab.slots.length,
    jammedSlots: jammed,
    stock: stockLevel(state, { cabinetId: cab.id }, timeMin),
  };
}

/** Every cabinet in ward order with its stock at `timeMin` (minutes since the scenario start). */
export function cabinetSummaries(state: DispensingState, timeMin: number): CabinetSummary[] {
  return state.cabinets.map((cab) => summaryOf(state, cab, timeMin));
}

/** The cabinet `cabinetId` with its stock at `timeMin` and every slot, or undefined when there is none. */
export function cabinetView(state: DispensingState, cabinetId: string, timeMin: number): CabinetView | undefined {
  const i = state.cabinetIndex.get(cabinetId);
  if (i === undefined) return undefined;
  const cab = state.cabinets[i];
  return { ...summaryOf(state, cab, timeMin), slotDetails: cab.slots.map((slot) => slotView(state, slot)) };
}

/** Every cabinet with its slots, in ward order (the twin's and a snapshot's view of the whole ward). */
export function cabinetViews(state: DispensingState, timeMin: number): CabinetView[] {
  return state.cabinets.map((cab) => ({ ...summaryOf(state, cab, timeMin), slotDetails: cab.slots.map((slot) => slotView(state, slot)) }));
}
