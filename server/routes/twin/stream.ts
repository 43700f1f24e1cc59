/**
 * `GET /api/twin/stream` (WebSocket): `{ type: "snapshot", timeMin, eventsAccepted }` on
 * connect, then `{ type: "events", accepted, timeMin, eventsAccepted }` after every accepted
 * batch of `POST /api/twin/events`. It reads nothing from the client. Registered in its own
 * scope for the reason given in routes/runs/stream.ts (the plugin's hooks stay off the
 * dispensing routes).
 */
import type { FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import { readErrors } from '../common-schemas.js';

/** Registers the WebSocket plugin and the twin stream route, in an encapsulated scope. */
export async function twinStreamRoute(app: FastifyInstance): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 4096 } });
  app.get('/api/twin/stream', { websocket: true, schema: { tags: ['twin'], summary: 'WebSocket: snapshot of the twin clock, then a message after every accepted event batch', response: { ...readErrors } } }, (socket) => {
    socket.send(JSON.stringify({ type: 'snapshot', timeMin: app.twin.state.nowMin, eventsAccepted: app.twin.eventCount() }));
    const unsubscribe = app.twinFeed.subscribe((change) => socket.send(JSON.stringify(change)));
    socket.on('close', unsubscribe);
  });
}

/** The stream's OpenAPI path item, written by hand (the WebSocket plugin hides the route from the generated document). */
export const TWIN_STREAM_PATH_ITEM = {
  get: {
    tags: ['twin'],
    summary: 'WebSocket: the twin clock now, then one message per accepted event batch',
    description: [
      'Open with a WebSocket handshake (`GET` with `Upgrade: websocket`). The server sends JSON text messages and reads none:',
      '',
      '1. `snapshot` once: `{ "type": "snapshot", "timeMin", "eventsAccepted" }`;',
      '2. `events` after every batch `POST /api/twin/events` accepted: `{ "type": "events", "accepted", "timeMin", "eventsAccepted" }`.',
      '',
      'The Twin page refreshes its state and forecast on `events`.',
    ].join('\n'),
    responses: { 101: { description: 'Switching Protocols: the WebSocket is open' } },
  },
};
