/**
 * Cabinets: smart dispensing cabinet models (slot layout by size class), the cabinets placed
 * on the ward, how long a dispense takes at the screen, and how often slots jam and cabinets
 * go offline (and how long a repair takes).
 */
import { Type } from '@sinclair/typebox';
import { int, num } from './field.js';

/** A group of identical slots in a cabinet model. */
export const SlotGroupSchema = Type.Object(
  {
    sizeClass: Type.Union([Type.Literal('S'), Type.Literal('M'), Type.Literal('L')], { description: 'Slot size class' }),
    capacityUnits: int({ what: 'Units one slot holds', unit: 'units', basis: 'A', source: 'vendor layouts; exposed', default: 15, min: 1, max: 1000 }),
    count: int({ what: 'Number of such slots', unit: 'slots', basis: 'A', source: 'vendor layouts; exposed', default: 10, min: 1, max: 500 }),
  },
  { additionalProperties: false },
);

/** A cabinet model. */
export const CabinetModelSchema = Type.Object(
  {
    id: Type.String({ description: 'Model id', minLength: 1, maxLength: 60 }),
    slotGroups: Type.Array(SlotGroupSchema, { description: 'Slot layout by size class', minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);

/** A point on the ward floor plan. */
export const PointSchema = Type.Object(
  {
    x: num({ what: 'Metres along the corridor from the ward entrance', unit: 'm', basis: 'A', source: 'site floor plan', default: 0, min: -1000, max: 1000 }),
    y: num({ what: 'Metres across the corridor (rooms at -3 and +3)', unit: 'm', basis: 'A', source: 'site floor plan', default: 0, min: -1000, max: 1000 }),
  },
  { additionalProperties: false, description: 'A point on the ward floor plan' },
);

/** A cabinet placed on the ward. */
export const CabinetInstanceSchema = Type.Object(
  {
    id: Type.String({ description: 'Cabinet id', minLength: 1, maxLength: 60 }),
    modelId: Type.String({ description: 'Id of a cabinet model', minLength: 1, maxLength: 60 }),
    location: PointSchema,
    slotSkus: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { description: 'Fixed planogram: SKU per slot in slot order; omitted = planned from demand', maxItems: 2000 })),
  },
  { additionalProperties: false },
);

/** Cabinets on the ward (empty instances = no cabinet channel). */
export const CabinetsSchema = Type.Object(
  {
    models: Type.Array(CabinetModelSchema, { description: 'Cabinet models', maxItems: 20 }),
    instances: Type.Array(CabinetInstanceSchema, { description: 'Cabinets on the ward; empty in baseline scenarios', maxItems: 100 }),
    transactionSecondsMean: num({ what: 'Screen time per dispensed item line', unit: 's', basis: 'S', source: 'scrubs vending ~4 s (BWH 2018); ADC ~10 s (Kelm & Campbell 2018); range 4-15 s', default: 8, min: 1, max: 120 }),
    transactionSecondsSd: num({ what: 'Sd of screen time per item line (lognormal)', unit: 's', basis: 'A', source: 'spread of 4-15 s range', default: 3, min: 0, max: 120 }),
    sessionSeconds: num({ what: 'Fixed screen time per visit (scan wristband or QR code, collect)', unit: 's', basis: 'A', source: 'exposed assumption', default: 10, min: 0, max: 300 }),
    jamsPerSlotPerDay: num({ what: 'Rate at which a slot jams', unit: '1/(slot d)', basis: 'A', source: 'exposed assumption', default: 0.002, min: 0, max: 1 }),
    jamRepairHoursMean: num({ what: 'Mean time to clear a jam (exponential)', unit: 'h', basis: 'A', source: 'exposed assumption', default: 4, min: 0.01, max: 240 }),
    offlinePerCabinetPerDay: num({ what: 'Rate at which a cabinet goes offline (network, power, fault)', unit: '1/(cabinet d)', basis: 'A', source: 'exposed assumption', default: 0.01, min: 0, max: 10 }),
    offlineRepairHoursMean: num({ what: 'Mean time to bring a cabinet back online (exponential)', unit: 'h', basis: 'A', source: 'exposed assumption', default: 3, min: 0.01, max: 240 }),
  },
  { additionalProperties: false, description: 'Smart dispensing cabinets' },
);
