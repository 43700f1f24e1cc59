/**
 * Turns the scenario's cabinets and catalog into the dispensing core's configuration: slot
 * groups expanded to slots, the planogram (fixed in the scenario or planned from demand),
 * rooms for routing, "one item, one person" entitlements from the catalog limits, and the
 * initial fill. Returns null when the ward has no cabinets.
 */
import type { Scenario } from '../../../scenarios/index.js';
import { MINUTES_PER_DAY } from '../../dispensing/index.js';
import type { CabinetModel, DispensingConfig, InitialLot } from '../../dispensing/index.js';
import { roomId } from '../context/layout.js';
import type { WardLayout } from '../context/layout.js';
import { planModelSlots } from './planogram-plan.js';

/** Dispensing configuration of a scenario, or null without cabinets. */
export function dispensingConfig(s: Scenario, layout: WardLayout): DispensingConfig | null {
  if (s.cabinets.instances.length === 0) return null;
  const models: CabinetModel[] = s.cabinets.models.map((m) => ({
    id: m.id,
    slots: m.slotGroups.flatMap((g) => Array.from({ length: g.count }, () => ({ sizeClass: g.sizeClass, capacityUnits: g.capacityUnits }))),
  }));
  const byId = new Map(models.map((m) => [m.id, m]));
  const planned = new Map<string, readonly (string | null)[]>();
  const planFor = (model: CabinetModel): readonly (string | null)[] => {
    let skus = planned.get(model.id);
    if (skus === undefined) planned.set(model.id, (skus = planModelSlots(s, model).cabinets[0].slotSkus));
    return skus;
  };
  const initialLots: InitialLot[] = [];
  // Lots reach the cabinet with only part of their shelf life left (restock.remainingShelfLifeShare).
  const life = (days: number): number => days * s.restock.remainingShelfLifeShare;
  const shelf = new Map(s.catalog.items.map((it) => [it.sku, life(it.shelfLifeDays)]));
  const cabinets = s.cabinets.instances.map((c) => {
    const model = byId.get(c.modelId);
    // A fixed planogram marks a slot left empty with ''; the core wants null.
    const slotSkus = c.slotSkus !== undefined ? c.slotSkus.map((sku) => (sku === '' ? null : sku)) : model === undefined ? [] : planFor(model);
    model?.slots.forEach((sl, i) => {
      const sku = slotSkus[i];
      const quantity = Math.floor(sl.capacityUnits * s.restock.initialFillShare);
      if (sku != null && quantity > 0) initialLots.push({ cabinetId: c.id, slotId: `s${i}`, quantity, expiresAtMin: (shelf.get(sku) ?? 365) * MINUTES_PER_DAY });
    });
    return { id: c.id, modelId: c.modelId, location: c.location, slotSkus };
  });
  return {
    catalog: { items: s.catalog.items.map((it) => ({ sku: it.sku, name: it.name, sizeClass: it.sizeClass, unit: it.unit, shelfLifeDays: life(it.shelfLifeDays), needsPatient: it.needsPatient })) },
    cabinetModels: models,
    cabinets,
    rooms: Array.from(layout.roomX, (x, i) => ({ id: roomId(i), location: { x, y: layout.roomY[i] } })),
    entitlements: s.catalog.items.map((it) => ({
      sku: it.sku,
      kinds: [it.patientKind],
      perDay: it.perDayLimit > 0 ? it.perDayLimit : undefined,
      perStay: it.perStayLimit > 0 ? it.perStayLimit : undefined,
    })),
    initialLots,
    rules: { idempotencyWindow: 0 },
  };
}
