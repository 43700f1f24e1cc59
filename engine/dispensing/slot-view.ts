/**
 * The plain form of a slot, written once: what the cabinet view, the twin's state and a state
 * snapshot show of a slot (its SKU by name, never the catalog index, and copies of its lots).
 */
import type { DispensingState, SlotState } from './state-types.js';

/** A lot as it is shown: its id, units left and expiry (minutes since the scenario start). */
export interface LotView {
  readonly lotId: string;
  readonly quantity: number;
  readonly expiresAtMin: number;
}

/** One slot: its size, the SKU assigned (null when none), whether it is jammed and its lots, first expiry first. */
export interface SlotView {
  readonly id: string;
  readonly sizeClass: string;
  readonly capacityUnits: number;
  readonly sku: string | null;
  readonly jammed: boolean;
  readonly onHandUnits: number;
  readonly lots: readonly LotView[];
}

/** The plain form of `slot` (the one mapping of a slot to JSON). */
export function slotView(state: DispensingState, slot: SlotState): SlotView {
  return {
    id: slot.id,
    sizeClass: slot.sizeClass,
    capacityUnits: slot.capacityUnits,
    sku: slot.skuIndex < 0 ? null : state.items[slot.skuIndex].sku,
    jammed: slot.jammed,
    onHandUnits: slot.onHandUnits,
    lots: slot.lots.map((l) => ({ lotId: l.lotId, quantity: l.quantity, expiresAtMin: l.expiresAtMin })),
  };
}
