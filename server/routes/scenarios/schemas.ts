/** Schemas of the scenario resource: the preset list, one preset, and validation. */
import { Type } from '@sinclair/typebox';
import { ErrorDetailSchema } from '../common-schemas.js';

/** `GET /api/scenarios` answer. */
export const PresetListSchema = Type.Object(
  {
    presets: Type.Array(
      Type.Object({ name: Type.String(), title: Type.String(), description: Type.String() }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);

/** `GET /api/scenarios/:name` params. */
export const PresetParamsSchema = Type.Object({ name: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: false });

/** `GET /api/scenarios/:name` answer: the resolved document (`extends` applied, defaults filled). */
export const ScenarioDocumentSchema = Type.Unknown({ description: 'a scenario document (schema Scenario)' });

/** `POST /api/scenarios/validate` body: any JSON value; the route checks it against Scenario. */
export const ValidateBodySchema = Type.Unknown({ description: 'a scenario document, may use "extends": "<preset>"' });

/** `POST /api/scenarios/validate` answer: valid with the resolved document, or every error with its path. */
export const ValidationResultSchema = Type.Object(
  {
    valid: Type.Boolean(),
    errors: Type.Array(ErrorDetailSchema, { description: 'JSON Pointers into the submitted document' }),
    scenario: Type.Optional(Type.Unknown({ description: 'the resolved document when valid' })),
  },
  { additionalProperties: false },
);
