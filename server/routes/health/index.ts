/**
 * `GET /api/health`: is the ward server alive. Deliberately the cheapest route (no store
 * access), which is why the HTTP benchmark uses it as the throughput ceiling for dispense.
 */
import type { FastifyInstance } from 'fastify';
import { HealthSchema } from './schemas.js';

/** Registers the health route. */
export function healthRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const startedAt = process.hrtime.bigint();
  app.get('/api/health', { schema: { tags: ['health'], summary: 'Liveness and runner load', response: { 200: HealthSchema } } }, () => ({
    status: 'ok' as const,
    uptimeSec: Number(process.hrtime.bigint() - startedAt) / 1e9,
    runningRuns: app.runner.runningCount,
    queuedRuns: app.runner.queuedCount,
  }));
  done();
}
