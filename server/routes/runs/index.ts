/**
 * The job resources. A planner submits a job (202 with its id), polls it, reads its sampled
 * series, watches it live over WebSocket, reads its report, or cancels it. Runs are submitted
 * at `POST /api/runs`, compares at `POST /api/compares`, sweeps at `POST /api/sweeps` and
 * cabinet sizings at `POST /api/sizes`; every kind is read, streamed and cancelled under
 * `/api/runs/:id`, and counts against the same limit of queued or running jobs.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../errors.js';
import { IdParamsSchema, readErrors, writeErrors, ErrorSchema } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import { buildCompareRequest, buildRunRequest } from '../../runner/job-request.js';
import { buildSizeRequest, buildSweepRequest } from '../../runner/experiment-request.js';
import type { SizeBody } from '../../runner/experiment-request.js';
import { SizeRequestSchema, SweepRequestSchema } from './experiment-schemas.js';
import type { RunKind, RunRecord } from '../../store/run-store.js';
import {
  AcceptedSchema, CompareRequestSchema, RunDetailSchema, RunListQuerySchema, RunListSchema, RunRequestSchema, SeriesSchema,
} from './schemas.js';
import type { CompareRequest, RunListQuery, RunRequest } from './schemas.js';
import { runReportRoute } from './report.js';
import { wardSeriesOf, withoutWardSeries } from './ward-series.js';

function summary(run: RunRecord) {
  return { id: run.id, kind: run.kind, status: run.status, progress: run.progress, error: run.error, createdAt: run.createdAt, updatedAt: run.updatedAt };
}

function found(run: RunRecord | undefined, id: string): RunRecord {
  if (!run) throw new ApiError(404, 'not-found', `run "${id}" does not exist`, [{ path: '/params/id', rule: 'exists', message: 'no such run' }]);
  return run;
}

/** Registers `/api/runs`, `/api/compares`, `/api/sweeps`, `/api/sizes`, the run stream and the report. */
export async function runRoutes(app: FastifyInstance): Promise<void> {
  const { limits } = app.wardConfig;
  const jobsLimit = rateLimited(app.wardConfig, 'jobs');

  const checkActive = (): void => {
    if (app.runStore.countActive() >= limits.maxActiveRuns) {
      throw new ApiError(429, 'run-limit', `this server takes at most ${limits.maxActiveRuns} queued or running jobs; wait for one to finish or cancel one`);
    }
  };
  const accept = (kind: RunKind, request: unknown) => {
    checkActive();
    const run = app.runner.submit(kind, request);
    return { id: run.id, kind: run.kind, status: run.status, href: `/api/runs/${run.id}`, stream: `/api/runs/${run.id}/stream` };
  };

  app.post<{ Body: RunRequest }>(
    '/api/runs',
    { ...jobsLimit, schema: { tags: ['runs'], summary: 'Start a run of a scenario (preset name or document)', security: [{ bearer: [] }], body: RunRequestSchema, response: { 202: AcceptedSchema, ...writeErrors } } },
    (request, reply) => reply.code(202).send(accept('run', buildRunRequest(app.scenarios, request.body, limits))),
  );

  app.post<{ Body: CompareRequest }>(
    '/api/compares',
    { ...jobsLimit, schema: { tags: ['runs'], summary: 'Start a compare of two scenarios (common random numbers); read it under /api/runs/:id', security: [{ bearer: [] }], body: CompareRequestSchema, response: { 202: AcceptedSchema, ...writeErrors } } },
    (request, reply) => reply.code(202).send(accept('compare', buildCompareRequest(app.scenarios, request.body, limits))),
  );

  app.post<{ Body: { base: unknown; replications: number; parameters: { values: unknown[] }[] } }>(
    '/api/sweeps',
    { ...jobsLimit, schema: { tags: ['runs'], summary: 'Start a parameter sweep (sweep document: base scenario, grid, replications); read it under /api/runs/:id', security: [{ bearer: [] }], body: SweepRequestSchema, response: { 202: AcceptedSchema, ...writeErrors } } },
    async (request, reply) => {
      // Cheap refusals first: a full runner is known before the grid is planned.
      checkActive();
      const stored = await buildSweepRequest(app.scenarios, request.body, limits, app.slicedWork);
      return reply.code(202).send(accept('sweep', stored));
    },
  );

  app.post<{ Body: SizeBody }>(
    '/api/sizes',
    { ...jobsLimit, schema: { tags: ['runs'], summary: 'Start a cabinet sizing (one volume, or a curve over annual deliveries); read it under /api/runs/:id', security: [{ bearer: [] }], body: SizeRequestSchema, response: { 202: AcceptedSchema, ...writeErrors } } },
    (request, reply) => reply.code(202).send(accept('size', buildSizeRequest(app.scenarios, request.body, limits))),
  );

  app.get<{ Querystring: RunListQuery }>(
    '/api/runs',
    { schema: { tags: ['runs'], summary: 'List jobs (runs, compares, sweeps, sizes), newest first', querystring: RunListQuerySchema, response: { 200: RunListSchema, 400: ErrorSchema } } },
    (request) => ({ runs: app.runStore.list(request.query).map(summary) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/runs/:id',
    { schema: { tags: ['runs'], summary: 'A run: status, progress, request and result (its ward series at /api/runs/{id}/series)', params: IdParamsSchema, response: { 200: RunDetailSchema, ...readErrors } } },
    (request) => {
      const run = found(app.runStore.get(request.params.id), request.params.id);
      return { ...summary(run), request: run.request, result: withoutWardSeries(run.result) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/runs/:id/series',
    { schema: { tags: ['runs'], summary: 'Series of a job: its live points and, once finished, the ward series of each scenario', params: IdParamsSchema, response: { 200: SeriesSchema, ...readErrors } } },
    (request) => {
      const run = found(app.runStore.get(request.params.id), request.params.id);
      return { id: run.id, status: run.status, points: app.runner.series(run.id) ?? [], ward: wardSeriesOf(run.result) };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/runs/:id',
    { ...jobsLimit, schema: { tags: ['runs'], summary: 'Cancel a queued or running job (a finished one is left as it is: 409)', security: [{ bearer: [] }], params: IdParamsSchema, response: { 200: RunDetailSchema, 404: ErrorSchema, 409: ErrorSchema, ...writeErrors } } },
    (request) => {
      const before = found(app.runStore.get(request.params.id), request.params.id);
      if (before.status === 'succeeded' || before.status === 'failed' || before.status === 'cancelled') {
        throw new ApiError(409, 'already-finished', `run "${before.id}" already ${before.status}; nothing to cancel`);
      }
      const run = found(app.runner.cancel(before.id), before.id);
      return { ...summary(run), request: run.request, result: withoutWardSeries(run.result) };
    },
  );

  await app.register(runReportRoute);
}
