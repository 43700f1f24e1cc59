/**
 * Reading the state without touching its internals: stock levels for the twin's "what is where,
 * how full" view and the ward model's KPIs, and a plain, deterministic snapshot of everything
 * (used to compare a live state with a replayed one, and to persist a twin).
 */
import { DispensingInputError } from './errors.js';
import { cabinetOf } from './input-checks.js';
import type { DispenseOutcome } from './request-types.js';
import { slotView } from './slot-view.js';
import { unexpiredUnits } from './slot-stock.js';
import type { DispensingCounters, DispensingState } from './state-types.js';

/** Units in stock, split by whether they can be dispensed now. */
export interface StockLevel {
  /** Every unit in the slots. */
  readonly onHandUnits: number;
  /** Unexpired units in working slots of online cabinets. */
  readonly usableUnits: number;
  /** Expired units still in slots. */
  readonly expiredUnits: number;
  /** Unexpired units stuck in jammed slots or offline cabinets. */
  readonly blockedUnits: number;
}

/** Stock of one SKU and/or one cabinet (both optional: omit for the ward total) at `timeMin`. */
export function stockLevel(state: DispensingState, filter: { readonly cabinetId?: string; readonly sku?: string }, timeMin: number): StockLevel {
  const api = 'stockLevel';
  const cabs = filter.cabinetId === undefined ? state.cabinets : [cabinetOf(state, api, 'filter.cabinetId', filter.cabinetId)];
  let skuIndex = -1;
  if (filter.sku !== undefined) {
    const i = state.skuIndex.get(filter.sku);
    if (i === undefined) throw new DispensingInputError(api, 'filter.sku', `(=${JSON.stringify(filter.sku)}) must name a catalog SKU`);
    skuIndex = i;
  }
  let onHand = 0;
  let usable = 0;
  let blocked = 0;
  for (const cab of cabs) {
    for (const slot of skuIndex >= 0 ? cab.slotsBySku[skuIndex] : cab.slots) {
      const fresh = unexpiredUnits(slot, timeMin);
      onHand += slot.onHandUnits;
      if (cab.online && !slot.jammed) usable += fresh;
      else blocked += fresh;
    }
  }
  return { onHandUnits: onHand, usableUnits: usable, expiredUnits: onHand - usable - blocked, blockedUnits: blocked };
}

/** A plain copy of the state (JSON-able; equal states give deep-equal snapshots). */
export interface DispensingSnapshot {
  readonly nowMin: number;
  readonly nextLotSeq: number;
  readonly cabinets: readonly {
    readonly id: string;
    readonly online: boolean;
    readonly slots: readonly {
      readonly id: string;
      readonly sku: string | null;
      readonly jammed: boolean;
      readonly lots: readonly { readonly lotId: string; readonly quantity: number; readonly expiresAtMin: number }[];
    }[];
  }[];
  readonly patients: readonly {
    readonly id: string;
    readonly kind: string;
    readonly room: string;
    readonly companionIds: readonly string[];
    readonly admittedAtMin: number;
    /** Per SKU the patient has received: `[sku, dayIndex, dayUnits, stayUnits]`. */
    readonly received: readonly (readonly [string, number, number, number])[];
  }[];
  /** Remembered request ids, oldest first, with their outcomes. */
  readonly idempotency: readonly (readonly [string, DispenseOutcome])[];
  readonly idempotencyNext: number;
  readonly counters: {
    readonly grants: number;
    readonly refusals: number;
    readonly events: number;
    readonly refusalsByReason: Readonly<Record<string, number>>;
    readonly initialUnits: readonly number[];
    readonly restockedUnits: readonly number[];
    readonly dispensedUnits: readonly number[];
    readonly removedUnits: readonly number[];
  };
}

function copyCounters(c: DispensingCounters): DispensingSnapshot['counters'] {
  return {
    grants: c.grants,
    refusals: c.refusals,
    events: c.events,
    refusalsByReason: { ...c.refusalsByReason },
    initialUnits: Array.from(c.initialUnits),
    restockedUnits: Array.from(c.restockedUnits),
    dispensedUnits: Array.from(c.dispensedUnits),
    removedUnits: Array.from(c.removedUnits),
  };
}

/** A deterministic plain snapshot of the whole state (not including the ledger itself). */
export function snapshotState(state: DispensingState): DispensingSnapshot {
  return {
    nowMin: state.nowMin,
    nextLotSeq: state.nextLotSeq,
    cabinets: state.cabinets.map((cab) => ({
      id: cab.id,
      online: cab.online,
      slots: cab.slots.map((slot) => {
        const { id, sku, jammed, lots } = slotView(state, slot);
        return { id, sku, jammed, lots };
      }),
    })),
    patients: [...state.patients.values()].map((p) => ({
      id: p.id,
      kind: p.kind,
      room: p.room,
      companionIds: [...p.companionIds],
      admittedAtMin: p.admittedAtMin,
      received: state.items
        .map((item, i) => [item.sku, p.dayIndex[i], p.dayUnits[i], p.stayUnits[i]] as const)
        .filter((r) => r[3] > 0),
    })),
    idempotency: [...state.idempotency.outcomes.entries()],
    idempotencyNext: state.idempotency.next,
    counters: copyCounters(state.counters),
  };
}
