/**
 * The messages of the run stream (`GET /api/runs/:id/stream`, WebSocket) as schemas, and the
 * OpenAPI path item that documents them. `@fastify/websocket` hides its routes from the
 * generated document (an upgrade has no HTTP response body to describe), so the stream is
 * described here: the handshake, its 404, and each server-to-client JSON text message under
 * `x-websocket-messages`, with the message schemas in `components.schemas`.
 */
import { Type } from '@sinclair/typebox';
import type { TSchema } from '@sinclair/typebox';
import { ErrorSchema } from '../common-schemas.js';

const status = Type.Union(
  [Type.Literal('queued'), Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed'), Type.Literal('cancelled')],
  { description: 'queued -> running -> succeeded | failed | cancelled' },
);
const id = Type.String({ description: 'the job id' });
const progress = Type.Number({ minimum: 0, maximum: 1, description: 'share of the job done, 0 to 1' });

/** First message, sent on connect: where the job stands. */
export const StreamSnapshotSchema = Type.Object(
  { type: Type.Literal('snapshot'), id, status, progress },
  { additionalProperties: false, description: 'sent once, first: the job as it stands when the client connects' },
);

/** A batch of progress with the series points sampled since the client's previous message. */
export const StreamProgressSchema = Type.Object(
  {
    type: Type.Literal('progress'),
    id,
    progress,
    points: Type.Array(Type.Record(Type.String(), Type.Unknown()), {
      description: 'series points sampled since the previous message this client got (for a run: replication index and running KPI means; for a size curve: one per finished delivery volume)',
    }),
    dropped: Type.Integer({ minimum: 0, description: 'batches skipped for this client because its socket was backed up; their points are in GET /api/runs/{id}/series' }),
  },
  { additionalProperties: false, description: 'sent as steps finish, batched; a slow client misses batches instead of slowing the job' },
);

/** Last message; the server then closes the socket with code 1000. */
export const StreamEndSchema = Type.Object(
  { type: Type.Literal('end'), id, status, error: Type.Union([Type.String(), Type.Null()], { description: 'why the job failed, else null' }) },
  { additionalProperties: false, description: 'sent once, last (straight after the snapshot when the job has already finished); the server then closes with code 1000' },
);

/** Message schemas for `components.schemas`, by name. */
export const STREAM_MESSAGE_SCHEMAS: Record<string, TSchema> = {
  RunStreamSnapshot: StreamSnapshotSchema,
  RunStreamProgress: StreamProgressSchema,
  RunStreamEnd: StreamEndSchema,
};

const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

/** The OpenAPI path item of `/api/runs/{id}/stream`. */
export const RUN_STREAM_PATH_ITEM = {
  get: {
    tags: ['runs'],
    summary: 'WebSocket: snapshot, batched progress and series points, end',
    description: [
      'Open with a WebSocket handshake (`GET` with `Upgrade: websocket`). The server sends JSON text messages and reads none:',
      '',
      '1. `snapshot` once: `{ "type": "snapshot", "id", "status", "progress" }`;',
      '2. `progress` as replications (or curve volumes) finish, batched: `{ "type": "progress", "id", "progress", "points": [...], "dropped" }` — `dropped` counts batches this client missed because its socket was backed up; every point stays readable at `GET /api/runs/{id}/series`;',
      '3. `end` once: `{ "type": "end", "id", "status", "error" }`, then the server closes with code 1000.',
      '',
      'A job that has already finished gets `snapshot` then `end`. An unknown id is refused before the upgrade with a JSON 404. Messages from the client are limited to 4 KiB and ignored.',
    ].join('\n'),
    parameters: [{ name: 'id', in: 'path' as const, required: true, schema: { type: 'string' as const, minLength: 1, maxLength: 200 } }],
    responses: {
      101: { description: 'Switching Protocols: the WebSocket is open; the server sends the messages listed in x-websocket-messages' },
      404: { description: 'no such job', content: { 'application/json': { schema: ErrorSchema } } },
    },
    'x-websocket-messages': {
      direction: 'server-to-client',
      encoding: 'JSON text frames',
      order: ['RunStreamSnapshot', 'RunStreamProgress*', 'RunStreamEnd'],
      oneOf: [ref('RunStreamSnapshot'), ref('RunStreamProgress'), ref('RunStreamEnd')],
    },
  },
};
