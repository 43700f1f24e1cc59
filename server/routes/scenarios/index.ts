/**
 * The scenario resource: the preset wards (county, city, provincial, with their baseline,
 * outbreak and peak twins) and validation of a document before a run is spent on it.
 * Validation answers 200 with `valid: false` and every error's path: the request itself was fine.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError, capDetails } from '../../errors.js';
import { localizeDetails, requestLocale } from '../../error-messages.js';
import { ErrorSchema, readErrors, writeErrors } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import { PresetListSchema, PresetParamsSchema, ScenarioDocumentSchema, ValidateBodySchema, ValidationResultSchema } from './schemas.js';

/** Registers `/api/scenarios`. */
export function scenarioRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  app.get('/api/scenarios', { schema: { tags: ['scenarios'], summary: 'Preset scenarios', response: { 200: PresetListSchema, 400: ErrorSchema } } }, () => ({
    presets: app.scenarios.list(),
  }));

  app.get<{ Params: { name: string } }>(
    '/api/scenarios/:name',
    { schema: { tags: ['scenarios'], summary: 'One preset, resolved', params: PresetParamsSchema, response: { 200: ScenarioDocumentSchema, ...readErrors } } },
    (request) => {
      const doc = app.scenarios.get(request.params.name);
      if (doc === undefined) throw new ApiError(404, 'not-found', `scenario preset "${request.params.name}" does not exist`, [{ path: '/params/name', rule: 'exists', message: 'no such preset' }]);
      return doc;
    },
  );

  app.post<{ Body: unknown }>(
    '/api/scenarios/validate',
    {
      ...rateLimited(app.wardConfig, 'jobs'),
      schema: { tags: ['scenarios'], summary: 'Validate a scenario document', security: [{ bearer: [] }], body: ValidateBodySchema, response: { 200: ValidationResultSchema, ...writeErrors } },
    },
    (request) => {
      const check = app.scenarios.validate(request.body);
      if (check.ok) return { valid: true, errors: [], scenario: check.scenario };
      const locale = requestLocale(request.headers['accept-language']);
      return { valid: false, errors: capDetails(localizeDetails(check.errors, locale), locale) };
    },
  );
  done();
}
