/**
 * The WebSocket routes (`/api/runs/:id/stream`, `/api/twin/stream`) in one scope with one
 * registration of `@fastify/websocket`.
 *
 * One registration: the plugin listens on the shared HTTP server's `upgrade` event once per
 * registration, and each listener routes every upgrade, so a second registration answered
 * each handshake twice (the second failing with ERR_HTTP_SOCKET_ASSIGNED).
 * Its own scope: the plugin adds an `onRequest` hook, an `onResponse` hook and a handler
 * wrapper to every route of its scope, which on the app would reach the cabinets' dispense
 * route too. An upgrade request to any other route gets a plain HTTP answer, which a WebSocket
 * client treats as a refused handshake.
 */
import type { FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import { runStreamRoute } from './runs/stream.js';
import { twinStreamRoute } from './twin/stream.js';

/** Registers the WebSocket plugin once and both stream routes under it. */
export async function streamRoutes(app: FastifyInstance): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 4096 } });
  await app.register(runStreamRoute);
  await app.register(twinStreamRoute);
}
