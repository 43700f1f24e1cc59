/**
 * `GET /api/runs/:id/stream` (WebSocket): a snapshot of the run, then batched progress with the
 * sampled series points as replications finish, then `end`. All watchers of one run share one
 * stream; a slow watcher misses batches rather than slowing the run (see client-feed.ts).
 * Registered inside the WebSocket scope of routes/streams.ts.
 */
import type { FastifyInstance } from 'fastify';
import { sendError } from '../../errors.js';
import { IdParamsSchema, readErrors } from '../common-schemas.js';
import { feedClient } from '../../runner/client-feed.js';
import type { RunMessage } from '../../runner/run-types.js';
import { isFinished } from '../../store/run-store.js';

/** Registers the run stream route (in the WebSocket scope, see routes/streams.ts). */
export function runStreamRoute(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  app.get<{ Params: { id: string } }>(
    '/api/runs/:id/stream',
    {
      websocket: true,
      schema: { tags: ['runs'], summary: 'WebSocket: snapshot, batched progress and series points, end', params: IdParamsSchema, response: { ...readErrors } },
      // Refuse before the upgrade, so an unknown id is a plain JSON 404.
      preValidation: (request, reply, next) => {
        if (app.runStore.get(request.params.id)) return next();
        sendError(reply, 404, 'not-found', `run "${request.params.id}" does not exist`, [{ path: '/params/id', rule: 'exists', message: 'no such run' }]);
      },
    },
    (socket, request) => {
      const id = request.params.id;
      const send = (message: RunMessage): void => socket.send(JSON.stringify(message));
      const run = app.runStore.get(id)!;
      send({ type: 'snapshot', id, status: run.status, progress: run.progress });
      const stream = app.runner.hub.stream(id);
      if (!stream || isFinished(run.status)) {
        const now = app.runStore.get(id)!;
        send({ type: 'end', id, status: now.status, error: now.error });
        socket.close(1000);
        return;
      }
      const subscription = feedClient(id, stream, socket, {
        onCompleteWithoutEnd: () => {
          const now = app.runStore.get(id);
          return { status: now?.status ?? 'queued', error: now?.error ?? null };
        },
      });
      socket.on('close', () => subscription.unsubscribe());
    },
  );
  done();
}
