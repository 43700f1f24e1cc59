/**
 * Planogram for scenarios that do not fix one: the expected ward demand per SKU (the
 * consumption curve over the mean stay of each delivery mode, times the share of patients it
 * applies to, times deliveries per day) handed to the dispensing core's `planogram`, one
 * cabinet model at a time; every cabinet of a model gets the same slot assignment.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { planogram } from '../../dispensing/index.js';
import type { CabinetModel, PlanogramResult } from '../../dispensing/index.js';
import { MAX_CURVE_DAY } from '../context/params.js';

/** Expected ward demand per SKU, units per day (catalog order). */
export function expectedDemandPerDay(s: Scenario): number[] {
  const perDay = s.births.annualDeliveries / 365;
  const nicu = s.stays.nicuShare;
  const cs = s.births.caesareanShare;
  return s.catalog.items.map((item) => {
    const rate = (d: number): number => {
      let r = 0;
      for (const st of item.curve) if (st.fromDay <= Math.min(d, MAX_CURVE_DAY)) r = st.perDay;
      return r;
    };
    const overStay = (days: number): number => {
      let u = 0;
      for (let d = 0; d < Math.ceil(days); d++) u += rate(d) * Math.min(1, days - d);
      return u;
    };
    const perPatient = (1 - cs) * overStay(s.stays.vaginalMeanDays) + cs * overStay(s.stays.caesareanMeanDays);
    const share = item.condition === 'rooming-in' ? 1 - nicu : item.condition === 'nicu-pumping' ? nicu : item.patientKind === 'newborn' ? 1 - nicu : 1;
    const count = item.patientKind === 'newborn' ? 1 + s.births.twinShare : 1;
    return perDay * perPatient * share * count;
  });
}

/**
 * Demand the planogram can stock: a size class with fewer slots than SKUs wanting it keeps the
 * SKUs with the highest demand (ties: catalog order); the others get no slot and are fetched
 * from the other channels. The core's planogram refuses such a class outright; a scenario may
 * still describe a small cabinet, so the ward drops the least-wanted items instead.
 */
function stockableDemand(s: Scenario, model: CabinetModel): Record<string, number> {
  const demand = expectedDemandPerDay(s);
  const out: Record<string, number> = {};
  const items = s.catalog.items;
  for (const size of new Set(items.map((it) => it.sizeClass))) {
    const slots = model.slots.filter((sl) => sl.sizeClass === size && sl.capacityUnits > 0).length;
    // Items the scenario says cabinets do not hold (`stockedBy` without "cabinet") get no slot.
    const wanted = items.map((it, k) => k).filter((k) => items[k].sizeClass === size && demand[k] > 0 && items[k].stockedBy.includes('cabinet'));
    wanted.sort((a, b) => demand[b] - demand[a] || a - b);
    for (const k of wanted.slice(0, slots)) out[items[k].sku] = demand[k];
  }
  return out;
}

/**
 * The planogram of one cabinet model for scenarios that do not fix one: the dispensing core's
 * `planogram` (marginal allocation: balanced days of cover within each size class, every
 * stocked SKU in at least one slot) over one cabinet of the model, fed with the ward's expected
 * demand. Every cabinet of the model gets the same assignment, so the nearest cabinet holds
 * every item; demand scaled by the number of cabinets would change nothing (the allocation is
 * scale-free). `restockIntervalDays` comes from the fixed rounds (one day without rounds).
 */
export function planModelSlots(s: Scenario, model: CabinetModel): PlanogramResult {
  const rounds = s.restock.roundHours.length;
  const catalog = { items: s.catalog.items.map((it) => ({ sku: it.sku, name: it.name, sizeClass: it.sizeClass, unit: it.unit, shelfLifeDays: it.shelfLifeDays, needsPatient: it.needsPatient })) };
  return planogram(catalog, stockableDemand(s, model), { cabinetModels: [model], cabinets: [{ id: 'plan', modelId: model.id }] }, rounds > 0 ? 1 / rounds : 1);
}

/**
 * Slot SKUs, in slot order (null = left empty), for a cabinet whose slots have these size
 * classes: {@link planModelSlots} over slots of equal capacity (capacity does not change the
 * allocation within a class). Kept for callers that have only the size classes.
 */
export function planSlots(s: Scenario, slotSizes: readonly string[]): (string | null)[] {
  const model: CabinetModel = { id: 'plan', slots: slotSizes.map((sizeClass) => ({ sizeClass, capacityUnits: 1 })) };
  return [...planModelSlots(s, model).cabinets[0].slotSkus];
}
