/**
 * `GET /api/health`: is the ward server alive, and is its twin taking events. Deliberately the
 * cheapest route (no store access: the twin's quarantine is read once at start), which is why
 * the HTTP benchmark uses it as the throughput ceiling for dispense.
 */
import type { FastifyInstance } from 'fastify';
import { HealthSchema } from './schemas.js';

/** Registers the health route. */
export function healthRoutes(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  const startedAt = process.hrtime.bigint();
  app.get('/api/health', { schema: { tags: ['health'], summary: 'Liveness, runner load and twin mode', response: { 200: HealthSchema } } }, () => ({
    status: app.twin.readOnly ? ('degraded' as const) : ('ok' as const),
    twin: {
      mode: app.twin.readOnly ? ('read-only' as const) : ('read-write' as const),
      quarantinedRows: app.twin.quarantinedRows.length,
      quarantine: app.twin.quarantinedRows.slice(0, 20).map((r) => ({ seq: r.seq, eventId: r.eventId, reason: r.reason })),
    },
    uptimeSec: Number(process.hrtime.bigint() - startedAt) / 1e9,
    runningRuns: app.runner.runningCount,
    queuedRuns: app.runner.queuedCount,
  }));
  done();
}
