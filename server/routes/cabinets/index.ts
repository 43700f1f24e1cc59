/** The cabinet resource: visual management of the ward's stock (what is where, how full). */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../errors.js';
import { ErrorSchema, IdParamsSchema, readErrors } from '../common-schemas.js';
import { CabinetDetailSchema, CabinetListSchema } from './schemas.js';

/** Registers `GET /api/cabinets` and `GET /api/cabinets/:id`. */
export function cabinetRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  app.get('/api/cabinets', { schema: { tags: ['dispensing'], summary: 'Cabinets with their stock', response: { 200: CabinetListSchema, 400: ErrorSchema } } }, () => ({
    timeMin: app.dispensing.now(),
    cabinets: app.dispensing.cabinets(),
  }));

  app.get<{ Params: { id: string } }>(
    '/api/cabinets/:id',
    { schema: { tags: ['dispensing'], summary: 'One cabinet: slots, SKUs and lots', params: IdParamsSchema, response: { 200: CabinetDetailSchema, ...readErrors } } },
    (request) => {
      const cabinet = app.dispensing.cabinet(request.params.id);
      if (!cabinet) throw new ApiError(404, 'not-found', `cabinet "${request.params.id}" does not exist on this ward`, [{ path: '/params/id', rule: 'exists', message: 'no such cabinet' }]);
      return cabinet;
    },
  );
  done();
}
