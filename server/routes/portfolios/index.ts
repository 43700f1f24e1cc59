/**
 * The portfolio resource of a programme office: `POST /api/portfolios` takes the application
 * form as CSV and answers 202 with a job that is read, streamed, listed and cancelled under
 * `/api/runs/:id` like every other job (and resumed after a restart); `GET
 * /api/portfolios/:id/csv` gives a finished ranking as a spreadsheet for Excel.
 */
import type { FastifyInstance } from 'fastify';
import { portfolioCsv } from '../../../engine/index.js';
import type { PortfolioResult } from '../../../engine/index.js';
import { ApiError } from '../../errors.js';
import { buildPortfolioRequest } from '../../runner/portfolio-request.js';
import type { PortfolioBody } from '../../runner/portfolio-request.js';
import { ErrorSchema, IdParamsSchema, readErrors, writeErrors } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import { AcceptedSchema } from '../runs/schemas.js';
import { PortfolioCsvSchema, PortfolioRequestSchema } from './schemas.js';

/** Registers `POST /api/portfolios` and `GET /api/portfolios/:id/csv`. */
export function portfolioRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const { limits } = app.wardConfig;

  app.post<{ Body: PortfolioBody }>(
    '/api/portfolios',
    {
      ...rateLimited(app.wardConfig, 'jobs'),
      schema: { tags: ['runs'], summary: 'Plan and rank the hospitals of an application form (CSV); read the job under /api/runs/:id', security: [{ bearer: [] }], body: PortfolioRequestSchema, response: { 202: AcceptedSchema, ...writeErrors } },
    },
    (request, reply) => {
      const stored = buildPortfolioRequest(app.scenarios, request.body, limits);
      if (app.runStore.countActive() >= limits.maxActiveRuns) {
        throw new ApiError(429, 'run-limit', `this server takes at most ${limits.maxActiveRuns} queued or running jobs; wait for one to finish or cancel one`);
      }
      const run = app.runner.submit('portfolio', stored);
      return reply.code(202).send({ id: run.id, kind: run.kind, status: run.status, href: `/api/runs/${run.id}`, stream: `/api/runs/${run.id}/stream` });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/portfolios/:id/csv',
    { schema: { tags: ['runs'], summary: 'The ranking of a finished portfolio as CSV (UTF-8 with BOM)', params: IdParamsSchema, produces: ['text/csv'], response: { 200: PortfolioCsvSchema, 409: ErrorSchema, ...readErrors } } },
    (request, reply) => {
      const { id } = request.params;
      const run = app.runStore.get(id);
      if (!run || run.kind !== 'portfolio') throw new ApiError(404, 'not-found', `portfolio "${id}" does not exist`, [{ path: '/params/id', rule: 'exists', message: 'no such portfolio job' }]);
      if (run.status !== 'succeeded') throw new ApiError(409, 'not-finished', `portfolio "${id}" is ${run.status}; the ranking needs a succeeded job`, [{ path: '/params/id', rule: 'succeeded', message: `status is ${run.status}` }]);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="portfolio-${id}.csv"`).send(portfolioCsv(run.result as PortfolioResult));
    },
  );
  done();
}
