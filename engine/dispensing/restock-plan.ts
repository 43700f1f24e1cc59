/**
 * Planning a restock: the pick list a restocker takes on a round. For each cabinet and slot it
 * says which lots to take out (expired, or expiring within a margin) and how many units to
 * bring to reach the slot's par level, never more than the slot's capacity.
 *
 * Two policies, as on real wards (DOMAIN.md "Restock cycles"): fixed rounds (`'round'`, e.g.
 * twice a day, top up every slot) and par-level triggers (`'par-trigger'`, only slots at or
 * below their reorder point). Jammed slots are skipped; offline cabinets are still filled.
 */
import type { CatalogItem } from './config-types.js';
import { DispensingInputError } from './errors.js';
import type { DispensingState, SlotState } from './state-types.js';

/** How a restock round decides what to bring. */
export interface RestockPolicy {
  /** `'round'`: top up every working slot; `'par-trigger'`: only slots at/below their reorder point. */
  readonly mode: 'round' | 'par-trigger';
  /** Par level as a fraction of slot capacity, in (0, 1]; default 1 (fill to capacity). */
  readonly parFraction?: number;
  /** Reorder point as a fraction of capacity, in [0, 1) (`'par-trigger'` only); default 0.25. */
  readonly reorderPointFraction?: number;
  /** Also take out lots expiring within this many minutes after the round; default 0. */
  readonly expiryMarginMin?: number;
  /** Only these cabinets; default all. */
  readonly cabinetIds?: readonly string[];
}

/** A lot to take out of a slot. */
export interface LotToRemove {
  readonly lotId: string;
  readonly quantity: number;
  readonly expiresAtMin: number;
}

/** One slot's line on the pick list. */
export interface RestockLine {
  readonly slotId: string;
  readonly sku: string;
  readonly capacityUnits: number;
  /** Units in the slot before the round. */
  readonly onHandUnits: number;
  /** Units left after taking out `removeLots`. */
  readonly keptUnits: number;
  readonly parUnits: number;
  /** Units to bring (>= 0; kept + add never exceeds capacity). */
  readonly addUnits: number;
  readonly removeLots: readonly LotToRemove[];
}

/** The pick list for one cabinet. */
export interface CabinetPickList {
  readonly cabinetId: string;
  readonly lines: readonly RestockLine[];
}

/** A whole round's pick list. */
export interface RestockPlan {
  readonly timeMin: number;
  readonly cabinets: readonly CabinetPickList[];
  /** Total units to bring. */
  readonly addUnits: number;
  /** Total units to take out. */
  readonly removeUnits: number;
}

/** A policy with its defaults filled in and checked. */
export interface ResolvedPolicy {
  readonly round: boolean;
  readonly par: number;
  readonly reorder: number;
  readonly marginMin: number;
}

/** Checks a policy and fills its defaults; `api` names the caller in errors. */
export function resolvePolicy(api: string, policy: RestockPolicy): ResolvedPolicy {
  if (policy.mode !== 'round' && policy.mode !== 'par-trigger') {
    throw new DispensingInputError(api, 'policy.mode', `(=${JSON.stringify(policy.mode)}) must be 'round' or 'par-trigger'`);
  }
  const par = policy.parFraction ?? 1;
  if (!(par > 0 && par <= 1)) throw new DispensingInputError(api, 'policy.parFraction', `(=${String(par)}) must be in (0, 1]`);
  const reorder = policy.reorderPointFraction ?? 0.25;
  if (!(reorder >= 0 && reorder < 1)) {
    throw new DispensingInputError(api, 'policy.reorderPointFraction', `(=${String(reorder)}) must be in [0, 1)`);
  }
  const margin = policy.expiryMarginMin ?? 0;
  if (!Number.isFinite(margin) || margin < 0) throw new DispensingInputError(api, 'policy.expiryMarginMin', `(=${String(margin)}) must be >= 0`);
  return { round: policy.mode === 'round', par, reorder, marginMin: margin };
}

/** One slot's share of a round: lots to take out from the front, their units, units to add. */
export interface SlotRestock {
  removeLots: number;
  removedUnits: number;
  keptUnits: number;
  addUnits: number;
}

/**
 * What a round does at one slot at `timeMin` (written into `out`, nothing allocated); false
 * when the slot has no line (no SKU, jammed, or nothing to take out or bring).
 */
export function slotRestock(slot: SlotState, p: ResolvedPolicy, timeMin: number, out: SlotRestock): boolean {
  if (slot.skuIndex < 0 || slot.jammed) return false;
  const lots = slot.lots;
  let n = 0;
  let removed = 0;
  while (n < lots.length && lots[n].expiresAtMin <= timeMin + p.marginMin) removed += lots[n++].quantity;
  const kept = slot.onHandUnits - removed;
  const triggered = p.round || kept <= Math.floor(slot.capacityUnits * p.reorder);
  const add = triggered ? Math.max(0, Math.floor(slot.capacityUnits * p.par) - kept) : 0;
  out.removeLots = n;
  out.removedUnits = removed;
  out.keptUnits = kept;
  out.addUnits = add;
  return add > 0 || n > 0;
}

/**
 * Computes the pick list for a round at `timeMin`. Reads the state, changes nothing.
 *
 * @throws DispensingInputError for an unknown mode, fractions out of range, a negative margin
 *   or an unknown cabinet id.
 */
export function planRestock(state: DispensingState, policy: RestockPolicy, timeMin: number): RestockPlan {
  const api = 'planRestock';
  const p = resolvePolicy(api, policy);
  if (!Number.isFinite(timeMin)) throw new DispensingInputError(api, 'timeMin', `(=${String(timeMin)}) must be a finite number of minutes`);
  let cabinets = state.cabinets;
  if (policy.cabinetIds !== undefined) {
    cabinets = policy.cabinetIds.map((id, i) => {
      const c = state.cabinetIndex.get(id);
      if (c === undefined) throw new DispensingInputError(api, `policy.cabinetIds[${i}]`, `(=${JSON.stringify(id)}) must name a cabinet`);
      return state.cabinets[c];
    });
  }
  const work: SlotRestock = { removeLots: 0, removedUnits: 0, keptUnits: 0, addUnits: 0 };
  const lists: CabinetPickList[] = [];
  let addTotal = 0;
  let removeTotal = 0;
  for (const cab of cabinets) {
    const lines: RestockLine[] = [];
    for (const slot of cab.slots) {
      if (!slotRestock(slot, p, timeMin, work)) continue;
      const item: CatalogItem = state.items[slot.skuIndex];
      const removeLots: LotToRemove[] = slot.lots.slice(0, work.removeLots).map((lot) => ({ lotId: lot.lotId, quantity: lot.quantity, expiresAtMin: lot.expiresAtMin }));
      const parUnits = Math.floor(slot.capacityUnits * p.par);
      lines.push({ slotId: slot.id, sku: item.sku, capacityUnits: slot.capacityUnits, onHandUnits: slot.onHandUnits, keptUnits: work.keptUnits, parUnits, addUnits: work.addUnits, removeLots });
      addTotal += work.addUnits;
      removeTotal += work.removedUnits;
    }
    if (lines.length > 0) lists.push({ cabinetId: cab.id, lines });
  }
  return { timeMin, cabinets: lists, addUnits: addTotal, removeUnits: removeTotal };
}
