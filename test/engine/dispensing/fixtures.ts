// A tiny ward for example tests: two cabinets 10 m apart, two rooms, three SKUs.
import type { DispensingConfig } from '../../../engine/dispensing/index.js';

export const DAY = 1440;

export function smallWard(overrides: Partial<DispensingConfig> = {}): DispensingConfig {
  return {
    catalog: {
      items: [
        { sku: 'pad', name: 'Maternity pad', sizeClass: 'M', unit: 'piece', shelfLifeDays: 365, needsPatient: true },
        { sku: 'nappy', name: 'Newborn nappy', sizeClass: 'M', unit: 'piece', shelfLifeDays: 365, needsPatient: true },
        { sku: 'wipes', name: 'Wipes', sizeClass: 'S', unit: 'pack', shelfLifeDays: 30, needsPatient: false },
      ],
    },
    cabinetModels: [
      {
        id: 'std',
        slots: [
          { id: 'a', sizeClass: 'M', capacityUnits: 10 },
          { id: 'b', sizeClass: 'M', capacityUnits: 10 },
          { id: 'c', sizeClass: 'S', capacityUnits: 5 },
        ],
      },
    ],
    cabinets: [
      { id: 'C1', modelId: 'std', location: { x: 0, y: 0 }, slotSkus: ['pad', 'nappy', 'wipes'] },
      { id: 'C2', modelId: 'std', location: { x: 10, y: 0 }, slotSkus: ['pad', 'nappy', 'wipes'] },
    ],
    rooms: [
      { id: 'R1', location: { x: 1, y: 2 } },
      { id: 'R2', location: { x: 9, y: 2 } },
    ],
    entitlements: [
      { sku: 'pad', kinds: ['mother'], perDay: 8, perStay: 20 },
      { sku: 'nappy', kinds: ['newborn'], perDay: 12 },
    ],
    initialLots: [
      { cabinetId: 'C1', slotId: 'a', lotId: 'p-late', quantity: 4, expiresAtMin: 100 * DAY },
      { cabinetId: 'C1', slotId: 'a', lotId: 'p-early', quantity: 3, expiresAtMin: 50 * DAY },
      { cabinetId: 'C1', slotId: 'b', lotId: 'n1', quantity: 10, expiresAtMin: 100 * DAY },
      { cabinetId: 'C2', slotId: 'a', lotId: 'p2', quantity: 10, expiresAtMin: 100 * DAY },
      { cabinetId: 'C2', slotId: 'c', lotId: 'w2', quantity: 5, expiresAtMin: 20 * DAY },
    ],
    ...overrides,
  };
}
