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

const forecastFields = {
  horizonHours: Type.Number({ exclusiveMinimum: 0, maximum: 168, default: 24, description: 'hours simulated from the twin\'s clock (default 24)' }),
  replications: Type.Integer({ minimum: 1, maximum: 100000, default: 50, description: 'replications of the warm-started ward model (server limit, default 500; replications x horizonHours <= 4800 by default)' }),
  seed: Type.Optional(Type.Integer({ minimum: RUN_BOUNDS.seed.min, maximum: RUN_BOUNDS.seed.max, description: 'default the scenario run.seed' })),
  serviceTarget: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.95, description: 'share of replications in which the pick list lasts until the round after next' }),
};

/** `GET /api/twin/forecast` query (the same fields as the POST body). */
export const ForecastQuerySchema = Type.Object(forecastFields, { additionalProperties: false });
/** `POST /api/twin/forecast` body. */
export const ForecastBodySchema = Type.Object(forecastFields, { additionalProperties: false });
export type ForecastBody = Static<typeof ForecastBodySchema>;

/** `POST /api/twin/what-if` body: the forecast fields plus the change. */
export const WhatIfBodySchema = Type.Object(
  {
    ...forecastFields,
    patch: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'RFC 7386 merge patch on the twin\'s scenario, e.g. {"restock":{"roundHours":[8,14,18]}} or, a visitor ban, {"people":{"visitorsPerMotherPerDay":0}}' })),
    holdOffline: Type.Optional(Type.Array(id('cabinet'), { maxItems: 100, description: 'cabinets kept offline for the whole horizon' })),
  },
  { additionalProperties: false },
);
export type WhatIfBody = Static<typeof WhatIfBodySchema>;

const nullableMin = Type.Union([Type.Number(), Type.Null()]);
const probability = (description: string) => Type.Number({ minimum: 0, maximum: 1, description });
const quantiles = Type.Object({ p10: nullableMin, p50: nullableMin, p90: nullableMin }, { additionalProperties: false, description: 'time to stock-out, minutes from fromMin over all replications; null = not within the horizon' });

/** The forecast (both methods of `/api/twin/forecast`, and each side of a what-if). */
export const ForecastSchema = Type.Object(
  {
    fromMin: Type.Number({ description: 'the twin\'s clock, minutes since the scenario start' }),
    untilMin: Type.Number(),
    replications: Type.Integer(),
    seed: Type.Integer(),
    nextRoundMin: Type.Union([Type.Number(), Type.Null()], { description: 'the next fixed restock round' }),
    roundAfterMin: Type.Union([Type.Number(), Type.Null()], { description: 'the fixed round after it' }),
    serviceTarget: Type.Number(),
    method: Type.String(),
    slots: Type.Array(Type.Object({
      cabinetId: Type.String(), slotId: Type.String(), sku: Type.String(), usableUnits: Type.Integer(), capacityUnits: Type.Integer(), jammed: Type.Boolean(), cabinetOnline: Type.Boolean(),
      outBeforeRestockProbability: probability('chance it runs out before the restocker next fills its cabinet'),
      outWithinHorizonProbability: probability('chance it runs out within the horizon'),
      timeToStockoutMin: quantiles,
    }, { additionalProperties: false })),
    cabinetSkus: Type.Array(Type.Object({
      cabinetId: Type.String(), sku: Type.String(), usableUnits: Type.Integer(),
      outBeforeRestockProbability: probability('chance the cabinet has none of the SKU before its next restock'),
      outWithinHorizonProbability: probability('chance the cabinet has none of the SKU within the horizon'),
      timeToStockoutMin: quantiles,
    }, { additionalProperties: false })),
    cabinets: Type.Array(Type.Object({
      cabinetId: Type.String(), online: Type.Boolean(),
      expectedQueueWaitMin: Type.Number({ description: 'families\' mean wait for the screen, min' }),
      expectedSessions: Type.Number(),
      nextRestockMin: Type.Union([Type.Number(), Type.Null()], { description: 'median minutes from fromMin to the next restock visit' }),
    }, { additionalProperties: false })),
    pickList: Type.Array(Type.Object({ cabinetId: Type.String(), slotId: Type.String(), sku: Type.String(), units: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }), { description: 'units per slot for the next fixed round; empty when the horizon does not reach the round after it' }),
  },
  { additionalProperties: false },
);

/** `POST /api/twin/what-if` answer. */
export const WhatIfSchema = Type.Object(
  {
    baseline: ForecastSchema,
    variant: ForecastSchema,
    slotDifferences: Type.Array(Type.Object({ cabinetId: Type.String(), slotId: Type.String(), sku: Type.String(), outBeforeRestockProbability: Type.Number(), outWithinHorizonProbability: Type.Number() }, { additionalProperties: false }), { description: 'variant minus baseline, per slot' }),
    meanOutWithinHorizonDifference: Type.Number(),
    meanOutBeforeRestockDifference: Type.Number(),
    method: Type.String(),
  },
  { additionalProperties: false },
);
