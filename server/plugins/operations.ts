/**
 * What hospital IT runs the server with: request ids on every answer (`x-request-id`, taken
 * from the client's header when it is a plain token, else a new UUID), request metrics and
 * `GET /metrics` (see ops/metrics.ts), readiness at `GET /api/ready` (see ops/ready.ts) and the
 * access log of dispensing actions (see ops/access-log.ts). Registered after the store, runner
 * and dispensing plugins (it reads them) and before the routes (its `onRoute` hook must see them).
 */
import type { FastifyInstance } from 'fastify';
import { addAccessLog } from '../ops/access-log.js';
import type { WardMetrics } from '../ops/metrics.js';
import { readyRoute } from '../ops/ready.js';
import { sharedPlugin } from './shared-plugin.js';

/** Options of {@link operationsPlugin}. */
export interface OperationsOptions extends Record<string, unknown> {
  metrics: WardMetrics;
}

/** Adds the request-id header, metrics, `/metrics`, `/api/ready` and the dispensing access log. */
export const operationsPlugin = sharedPlugin((app: FastifyInstance, { metrics }: OperationsOptions, done: (err?: Error) => void) => {
  metrics.setSources({
    jobs: () => ({ queued: app.runner.queuedCount, running: app.runner.runningCount }),
    storeBytes: () => (app.db.open ? Number(app.db.pragma('page_count', { simple: true })) * Number(app.db.pragma('page_size', { simple: true })) : 0),
  });
  // Above info the access log writes nothing, so its hook is not even added to the hot route.
  if (['trace', 'debug', 'info'].includes(app.log.level)) app.addHook('onRoute', addAccessLog);
  app.addHook('onRequest', (request, reply, next) => {
    reply.header('x-request-id', request.id);
    next();
  });
  app.addHook('onResponse', (request, reply, next) => {
    metrics.observeRequest(request.method, request.routeOptions.url ?? '(unmatched)', reply.statusCode, reply.elapsedTime / 1000);
    next();
  });
  readyRoute(app);
  app.get('/metrics', { schema: { tags: ['health'], summary: 'Prometheus metrics (text exposition format)', produces: ['text/plain'] } }, async (_request, reply) => {
    const text = await metrics.render();
    return reply.type(metrics.contentType).send(text);
  });
  done();
});
