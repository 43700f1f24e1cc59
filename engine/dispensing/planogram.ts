/**
 * The planogram: which item goes in which slot, and how many slots each item gets. The aim is
 * balanced days of cover — between two restock rounds no item should run out much earlier
 * than the others — within the slots the cabinets have, each item only in slots of its size
 * class, and every stocked item in at least one slot.
 *
 * Method (marginal allocation, per size class). Every stocked SKU (forecast demand > 0) first
 * gets one slot; each remaining slot then goes to the SKU whose days of cover, counted as
 * `slots × mean slot capacity of the class ÷ demand per day`, is lowest (ties: catalog order).
 * This is the classic greedy for a max–min objective under a space limit, and the same rule as
 * Adams' divisor method of apportionment.
 *
 * Guarantees (with the class's slots counted at their mean capacity):
 * - it maximises the smallest days of cover among the class's SKUs over all allocations that
 *   give every stocked SKU at least one slot;
 * - it never uses more slots than a class has, and never puts a SKU in a slot of another class;
 * - it is demand-monotone: raising one SKU's forecast (others fixed) never takes a slot from it,
 *   and scaling every forecast by the same factor changes nothing.
 * Slots are then laid out cabinet by cabinet, dealing SKUs round-robin, so each SKU is spread
 * over as many cabinets as the slot counts allow (the nearest cabinet is more likely to hold it).
 * Reported days of cover use each slot's actual capacity.
 */
import type { CabinetModel, Catalog } from './config-types.js';
import { DispensingConfigError } from './errors.js';

const API = 'planogram';

/** The cabinets to plan: their models and instances (a `DispensingConfig` fits). */
export interface PlanogramLayout {
  readonly cabinetModels: readonly CabinetModel[];
  readonly cabinets: readonly { readonly id: string; readonly modelId: string }[];
}

/** A planogram: slot assignments and the cover they give. */
export interface PlanogramResult {
  /** Per cabinet (layout order), the SKU for each slot position, `null` for an unused slot. */
  readonly cabinets: readonly { readonly cabinetId: string; readonly slotSkus: readonly (string | null)[] }[];
  /** Slots given to each stocked SKU. */
  readonly slotsPerSku: Readonly<Record<string, number>>;
  /** Units of capacity given to each stocked SKU. */
  readonly capacityUnitsPerSku: Readonly<Record<string, number>>;
  /** Capacity ÷ demand per day, per stocked SKU (days). */
  readonly daysOfCover: Readonly<Record<string, number>>;
  /** Smallest days of cover over stocked SKUs (Infinity if none). */
  readonly minDaysOfCover: number;
  /** Stocked SKUs whose cover is shorter than the restock interval (they will run out between rounds). */
  readonly shortOfRound: readonly string[];
}

interface ClassSlot {
  readonly cabinet: number;
  readonly slot: number;
  readonly capacityUnits: number;
}

/** Adams / marginal allocation of `slots` among SKUs with `demand` (each gets >= 1). */
function allocateCounts(demand: readonly number[], slots: number): number[] {
  const counts = demand.map(() => 1);
  for (let left = slots - demand.length; left > 0; left--) {
    let best = 0;
    // lowest cover = lowest counts[i] / demand[i]; cross-multiplied to avoid division.
    for (let i = 1; i < demand.length; i++) if (counts[i] * demand[best] < counts[best] * demand[i]) best = i;
    counts[best]++;
  }
  return counts;
}

/**
 * Assigns SKUs to slots to balance days of cover (see the module header for the method and its
 * guarantee).
 *
 * @param demandPerSkuPerDay forecast units per day per SKU; SKUs with 0 or no forecast are not stocked.
 * @param restockIntervalDays days between restock rounds (> 0), used to flag `shortOfRound`.
 * @throws DispensingConfigError for a negative or non-finite forecast, a forecast for an unknown
 *   SKU, an unknown cabinet model, a non-positive interval, or a size class with fewer usable
 *   slots than stocked SKUs.
 */
