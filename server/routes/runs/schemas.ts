/**
 * Schemas of the run and compare resources. A job names its scenario by preset (`"county-mch"`)
 * or carries a whole scenario document (validated against the `Scenario` schema, errors with
 * paths under `/body/scenario`).
 */
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { RUN_BOUNDS } from '../../../scenarios/index.js';

const RunStatusSchema = Type.Union(
  [Type.Literal('queued'), Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed'), Type.Literal('cancelled')],
  { description: 'queued -> running -> succeeded | failed | cancelled' },
);

/** A scenario by preset name or as a document. */
export const ScenarioRefSchema = Type.Union(
  [
    Type.String({ minLength: 1, maxLength: 80, description: 'preset name, e.g. county-mch (see GET /api/scenarios)' }),
    Type.Object({}, { additionalProperties: true, description: 'a scenario document (schema Scenario), may use "extends": "<preset>"' }),
  ],
  { description: 'preset name or scenario document' },
);

const replications = Type.Integer({ minimum: RUN_BOUNDS.replications.min, maximum: RUN_BOUNDS.replications.max, description: 'replications (default: the scenario run.replications; limited by the server, default 200)' });
const seed = Type.Integer({ minimum: RUN_BOUNDS.seed.min, maximum: RUN_BOUNDS.seed.max, description: 'base seed (default: the scenario run.seed)' });

/** `POST /api/runs` body. */
export const RunRequestSchema = Type.Object(
  { scenario: ScenarioRefSchema, replications: Type.Optional(replications), seed: Type.Optional(seed) },
  { additionalProperties: false },
);
export type RunRequest = Static<typeof RunRequestSchema>;

/** `POST /api/compares` body: two scenarios under common random numbers. */
export const CompareRequestSchema = Type.Object(
  {
    base: ScenarioRefSchema,
    alternative: ScenarioRefSchema,
    replications: Type.Optional(replications),
    seed: Type.Optional(seed),
  },
  { additionalProperties: false },
);
export type CompareRequest = Static<typeof CompareRequestSchema>;

/** The 202 answer to a submitted job. */
export const AcceptedSchema = Type.Object(
  { id: Type.String(), kind: Type.String(), status: RunStatusSchema, href: Type.String({ description: 'where to poll' }), stream: Type.String({ description: 'WebSocket path of the live stream' }) },
  { additionalProperties: false },
);

/** A job in a list (no request or result). */
export const RunSummarySchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('run'), Type.Literal('compare'), Type.Literal('sweep'), Type.Literal('size'), Type.Literal('portfolio'), Type.Literal('sensitivity'), Type.Literal('validation')]),
    status: RunStatusSchema,
    progress: Type.Number({ minimum: 0, maximum: 1, description: 'share done' }),
    error: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ description: 'ISO-8601' }),
    updatedAt: Type.String({ description: 'ISO-8601' }),
  },
  { additionalProperties: false },
);

/** One job with its stored request (resolved scenario) and result. */
export const RunDetailSchema = Type.Object(
  {
    ...RunSummarySchema.properties,
    request: Type.Unknown({ description: 'the job as stored: resolved scenario(s), replications, seed' }),
    result: Type.Unknown({ description: 'the engine result (KPIs with mean, sd, ci95, n; timing apart), null until succeeded; its ward series is at GET /api/runs/{id}/series' }),
  },
  { additionalProperties: false },
);

/** `GET /api/runs` query. */
export const RunListQuerySchema = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    status: Type.Optional(RunStatusSchema),
  },
  { additionalProperties: false },
);
export type RunListQuery = Static<typeof RunListQuerySchema>;

/** `GET /api/runs` answer. */
export const RunListSchema = Type.Object({ runs: Type.Array(RunSummarySchema) }, { additionalProperties: false });

/** `GET /api/runs/:id/series` answer. */
export const SeriesSchema = Type.Object(
  {
    id: Type.String(),
    status: RunStatusSchema,
    points: Type.Array(Type.Record(Type.String(), Type.Unknown()), { description: 'one point per finished replication: replication index and running KPI means' }),
    ward: Type.Array(
      Type.Object({ scenarioId: Type.String(), series: Type.Unknown({ description: 'the engine WardSeries: stock per cabinet and SKU, births, trips, sampled over simulated time' }) }, { additionalProperties: false }),
      { description: 'ward series of replication 0 of each scenario of a finished run or compare (baseline first); empty otherwise. Not repeated in GET /api/runs/{id}' },
    ),
  },
  { additionalProperties: false },
);
