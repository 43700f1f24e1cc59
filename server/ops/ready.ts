/**
 * `GET /api/ready`, readiness for a load balancer or an orchestrator, separate from liveness
 * (`GET /api/health`, which only says the process answers): 200 when the store answers a query
 * and the runner takes jobs, 503 with the failing check otherwise (store closed or broken,
 * server shutting down). Send traffic on ready; restart on a failing health check.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';

/** Each check: `ok`, or what is wrong. */
export const ReadySchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]),
    checks: Type.Object({ store: Type.String({ description: '`ok` or the store error' }), runner: Type.String({ description: '`ok` or `stopped`' }) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

function storeCheck(app: FastifyInstance): string {
  try {
    if (!app.db.open) return 'closed';
    app.db.prepare('SELECT 1').get();
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Registers `GET /api/ready`. */
export function readyRoute(app: FastifyInstance): void {
  app.get('/api/ready', { schema: { tags: ['health'], summary: 'Readiness: store open and runner taking jobs', response: { 200: ReadySchema, 503: ReadySchema } } }, (_request, reply) => {
    const checks = { store: storeCheck(app), runner: app.runner.accepting ? 'ok' : 'stopped' };
    const ready = checks.store === 'ok' && checks.runner === 'ok';
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', checks });
  });
}