export function planogram(
  catalog: Catalog,
  demandPerSkuPerDay: Readonly<Record<string, number>>,
  layout: PlanogramLayout,
  restockIntervalDays: number,
): PlanogramResult {
  if (!(restockIntervalDays > 0) || !Number.isFinite(restockIntervalDays)) {
    throw new DispensingConfigError(API, 'restockIntervalDays', `(=${String(restockIntervalDays)}) must be a finite number > 0`);
  }
  const known = new Set(catalog.items.map((i) => i.sku));
  for (const [sku, d] of Object.entries(demandPerSkuPerDay)) {
    if (!known.has(sku)) throw new DispensingConfigError(API, `demandPerSkuPerDay["${sku}"]`, 'must name a catalog SKU');
    if (!Number.isFinite(d) || d < 0) throw new DispensingConfigError(API, `demandPerSkuPerDay["${sku}"]`, `(=${String(d)}) must be a finite number >= 0`);
  }
  const models = new Map(layout.cabinetModels.map((m) => [m.id, m]));
  const slotSkus: (string | null)[][] = layout.cabinets.map((cab, c) => {
    const model = models.get(cab.modelId);
    if (!model) throw new DispensingConfigError(API, `layout.cabinets[${c}].modelId`, `(="${cab.modelId}") must name a cabinet model`);
    return model.slots.map(() => null);
  });

  const slotsPerSku: Record<string, number> = {};
  const capacityUnitsPerSku: Record<string, number> = {};
  const daysOfCover: Record<string, number> = {};
  const classes = [...new Set(catalog.items.map((i) => i.sizeClass))];
  for (const sizeClass of classes) {
    const skus = catalog.items.filter((i) => i.sizeClass === sizeClass && (demandPerSkuPerDay[i.sku] ?? 0) > 0).map((i) => i.sku);
    if (skus.length === 0) continue;
    const slots: ClassSlot[] = [];
    layout.cabinets.forEach((cab, c) => {
      models.get(cab.modelId)!.slots.forEach((s, k) => {
        if (s.sizeClass === sizeClass && s.capacityUnits > 0) slots.push({ cabinet: c, slot: k, capacityUnits: s.capacityUnits });
      });
    });
    if (slots.length < skus.length) {
      throw new DispensingConfigError(API, `sizeClass "${sizeClass}"`, `has ${slots.length} usable slots for ${skus.length} stocked SKUs; every stocked SKU needs at least one`);
    }
    const counts = allocateCounts(skus.map((s) => demandPerSkuPerDay[s]), slots.length);
    // Deal round-robin over SKUs into slots taken cabinet by cabinet.
    const left = [...counts];
    let next = 0;
    for (let dealt = 0, total = counts.reduce((a, b) => a + b, 0); dealt < total; ) {
      for (let i = 0; i < skus.length; i++) {
        if (left[i] === 0) continue;
        left[i]--;
        dealt++;
        const s = slots[next++];
        slotSkus[s.cabinet][s.slot] = skus[i];
        capacityUnitsPerSku[skus[i]] = (capacityUnitsPerSku[skus[i]] ?? 0) + s.capacityUnits;
      }
    }
    skus.forEach((sku, i) => {
      slotsPerSku[sku] = counts[i];
      daysOfCover[sku] = capacityUnitsPerSku[sku] / demandPerSkuPerDay[sku];
    });
  }
  const covers = Object.values(daysOfCover);
  return {
    cabinets: layout.cabinets.map((cab, c) => ({ cabinetId: cab.id, slotSkus: slotSkus[c] })),
    slotsPerSku,
    capacityUnitsPerSku,
    daysOfCover,
    minDaysOfCover: covers.length === 0 ? Infinity : Math.min(...covers),
    shortOfRound: catalog.items.map((i) => i.sku).filter((sku) => daysOfCover[sku] !== undefined && daysOfCover[sku] < restockIntervalDays),
  };
}
