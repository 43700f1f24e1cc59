/**
 * Schemas of the analysis jobs: a sensitivity analysis (`POST /api/sensitivities`) and the
 * validation report (`GET /api/validation`).
 */
import { Type } from '@sinclair/typebox';
import { ScenarioRefSchema } from '../runs/schemas.js';

/** `POST /api/sensitivities` body. */
export const SensitivityRequestSchema = Type.Object(
  {
    scenario: ScenarioRefSchema,
    baseline: Type.Optional(ScenarioRefSchema),
    method: Type.Optional(Type.Union([Type.Literal('morris'), Type.Literal('sobol')], { description: 'morris (screening) or sobol (screening, then S1/ST for the top factors); default morris' })),
    kpis: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 80 }), { minItems: 1, maxItems: 40, description: 'KPI keys; default nurseSupplyMinutesPerShift, boundaryCrossings, expectedInfections, fillRate' })),
    factors: Type.Optional(
      Type.Array(
        Type.Object({ path: Type.String({ minLength: 1, maxLength: 300 }), lo: Type.Optional(Type.Number()), hi: Type.Optional(Type.Number()) }, { additionalProperties: false }),
        { minItems: 1, maxItems: 200, description: 'parameters (JSON pointers) with optional ranges; default every basis-A and anecdotal-S scalar' },
      ),
    ),
    spread: Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 10 }), Type.Literal('schema')], { description: 'default ranges: value x (1 +/- spread) within schema bounds, or the whole schema range; default 0.5' })),
    trajectories: Type.Optional(Type.Integer({ minimum: 2, maximum: 1000, description: 'Morris trajectories; default 10' })),
    sobolRows: Type.Optional(Type.Integer({ minimum: 2, maximum: 100_000, description: 'Sobol base sample N; default 64' })),
    top: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'factors kept for Sobol; default 6' })),
    replications: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'replications per design point; default 1' })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 })),
  },
  { additionalProperties: false },
);

/** `GET /api/validation` query. */
export const ValidationQuerySchema = Type.Object(
  {
    scenario: Type.String({ minLength: 1, maxLength: 100, description: 'preset name; the cabinet-effect rows use <scenario>-baseline when it exists' }),
    replications: Type.Optional(Type.Integer({ minimum: 2, maximum: 1000, description: 'default 10' })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660, description: 'days after warm-up; default the scenario\'s' })),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 })),
    lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('zh-CN')], { description: 'language of each row\'s checkText, verdictText, sourceText and noteText; default from Accept-Language (zh* = zh-CN), else en' })),
  },
  { additionalProperties: false },
);

/** `GET /api/validation` answer: the job (queued, running or done) and, once done, the report. */
export const ValidationAnswerSchema = Type.Object({
  id: Type.String(),
  status: Type.String(),
  href: Type.String(),
  result: Type.Unknown({ description: 'the validation report once the job has succeeded (else null); each row also carries checkText, verdictText, sourceText and noteText, its check, verdict, source and note in the language asked for' }),
});
