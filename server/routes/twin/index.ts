/**
 * The twin resource: the real cabinets feed their log (`POST /api/twin/events`), operations
 * read what is where and how full (`GET /api/twin/state`), and ask when each slot will run out
 * before the next restock round (`POST /api/twin/forecast`).
 */
import type { FastifyInstance } from 'fastify';
import { cabinetViews } from '../../../engine/index.js';
import { ApiError } from '../../errors.js';
import { ErrorSchema, writeErrors } from '../common-schemas.js';
import { rateLimited } from '../rate-limits.js';
import { forecastCost, forecastSteps } from '../../twin/forecast.js';
import { resolveEventTimes } from '../../twin/event-times.js';
import type { PostedTwinEvent } from '../../twin/event-times.js';
import { BatchReceiptSchema, ForecastBodySchema, ForecastSchema, TwinBatchSchema, TwinStateSchema } from './schemas.js';
import type { ForecastBody, TwinBatch } from './schemas.js';

const METHOD = 'Monte Carlo from the twin state: Poisson demand of admitted patients by postpartum day (catalog curves) plus Poisson births, random cabinet then nearest, first expiry first, until the horizon; see server/twin/forecast.ts';

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
        throw new ApiError(400, 'limit-exceeded', `POST /api/twin/events: events.length(=${posted.length}) must be <= ${limits.maxTwinBatch} on this server`, [{ path: '/body/events', rule: 'max-batch', message: `at most ${limits.maxTwinBatch} events` }]);
      }
      const receipt = app.twin.applyBatch(resolveEventTimes(posted, app.wardClock));
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

  app.post<{ Body: ForecastBody }>(
    '/api/twin/forecast',
    {
      ...rateLimited(app.wardConfig, 'jobs'),
      schema: { tags: ['twin'], summary: 'Per slot: distribution of time to stock-out before the next restock round', security, body: ForecastBodySchema, response: { 200: ForecastSchema, ...writeErrors } },
    },
    async (request) => {
      const { replications, seed, untilMin } = request.body;
      if (replications > limits.maxForecastReplications) {
        throw new ApiError(400, 'limit-exceeded', `POST /api/twin/forecast: replications(=${replications}) must be <= ${limits.maxForecastReplications} on this server`, [{ path: '/body/replications', rule: 'max-replications', message: `must be <= ${limits.maxForecastReplications}` }]);
      }
      const now = app.twin.state.nowMin;
      if (untilMin !== undefined && !(untilMin > now)) {
        throw new ApiError(400, 'invalid-request', `POST /api/twin/forecast: untilMin(=${untilMin}) must be after the twin's clock (${now})`, [{ path: '/body/untilMin', rule: 'after-now', message: `must be > ${now}` }]);
      }
      if (untilMin !== undefined && untilMin - now > 7 * 1440) {
        throw new ApiError(400, 'limit-exceeded', 'POST /api/twin/forecast: the horizon must be at most 7 days', [{ path: '/body/untilMin', rule: 'max-horizon', message: `must be <= ${now + 7 * 1440}` }]);
      }
      const options = { replications, seed: seed ?? app.wardScenario.run.seed, ...(untilMin !== undefined ? { untilMin } : {}) };
      const cost = forecastCost(app.twin.state, app.wardScenario, options);
      if (cost > limits.maxForecastCost) {
        const estimate = Math.round(cost).toLocaleString('en-US');
        throw new ApiError(400, 'over-budget', `POST /api/twin/forecast: estimated cost ${estimate} (replications x 15-minute steps x people on the ward) is over this server's forecast budget of ${limits.maxForecastCost.toLocaleString('en-US')}; ask for fewer replications or a shorter horizon`, [
          { path: '/body/replications', rule: 'max-cost', message: `estimated ${estimate}; budget ${limits.maxForecastCost.toLocaleString('en-US')}` },
        ]);
      }
      // Run in slices: a forecast over a full ward takes seconds, and the cabinets keep dispensing meanwhile.
      const forecast = await app.slicedWork.run('POST /api/twin/forecast', forecastSteps(app.twin.state, app.wardScenario, options));
      return { ...forecast, method: METHOD };
    },
  );
  done();
}
