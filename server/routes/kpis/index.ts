/**
 * `GET /api/kpis`: the KPI catalogue of the engine (label, unit and definition in zh-CN and en,
 * direction, format, what a value covers, range), in run-result order. It describes the model,
 * not a run, so the body is built once and never changes while the server runs.
 */
import type { FastifyInstance } from 'fastify';
import { KPI_CATALOGUE } from '../../../engine/index.js';
import { KpiCatalogueSchema } from './schemas.js';
import type { KpiCatalogueBody } from './schemas.js';

/** Registers `/api/kpis`. */
export function kpiRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const body: KpiCatalogueBody = { kpis: [...KPI_CATALOGUE] };
  app.get('/api/kpis', { schema: { tags: ['kpis'], summary: 'The KPI catalogue: what each KPI of a run result means', response: { 200: KpiCatalogueSchema } } }, () => body);
  done();
}
