/**
 * From a scenario to the dispensing core's configuration for a live ward: its catalog, its
 * cabinet models (slot groups expanded to slots), its cabinets with their planogram (the
 * scenario's fixed one, else the core's `planogram` from the catalog's day-0..6 consumption),
 * the "one item, one person" limits, and every slot filled to capacity with fresh lots at
 * minute 0 (a newly commissioned ward). Rooms are left out, so admissions may name any room.
 */
import { planogram } from '../../engine/dispensing/index.js';
import type { CabinetModel, DispensingConfig, EntitlementRule, InitialLot } from '../../engine/dispensing/index.js';
import type { Scenario } from '../../scenarios/index.js';

const MINUTES_PER_DAY = 1440;

/** Mean units per patient-day over the first week of a stay, a demand weight for the planogram. */
function firstWeekRate(curve: Scenario['catalog']['items'][number]['curve']): number {
  let total = 0;
  for (let day = 0; day < 7; day++) {
    let rate = 0;
    for (const step of curve) if (step.fromDay <= day) rate = step.perDay;
    total += rate;
  }
  return total / 7;
}

/** Builds the live ward's dispensing configuration from a validated scenario with cabinets. */
export function wardDispensingConfig(scenario: Scenario): DispensingConfig {
  const items = scenario.catalog.items.map((i) => ({ sku: i.sku, name: i.name, sizeClass: i.sizeClass, unit: i.unit, shelfLifeDays: i.shelfLifeDays, needsPatient: i.needsPatient }));
  const cabinetModels: CabinetModel[] = scenario.cabinets.models.map((m) => ({
    id: m.id,
    slots: m.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => ({ sizeClass: g.sizeClass, capacityUnits: g.capacityUnits }))),
  }));
  const instances = scenario.cabinets.instances;
  const demand = Object.fromEntries(scenario.catalog.items.map((i) => [i.sku, firstWeekRate(i.curve)]));
  const planned = instances.some((c) => !c.slotSkus)
    ? planogram({ items }, demand, { cabinetModels, cabinets: instances }, 0.5).cabinets
    : [];
  const cabinets = instances.map((c, k) => ({ id: c.id, modelId: c.modelId, location: c.location, slotSkus: c.slotSkus ?? planned[k].slotSkus }));
  const entitlements: EntitlementRule[] = scenario.catalog.items.map((i) => ({
    sku: i.sku,
    kinds: [i.patientKind],
    ...(i.perDayLimit > 0 ? { perDay: i.perDayLimit } : {}),
    ...(i.perStayLimit > 0 ? { perStay: i.perStayLimit } : {}),
  }));
  const shelfLife = new Map(items.map((i) => [i.sku, i.shelfLifeDays]));
  const models = new Map(cabinetModels.map((m) => [m.id, m]));
  const initialLots: InitialLot[] = [];
  for (const cab of cabinets) {
    const model = models.get(cab.modelId);
    if (!model) continue; // createDispensingState reports the unknown model with its path.
    model.slots.forEach((slot, s) => {
      const sku = cab.slotSkus[s];
      if (sku && slot.capacityUnits > 0) {
        initialLots.push({ cabinetId: cab.id, slotId: slot.id ?? `s${s}`, quantity: slot.capacityUnits, expiresAtMin: (shelfLife.get(sku) ?? 365) * MINUTES_PER_DAY });
      }
    });
  }
  return { catalog: { items }, cabinetModels, cabinets, entitlements, initialLots };
}
