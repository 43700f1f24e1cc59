import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Value } from '@sinclair/typebox/value';
import { fakeExecutor, testApp } from '../helpers.js';
import { STREAM_MESSAGE_SCHEMAS } from '../../../server/routes/runs/stream-messages.js';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { description?: string; responses: Record<string, unknown>; 'x-websocket-messages'?: { oneOf: Array<{ $ref: string }> } }>>;
  components: { schemas: Record<string, unknown> };
}

describe('the OpenAPI document (/docs/json)', () => {
  let app: FastifyInstance;
  let raw: Record<string, unknown>;
  let doc: OpenApiDoc;
  beforeAll(async () => {
    app = await testApp({ executor: fakeExecutor({ stepMs: 5 }) });
    raw = (await app.inject({ url: '/docs/json' })).json<Record<string, unknown>>();
    doc = raw as unknown as OpenApiDoc;
  });
  afterAll(() => app.close());

  it('passes @seriousme/openapi-schema-validator (OpenAPI 3.1, numeric exclusive bounds included)', async () => {
    const result = await new Validator().validate(raw);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents the run stream: the handshake, its 404 and each message with its schema', () => {
    const get = doc.paths['/api/runs/{id}/stream']?.get;
    expect(get).toBeDefined();
    expect(Object.keys(get.responses)).toEqual(['101', '404']);
    expect(get.description).toMatch(/snapshot.*progress.*end/s);
    expect(get['x-websocket-messages']?.oneOf.map((r) => r.$ref)).toEqual([
      '#/components/schemas/RunStreamSnapshot',
      '#/components/schemas/RunStreamProgress',
      '#/components/schemas/RunStreamEnd',
    ]);
    for (const name of Object.keys(STREAM_MESSAGE_SCHEMAS)) expect(doc.components.schemas[name]).toMatchObject({ type: 'object' });
  });

  it('the messages a real stream sends match the documented schemas', async () => {
    const id = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 6 } })).json<{ id: string }>().id;
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const messages = await new Promise<Array<{ type: string }>>((resolve, reject) => {
      const got: Array<{ type: string }> = [];
      const ws = new WebSocket(`ws://127.0.0.1:${port}/api/runs/${id}/stream`);
      ws.on('message', (data: Buffer) => got.push(JSON.parse(data.toString()) as { type: string }));
      ws.on('close', () => resolve(got));
      ws.on('error', reject);
    });
    const byType = { snapshot: STREAM_MESSAGE_SCHEMAS.RunStreamSnapshot, progress: STREAM_MESSAGE_SCHEMAS.RunStreamProgress, end: STREAM_MESSAGE_SCHEMAS.RunStreamEnd };
    expect(messages.map((m) => m.type)).toContain('progress');
    for (const m of messages) {
      const schema = byType[m.type as keyof typeof byType];
      expect(schema, `message type ${m.type}`).toBeDefined();
      expect(Value.Check(schema, m), JSON.stringify(m)).toBe(true);
    }
  });
});
