/**
 * The dispensing service routes: what a ward's cabinets call. `POST /api/dispense` is the hot
 * route the peak-load benchmark hits: compiled schemas in and out, no store access, no
 * per-request logging above `warn`, and in this scope a body parser that takes an arrived body
 * in one read and parses it with `JSON.parse` alone (see body-parser.ts).
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../errors.js';
import { ErrorSchema, IdParamsSchema, writeErrors } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import { dispensingJsonParser } from './body-parser.js';
import { AdmitBodySchema, AdmittedSchema, DispenseBodySchema, DispenseOutcomeSchema, RestockBodySchema, RestockReceiptSchema } from './schemas.js';
import type { AdmitBody, DispenseBody, RestockBody } from './schemas.js';

/** `answer()` once everything the service recorded so far is on disk. */
async function durably<T>(app: FastifyInstance, answer: () => T): Promise<T> {
  await app.dispensingLedger.durable();
  return answer();
}

/** Registers dispense, patients and restock. */
export function dispensingRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  // The dispensing routes take the app's body limit (none sets its own), so the parser is given it once.
  app.addContentTypeParser('application/json', dispensingJsonParser(app.wardConfig.limits.bodyLimitBytes));
  const limit = rateLimited(app.wardConfig, 'dispensing');
  const security = [{ bearer: [] }];

  app.post<{ Body: DispenseBody }>(
    '/api/dispense',
    { ...limit, schema: { tags: ['dispensing'], summary: 'Dispense at a cabinet (grant or refusal)', security, body: DispenseBodySchema, response: { 200: DispenseOutcomeSchema, 404: ErrorSchema, ...writeErrors } } },
    (request) => {
      const outcome = app.dispensing.dispense(request.body);
      // Answered once the group commit holding this request (or the one it repeats) is on disk.
      const written = app.dispensingLedger.durable();
      return written === null ? Promise.resolve(outcome) : written.then(() => outcome);
    },
  );

  app.post<{ Body: AdmitBody }>(
    '/api/patients',
    { ...limit, schema: { tags: ['dispensing'], summary: 'Admit a patient (their wristband becomes valid)', security, body: AdmitBodySchema, response: { 201: AdmittedSchema, 409: ErrorSchema, ...writeErrors } } },
    (request, reply) => {
      const { maxPatients } = app.wardConfig.limits;
      if (app.dispensing.state.patients.size >= maxPatients) {
        throw new ApiError(409, 'ward-full', `POST /api/patients: ${app.dispensing.state.patients.size} patients are admitted; at most ${maxPatients} on this server`, [{ path: '/body/patientId', rule: 'max-patients', message: `at most ${maxPatients} patients admitted at once`, params: { limit: String(maxPatients) } }]);
      }
      app.dispensing.admit(request.body);
      const body = { patientId: request.body.patientId, timeMin: app.dispensing.state.nowMin };
      return durably(app, () => reply.code(201).send(body));
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/patients/:id',
    { ...limit, schema: { tags: ['dispensing'], summary: 'Discharge a patient', security, params: IdParamsSchema, response: { 200: AdmittedSchema, 404: ErrorSchema, ...writeErrors } } },
    (request) => {
      app.dispensing.discharge(request.params.id);
      const body = { patientId: request.params.id, timeMin: app.dispensing.state.nowMin };
      return durably(app, () => body);
    },
  );

  app.post<{ Body: RestockBody }>(
    '/api/restock',
    { ...limit, schema: { tags: ['dispensing'], summary: 'Restock: a planned round (policy) or an explicit delivery', security, body: RestockBodySchema, response: { 200: RestockReceiptSchema, ...writeErrors } } },
    (request) => {
      if (request.body.policy && request.body.delivery) {
        throw new ApiError(400, 'invalid-request', 'POST /api/restock: give policy or delivery, not both', [{ path: '/body/delivery', rule: 'one-of', message: 'policy and delivery are exclusive' }]);
      }
      const receipt = app.dispensing.restock(request.body);
      const body = { ...receipt, timeMin: app.dispensing.state.nowMin };
      return durably(app, () => body);
    },
  );
  done();
}
