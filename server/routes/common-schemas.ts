/**
 * Schemas shared by every resource: the error body and the error responses each route lists
 * for OpenAPI. TypeBox objects, so the same object validates, serializes and documents.
 */
import { Type } from '@sinclair/typebox';

/** One broken rule: where (JSON Pointer under the request part) and why. */
export const ErrorDetailSchema = Type.Object(
  {
    path: Type.String({ description: 'JSON Pointer into the request, e.g. /body/replications' }),
    rule: Type.String({ description: 'the rule broken, e.g. maximum, required' }),
    message: Type.String(),
  },
  { additionalProperties: false },
);

/** Every error answer: `{ error, message, details }`. */
export const ErrorSchema = Type.Object(
  {
    error: Type.String({ description: 'short machine-readable code, e.g. validation-failed, not-found' }),
    message: Type.String(),
    details: Type.Array(ErrorDetailSchema),
  },
  { additionalProperties: false, description: 'Error' },
);

/** Error responses of a route that reads (no body). */
export const readErrors = { 400: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema } as const;

/** Error responses of a mutating route (auth, body limits, rate limits, a store that refuses the write). */
export const writeErrors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema, 429: ErrorSchema, 503: ErrorSchema } as const;

/**
 * Longest id (patient, request, event, cabinet, slot, lot, run, ...) in characters, the same in
 * bodies and path parameters, so an id that one route accepts every route accepts.
 */
export const MAX_ID_LENGTH = 120;

/** An id string: 1 to {@link MAX_ID_LENGTH} characters. */
export function idString(description: string) {
  return Type.String({ minLength: 1, maxLength: MAX_ID_LENGTH, description });
}

/** Route params with one id. */
export const IdParamsSchema = Type.Object({ id: idString('id') }, { additionalProperties: false });
