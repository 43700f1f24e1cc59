/**
 * Schemas of the dispensing service: a dispense at a cabinet, admissions and discharges (so
 * "one item, one person" can be checked), and restock rounds or deliveries.
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { idString } from '../common-schemas.js';

const id = idString;

/** `POST /api/dispense` body. Time is the service clock, never the client's. */
export const DispenseBodySchema = Type.Object(
  {
    requestId: id('caller-unique id; repeating it returns the first outcome and changes nothing'),
    patientId: Type.Optional(id('wristband / QR id; required when the item needsPatient')),
    actorId: Type.Optional(id('person at the cabinet if not the patient (a registered companion)')),
    sku: id('catalog SKU'),
    quantity: Type.Integer({ minimum: 1, maximum: 1000, description: 'units wanted; all or none' }),
    cabinetId: id('the cabinet asked'),
  },
  { additionalProperties: false },
);
export type DispenseBody = Static<typeof DispenseBodySchema>;

/** `POST /api/dispense` answer: `ok: true` with grants (first expiry first out), or `ok: false` with the reason and nearer alternatives. */
export const DispenseOutcomeSchema = Type.Object(
  {
    ok: Type.Boolean(),
    requestId: Type.String(),
    cabinetId: Type.String(),
    sku: Type.String(),
    quantity: Type.Integer(),
    timeMin: Type.Number({ description: 'service clock, minutes since start' }),
    grants: Type.Optional(
      Type.Array(Type.Object({ slotId: Type.String(), lotId: Type.String(), quantity: Type.Integer(), expiresAtMin: Type.Number() }, { additionalProperties: false })),
    ),
    reason: Type.Optional(Type.String({ description: 'unknown-patient | not-entitled | quota-exceeded | unknown-sku | out-of-stock | slot-jammed | cabinet-offline | expired-only' })),
    alternatives: Type.Optional(Type.Array(Type.String(), { description: 'other cabinets that could serve now, nearest first' })),
  },
  { additionalProperties: false },
);

/** `POST /api/patients` body. */
export const AdmitBodySchema = Type.Object(
  {
    patientId: id('wristband / QR id'),
    kind: Type.Union([Type.Literal('mother'), Type.Literal('newborn')]),
    room: id('room id'),
    companionIds: Type.Optional(Type.Array(id('companion id'), { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type AdmitBody = Static<typeof AdmitBodySchema>;

/** `POST /api/patients` answer. */
export const AdmittedSchema = Type.Object({ patientId: Type.String(), timeMin: Type.Number() }, { additionalProperties: false });

const PolicySchema = Type.Object(
  {
    mode: Type.Union([Type.Literal('round'), Type.Literal('par-trigger')], { description: 'round: top up every working slot; par-trigger: only slots at or below the reorder point' }),
    parFraction: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
    reorderPointFraction: Type.Optional(Type.Number({ minimum: 0, exclusiveMaximum: 1 })),
    expiryMarginMin: Type.Optional(Type.Number({ minimum: 0, maximum: 1e6 })),
    cabinetIds: Type.Optional(Type.Array(id('cabinet id'), { maxItems: 200 })),
  },
  { additionalProperties: false },
);

const DeliverySchema = Type.Object(
  {
    lines: Type.Array(
      Type.Object(
        {
          cabinetId: id('cabinet id'),
          slotId: id('slot id'),
          removeLotIds: Type.Optional(Type.Array(id('lot id'), { maxItems: 100 })),
          lots: Type.Optional(
            Type.Array(
              Type.Object(
                { lotId: Type.Optional(id('lot id')), quantity: Type.Integer({ minimum: 1, maximum: 100000 }), expiresAtMin: Type.Number({ minimum: 0, maximum: 1e9 }) },
                { additionalProperties: false },
              ),
              { maxItems: 100 },
            ),
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 5000 },
    ),
  },
  { additionalProperties: false },
);

/** `POST /api/restock` body: a round planned by policy (default `{ mode: 'round' }`), or an explicit delivery. */
export const RestockBodySchema = Type.Object(
  { policy: Type.Optional(PolicySchema), delivery: Type.Optional(DeliverySchema) },
  { additionalProperties: false },
);
export type RestockBody = Static<typeof RestockBodySchema>;

/** `POST /api/restock` answer. */
export const RestockReceiptSchema = Type.Object(
  { addedUnits: Type.Integer(), removedUnits: Type.Integer(), overflowUnits: Type.Integer(), timeMin: Type.Number() },
  { additionalProperties: false },
);
