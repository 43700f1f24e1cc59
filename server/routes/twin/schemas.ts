/**
 * Schemas of the twin resource: batches of cabinet log events, the twin state, and the
 * stock-out forecast. One flat event object (fields by type, see `requiredFields`), so that a
 * missing field is reported at its own path rather than as "matches no variant".
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { RUN_BOUNDS } from '../../../scenarios/index.js';
import { idString } from '../common-schemas.js';
import { TWIN_EVENT_TYPES } from '../../twin/twin-events.js';

const id = idString;
const minutes = (description: string) => Type.Number({ minimum: 0, maximum: 1e9, description });

/** One cabinet log event. */
export const TwinEventSchema = Type.Object(
  {
    eventId: id('caller-unique id; a repeated id is rejected as a duplicate'),
    type: Type.Union(TWIN_EVENT_TYPES.map((t) => Type.Literal(t)), { description: 'what happened' }),
    timeMin: Type.Optional(minutes('when, minutes since the ward scenario start (00:00 of run.startDate in meta.timeZone); or give time')),
    time: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'when, ISO 8601 with a zone (e.g. 2026-12-04T21:15:00+08:00); must agree with timeMin if both are given' })),
    cabinetId: Type.Optional(id('cabinet')),
    slotId: Type.Optional(id('slot')),
    sku: Type.Optional(Type.Union([id('SKU'), Type.Null()])),
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, description: 'units' })),
    patientId: Type.Optional(Type.Union([id('wristband / QR id'), Type.Null()])),
    actorId: Type.Optional(Type.Union([id('person at the cabinet'), Type.Null()])),
    requestId: Type.Optional(id('cabinet request id; default the event id')),
    grants: Type.Optional(
      Type.Array(
        Type.Object({ slotId: id('slot'), lotId: id('lot'), quantity: Type.Integer({ minimum: 1, maximum: 100000 }), expiresAtMin: minutes('lot expiry') }, { additionalProperties: false }),
        { maxItems: 100, description: 'lots a dispense took; omitted = first expiry first out' },
      ),
    ),
    reason: Type.Optional(
      Type.Union(['unknown-patient', 'not-entitled', 'quota-exceeded', 'unknown-sku', 'out-of-stock', 'slot-jammed', 'cabinet-offline', 'expired-only'].map((r) => Type.Literal(r))),
    ),
    alternatives: Type.Optional(Type.Array(id('cabinet'), { maxItems: 50 })),
    lotId: Type.Optional(id('lot')),
    expiresAtMin: Type.Optional(minutes('expiry of a restocked lot')),
    kind: Type.Optional(Type.Union([Type.Literal('mother'), Type.Literal('newborn')])),
    room: Type.Optional(id('room, e.g. room-1')),
    companionIds: Type.Optional(Type.Array(id('companion'), { maxItems: 10 })),
  },
  { additionalProperties: false },
);

/** `POST /api/twin/events` body. */
export const TwinBatchSchema = Type.Object(
  { events: Type.Array(TwinEventSchema, { minItems: 1, maxItems: 5000, description: 'in time order; all accepted or none' }) },
  { additionalProperties: false },
);
export type TwinBatch = Static<typeof TwinBatchSchema>;

/** `POST /api/twin/events` answer. */
export const BatchReceiptSchema = Type.Object(
  {
    accepted: Type.Integer(),
    ledgerEvents: Type.Integer({ description: 'dispensing ledger events produced' }),
    timeMin: Type.Number({ description: "the twin's clock, minutes since the scenario start" }),
    time: Type.String({ description: "the twin's clock, ISO 8601 in the ward's time zone" }),
  },
  { additionalProperties: false },
);

const LotSchema = Type.Object({ lotId: Type.String(), quantity: Type.Integer(), expiresAtMin: Type.Number() }, { additionalProperties: false });

/** `GET /api/twin/state` answer. */
export const TwinStateSchema = Type.Object(
  {
    ward: Type.String({ description: 'scenario id of the twinned ward' }),
    timeMin: Type.Number({ description: "the twin's clock, minutes since the scenario start" }),
    time: Type.String({ description: "the twin's clock, ISO 8601 in the ward's time zone" }),
    timeZone: Type.String({ description: "the ward's time zone (scenario meta.timeZone)" }),
    startTime: Type.String({ description: 'simulation minute 0, ISO 8601 in the ward time zone' }),
    eventsAccepted: Type.Integer(),
    patients: Type.Object({ mother: Type.Integer(), newborn: Type.Integer() }, { additionalProperties: false }),
    cabinets: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          online: Type.Boolean(),
          slots: Type.Array(
            Type.Object(
              { id: Type.String(), sizeClass: Type.String(), sku: Type.Union([Type.String(), Type.Null()]), jammed: Type.Boolean(), capacityUnits: Type.Integer(), onHandUnits: Type.Integer(), lots: Type.Array(LotSchema) },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** `POST /api/twin/forecast` body. */
export const ForecastBodySchema = Type.Object(
  {
    replications: Type.Integer({ minimum: 1, maximum: 100000, default: 100, description: 'Monte Carlo replications (server limit, default 500)' }),
    seed: Type.Optional(Type.Integer({ minimum: RUN_BOUNDS.seed.min, maximum: RUN_BOUNDS.seed.max, description: 'default the scenario run.seed' })),
    untilMin: Type.Optional(minutes('end of the horizon; default the next restock round')),
  },
  { additionalProperties: false },
);
export type ForecastBody = Static<typeof ForecastBodySchema>;

const nullableMin = Type.Union([Type.Number(), Type.Null()]);

/** `POST /api/twin/forecast` answer. */
export const ForecastSchema = Type.Object(
  {
    fromMin: Type.Number(),
    untilMin: Type.Number(),
    horizon: Type.Union([Type.Literal('next-restock-round'), Type.Literal('requested')]),
    replications: Type.Integer(),
    seed: Type.Integer(),
    method: Type.String(),
    slots: Type.Array(
      Type.Object(
        {
          cabinetId: Type.String(),
          slotId: Type.String(),
          sku: Type.String(),
          usableUnits: Type.Integer(),
          runsOutShare: Type.Number({ minimum: 0, maximum: 1 }),
          timeToStockoutMin: Type.Object({ mean: nullableMin, p10: nullableMin, p50: nullableMin, p90: nullableMin }, { additionalProperties: false, description: 'minutes from fromMin; null quantiles lie beyond the horizon' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
