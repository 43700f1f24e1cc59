/**
 * A warm start: the ward as a live state knows it at `nowMin` (the twin's cabinets with their
 * slot assignments, lots, jams and offline flags, and the patients present), and how far to
 * run from there. Plain JSON, so a start crosses a thread boundary with a replication job.
 */
import type { DispensingConfig, InitialLot } from '../../dispensing/index.js';
import type { PresentPatient } from '../population/population.js';

/** One slot of a cabinet at the start. */
export interface StartSlot {
  readonly id: string;
  /** SKU assigned, or null. */
  readonly sku: string | null;
  readonly jammed: boolean;
  /** Units the slot holds when full. */
  readonly capacityUnits: number;
  /** Lots in the slot, minutes since the scenario start for the expiry. */
  readonly lots: readonly { readonly quantity: number; readonly expiresAtMin: number }[];
}

/** One cabinet at the start. */
export interface StartCabinet {
  readonly id: string;
  readonly online: boolean;
  readonly slots: readonly StartSlot[];
}

/** Where a warm-started run begins (see the module header). */
export interface WardStart {
  /** The live clock, minutes since the scenario start. */
  readonly nowMin: number;
  /** Minutes to simulate from `nowMin`, > 0. */
  readonly horizonMin: number;
  readonly cabinets: readonly StartCabinet[];
  readonly patients: readonly PresentPatient[];
  /** Cabinet ids kept offline for the whole run (a what-if); default none. */
  readonly holdOffline?: readonly string[];
}

/**
 * The dispensing configuration of a warm start: the scenario's, with the slot assignments and
 * lots of the start (lots already expired at `nowMin` are left out). Cabinets the start does
 * not name keep the scenario's planogram and initial fill.
 */
export function startConfig(config: DispensingConfig, start: WardStart): DispensingConfig {
  const byId = new Map(start.cabinets.map((c) => [c.id, c]));
  const lots: InitialLot[] = (config.initialLots ?? []).filter((l) => !byId.has(l.cabinetId));
  for (const cab of start.cabinets) {
    for (const slot of cab.slots) {
      for (const lot of slot.lots) if (lot.quantity > 0 && lot.expiresAtMin > start.nowMin) lots.push({ cabinetId: cab.id, slotId: slot.id, quantity: lot.quantity, expiresAtMin: lot.expiresAtMin });
    }
  }
  return {
    ...config,
    cabinets: config.cabinets.map((c) => {
      const live = byId.get(c.id);
      if (live === undefined) return c;
      // The live state lists a cabinet's slots in the model's slot order.
      return { ...c, online: live.online, slotSkus: (c.slotSkus ?? []).map((sku, i) => (live.slots[i] !== undefined ? live.slots[i].sku : sku)) };
    }),
    initialLots: lots,
  };
}
