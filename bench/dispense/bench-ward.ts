// The benchmark ward: 20 cabinets x 60 slots along a 120 m corridor, 40 rooms opposite, a
// realistic maternity SKU mix (DOMAIN.md demand table) and a planogram computed by the core.
import {
  planogram,
  type CabinetModel,
  type CatalogItem,
  type DispensingConfig,
  type EntitlementRule,
  type PatientKind,
} from '../../engine/index.js';

/** A SKU with who uses it and its units per patient-day (DOMAIN.md; packs where packed). */
export interface BenchSku extends CatalogItem {
  readonly forKind: PatientKind;
  readonly perPatientDay: number;
  readonly perDay: number;
}

export const SKUS: readonly BenchSku[] = [
  { sku: 'pad-maternity', name: 'Maternity pads (pack of 10)', sizeClass: 'M', unit: 'pack', shelfLifeDays: 730, needsPatient: true, forKind: 'mother', perPatientDay: 0.7, perDay: 2 },
  { sku: 'underpad', name: 'Underpads (pack of 5)', sizeClass: 'M', unit: 'pack', shelfLifeDays: 730, needsPatient: true, forKind: 'mother', perPatientDay: 1, perDay: 3 },
  { sku: 'underpants', name: 'Disposable underpants (pack of 3)', sizeClass: 'M', unit: 'pack', shelfLifeDays: 730, needsPatient: true, forKind: 'mother', perPatientDay: 0.8, perDay: 2 },
  { sku: 'nursing-pad', name: 'Nursing pads (pack of 6)', sizeClass: 'S', unit: 'pack', shelfLifeDays: 365, needsPatient: true, forKind: 'mother', perPatientDay: 0.9, perDay: 3 },
  { sku: 'milk-bag', name: 'Breast-milk bags (pack of 5)', sizeClass: 'S', unit: 'pack', shelfLifeDays: 365, needsPatient: true, forKind: 'mother', perPatientDay: 0.4, perDay: 2 },
  { sku: 'nipple-cream', name: 'Nipple cream', sizeClass: 'S', unit: 'tube', shelfLifeDays: 180, needsPatient: true, forKind: 'mother', perPatientDay: 0.1, perDay: 1 },
  { sku: 'nappy-nb', name: 'Newborn nappies (pack of 5)', sizeClass: 'M', unit: 'pack', shelfLifeDays: 730, needsPatient: true, forKind: 'newborn', perPatientDay: 2, perDay: 4 },
  { sku: 'wipes', name: 'Baby wipes (pack of 20)', sizeClass: 'S', unit: 'pack', shelfLifeDays: 365, needsPatient: true, forKind: 'newborn', perPatientDay: 1.2, perDay: 3 },
  { sku: 'swab', name: 'Umbilical care swabs', sizeClass: 'S', unit: 'pack', shelfLifeDays: 365, needsPatient: true, forKind: 'newborn', perPatientDay: 0.3, perDay: 1 },
  { sku: 'formula', name: 'Ready-to-feed formula', sizeClass: 'S', unit: 'bottle', shelfLifeDays: 20, needsPatient: true, forKind: 'newborn', perPatientDay: 0.5, perDay: 4 },
  { sku: 'care-kit', name: 'Postpartum care kit', sizeClass: 'L', unit: 'kit', shelfLifeDays: 730, needsPatient: true, forKind: 'mother', perPatientDay: 0.15, perDay: 1 },
  { sku: 'swaddle', name: 'Swaddle blanket', sizeClass: 'L', unit: 'piece', shelfLifeDays: 3650, needsPatient: true, forKind: 'newborn', perPatientDay: 0.1, perDay: 1 },
];

export const CABINETS = 20;
export const ROOMS = 40;
export const MOTHERS = 250;

const MODEL: CabinetModel = {
  id: 'spiral-60',
  slots: [
    ...Array.from({ length: 36 }, () => ({ sizeClass: 'M', capacityUnits: 12 })),
    ...Array.from({ length: 18 }, () => ({ sizeClass: 'S', capacityUnits: 24 })),
    ...Array.from({ length: 6 }, () => ({ sizeClass: 'L', capacityUnits: 6 })),
  ].map((s, i) => ({ id: `s${String(i).padStart(2, '0')}`, ...s })),
};

/** The ward config, slots assigned by the planogram for 500 patients and a 0.5-day round. */
export function benchConfig(idempotencyWindow?: number): DispensingConfig {
  const catalog = { items: SKUS.map(({ sku, name, sizeClass, unit, shelfLifeDays, needsPatient }) => ({ sku, name, sizeClass, unit, shelfLifeDays, needsPatient })) };
  const cabinets = Array.from({ length: CABINETS }, (_, c) => ({ id: `cab${String(c).padStart(2, '0')}`, modelId: MODEL.id, location: { x: 3 + c * 6, y: 0 } }));
  const demand = Object.fromEntries(SKUS.map((s) => [s.sku, s.perPatientDay * MOTHERS]));
  const plan = planogram(catalog, demand, { cabinetModels: [MODEL], cabinets }, 0.5);
  const entitlements: EntitlementRule[] = SKUS.map((s) => ({ sku: s.sku, kinds: [s.forKind], perDay: s.perDay, perStay: s.perDay * 6 }));
  return {
    catalog,
    cabinetModels: [MODEL],
    cabinets: cabinets.map((c, i) => ({ ...c, slotSkus: plan.cabinets[i].slotSkus })),
    rooms: Array.from({ length: ROOMS }, (_, r) => ({ id: `room${r}`, location: { x: 1.5 + r * 3, y: 6 } })),
    entitlements,
    rules: idempotencyWindow === undefined ? {} : { idempotencyWindow },
  };
}
