/**
 * The twin resource: the real cabinets feed their log (`POST /api/twin/events`), operations
 * read what is where and how full (`GET /api/twin/state`), ask the ward model what happens from
 * now (`GET /api/twin/forecast`, or POST with the same fields in the body) and what a change
 * would do (`POST /api/twin/what-if`). Forecasts run on the twin's own worker pool.
 */
import type { FastifyInstance } from 'fastify';
import { cabinetViews } from '../../../engine/index.js';
import { ApiError } from '../../errors.js';
import { ErrorSchema, readErrors, writeErrors } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import type { ForecastQuery } from '../../twin/twin-forecaster.js';
import { BatchReceiptSchema, ForecastBodySchema, ForecastQuerySchema, ForecastSchema, TwinBatchSchema, TwinStateSchema, WhatIfBodySchema, WhatIfSchema } from './schemas.js';
import type { ForecastBody, TwinBatch, WhatIfBody } from './schemas.js';
import { resolveEventTimes } from '../../twin/event-times.js';
import type { PostedTwinEvent } from '../../twin/event-times.js';

const METHOD = 'The ward model warm-started from the twin state (patients present with an estimated bedside stock, lots, jams, offline cabinets; births from the scenario NHPP from now), replications to the horizon through trips, screen queues, restock rounds, par triggers and failures; see engine/experiment/forecast/';
const WHAT_IF_METHOD = 'Both forecasts use the same seeds (common random numbers): replication r sees the same births, stays and needs with and without the change.';

/** Registers `/api/twin/*`. */
export function twinRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const { limits } = app.wardConfig;
  const security = [{ bearer: [] }];

  app.post<{ Body: TwinBatch }>(
    '/api/twin/events',
    {
      ...rateLimited(app.wardConfig, 'dispensing'),
      schema: { tags: ['twin'], summary: 'A batch of cabinet log events, in time order; all or none', security, body: TwinBatchSchema, response: { 200: BatchReceiptSchema, 409: ErrorSchema, 422: ErrorSchema, ...writeErrors } },
    },
    (request) => {
      const posted = request.body.events as PostedTwinEvent[];
      if (posted.length > limits.maxTwinBatch) {
        throw new ApiError(400, 'limit-exceeded', `POST /api/twin/events: events.length(=${posted.length}) must be <= ${limits.maxTwinBatch} on this server`, [{ path: '/body/events', rule: 'max-batch', message: `at most ${limits.maxTwinBatch} events`, params: { limit: String(limits.maxTwinBatch) } }]);
      }
      const receipt = app.twin.applyBatch(resolveEventTimes(posted, app.wardClock));
      app.twinFeed.publish({ type: 'events', accepted: receipt.accepted, timeMin: receipt.timeMin, eventsAccepted: app.twin.eventCount() });
      return { ...receipt, time: app.wardClock.isoAt(receipt.timeMin) };
    },
  );

  app.get('/api/twin/state', { schema: { tags: ['twin'], summary: 'The twin: cabinets, slots, lots, jams, patients', response: { 200: TwinStateSchema, 400: ErrorSchema } } }, () => {
    const s = app.twin.state;
    const patients = { mother: 0, newborn: 0 };
    for (const p of s.patients.values()) patients[p.kind]++;
    return {
      ward: app.wardScenario.meta.id,
      timeMin: s.nowMin,
      time: app.wardClock.isoAt(s.nowMin),
      timeZone: app.wardClock.timeZone,
      startTime: app.wardClock.isoAt(0),
      eventsAccepted: app.twin.eventCount(),
      patients,
      cabinets: cabinetViews(s, s.nowMin).map((c) => ({ id: c.id, online: c.online, slots: c.slotDetails })),
    };
  });

  const forecastQuery = (q: ForecastBody): ForecastQuery => ({ horizonHours: q.horizonHours, replications: q.replications, seed: q.seed ?? app.wardScenario.run.seed, serviceTarget: q.serviceTarget });
  const forecast = async (route: string, where: string, q: ForecastBody) => ({
    ...(await app.twinForecaster.forecast(route, where, app.twin.state, app.twin.eventCount(), forecastQuery(q))),
    method: METHOD,
  });
  const forecastResponses = { 200: ForecastSchema, 422: ErrorSchema };

  app.get<{ Querystring: ForecastBody }>(
    '/api/twin/forecast',
    { schema: { tags: ['twin'], summary: 'Forecast from the twin state by the ward model: stock-out chances per slot, queue waits, pick list', querystring: ForecastQuerySchema, response: { ...forecastResponses, ...readErrors } } },
    (request) => forecast('GET /api/twin/forecast', '/querystring', request.query),
  );

  app.post<{ Body: ForecastBody }>(
    '/api/twin/forecast',
    {
      ...rateLimited(app.wardConfig, 'jobs'),
      schema: { tags: ['twin'], summary: 'The same forecast as GET, the fields in the body', security, body: ForecastBodySchema, response: { ...forecastResponses, ...writeErrors } },
    },
    (request) => forecast('POST /api/twin/forecast', '/body', request.body),
  );

  app.post<{ Body: WhatIfBody }>(
    '/api/twin/what-if',
    {
      ...rateLimited(app.wardConfig, 'jobs'),
      schema: { tags: ['twin'], summary: 'A scenario change (merge patch) or cabinets held offline, forecast from now with and without it (same seeds) and the differences', security, body: WhatIfBodySchema, response: { 200: WhatIfSchema, 422: ErrorSchema, ...writeErrors } },
    },
    async (request) => {
      const { patch, holdOffline, ...rest } = request.body;
      const result = await app.twinForecaster.whatIf('POST /api/twin/what-if', app.twin.state, forecastQuery(rest), { ...(patch !== undefined ? { patch } : {}), ...(holdOffline !== undefined ? { holdOffline } : {}) });
      return { ...result, baseline: { ...result.baseline, method: METHOD }, variant: { ...result.variant, method: METHOD }, method: `${WHAT_IF_METHOD} ${METHOD}` };
    },
  );
  done();
}
