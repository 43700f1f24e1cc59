/**
 * `GET /api/twin/stream` (WebSocket): `{ type: "snapshot", timeMin, eventsAccepted }` on
 * connect, then `{ type: "events", accepted, timeMin, eventsAccepted }` after every accepted
 * batch of `POST /api/twin/events`. It reads nothing from the client. Registered inside the
 * WebSocket scope of routes/streams.ts.
 */
import type { FastifyInstance } from 'fastify';
import { readErrors } from '../common-schemas.js';

/** Registers the twin stream route (in the WebSocket scope, see routes/streams.ts). */
export function twinStreamRoute(app: FastifyInstance, _options: unknown, done: (err?: Error) => void): void {
  app.get('/api/twin/stream', { websocket: true, schema: { tags: ['twin'], summary: 'WebSocket: snapshot of the twin clock, then a message after every accepted event batch', response: { ...readErrors } } }, (socket) => {
    socket.send(JSON.stringify({ type: 'snapshot', timeMin: app.twin.state.nowMin, eventsAccepted: app.twin.eventCount() }));
    const unsubscribe = app.twinFeed.subscribe((change) => socket.send(JSON.stringify(change)));
    socket.on('close', unsubscribe);
  });
  done();
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
