/**
 * `GET /api/runs/:id/stream` (WebSocket): a snapshot of the run, then batched progress with the
 * sampled series points as replications finish, then `end`. All watchers of one run share one
 * stream; a slow watcher misses batches rather than slowing the run (see client-feed.ts).
 *
 * `@fastify/websocket` is registered here, in this route's own scope, not on the app: it adds an
 * `onRequest` hook, an `onResponse` hook and a handler wrapper to every route of its scope, and
 * on the app that put them on the cabinets' dispense route too. Upgrades still reach this route
 * (the plugin listens on the shared HTTP server); an upgrade request to any other route gets a
 * plain HTTP answer, which a WebSocket client treats as a refused handshake.
 */
import type { FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import { sendError } from '../../errors.js';
import { IdParamsSchema, readErrors } from '../common-schemas.js';
import { feedClient } from '../../runner/client-feed.js';
import type { RunMessage } from '../../runner/run-types.js';
import { isFinished } from '../../store/run-store.js';

/** Registers the WebSocket plugin and the stream route, in an encapsulated scope. */
export async function runStreamRoute(app: FastifyInstance): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 4096 } });
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
}
