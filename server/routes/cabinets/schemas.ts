/** Schemas of the cabinet resource: the ward's cabinets with their stock, and one cabinet's slots. */
import { Type } from '@sinclair/typebox';

const StockSchema = Type.Object(
  {
    onHandUnits: Type.Integer({ description: 'every unit in the slots' }),
    usableUnits: Type.Integer({ description: 'unexpired units in working slots of online cabinets' }),
    expiredUnits: Type.Integer(),
    blockedUnits: Type.Integer({ description: 'unexpired units in jammed slots or offline cabinets' }),
  },
  { additionalProperties: false },
);

/** One cabinet in the list. */
export const CabinetSummarySchema = Type.Object(
  {
    id: Type.String(),
    modelId: Type.String(),
    online: Type.Boolean(),
    location: Type.Object({ x: Type.Number(), y: Type.Number() }, { additionalProperties: false, description: 'metres' }),
    slots: Type.Integer(),
    jammedSlots: Type.Integer(),
    stock: StockSchema,
  },
  { additionalProperties: false },
);

/** `GET /api/cabinets` answer. */
export const CabinetListSchema = Type.Object({ timeMin: Type.Number(), cabinets: Type.Array(CabinetSummarySchema) }, { additionalProperties: false });

/** `GET /api/cabinets/:id` answer. */
export const CabinetDetailSchema = Type.Object(
  {
    ...CabinetSummarySchema.properties,
    slotDetails: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          sizeClass: Type.String(),
          capacityUnits: Type.Integer(),
          sku: Type.Union([Type.String(), Type.Null()]),
          jammed: Type.Boolean(),
          onHandUnits: Type.Integer(),
          lots: Type.Array(Type.Object({ lotId: Type.String(), quantity: Type.Integer(), expiresAtMin: Type.Number() }, { additionalProperties: false }), { description: 'first expiry first' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
