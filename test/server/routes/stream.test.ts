import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { Subject } from 'rxjs';
import WebSocket from 'ws';
import { fakeExecutor, testApp, waitForRun } from '../helpers.js';
import { feedClient } from '../../../server/runner/client-feed.js';
import type { RunBatch } from '../../../server/runner/run-hub.js';

interface Message { type: string; progress?: number; points?: unknown[]; status?: string; dropped?: number }

/**
 * Opens the stream over a real socket (the WebSocket plugin lives in the stream route's own
 * scope, so the app has no `injectWS`), listening from before the upgrade completes (the
 * snapshot comes at once); resolves with every message once the server closes the stream.
 */
async function watch(app: FastifyInstance, path: string): Promise<Message[]> {
  if (!app.server.listening) await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const messages: Message[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
    ws.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as Message));
    ws.on('close', () => resolve(messages));
    ws.on('error', reject);
  });
}

describe('GET /api/runs/:id/stream', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('sends a snapshot, batched progress carrying every series point, then end; two watchers see the same points', async () => {
    app = await testApp({ executor: fakeExecutor({ stepMs: 15 }) });
    const id = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 12 } })).json<{ id: string }>().id;
    const [ma, mb] = await Promise.all([watch(app, `/api/runs/${id}/stream`), watch(app, `/api/runs/${id}/stream`)]);
    for (const messages of [ma, mb]) {
      expect(messages[0]).toMatchObject({ type: 'snapshot', id });
      expect(messages.at(-1)).toMatchObject({ type: 'end', status: 'succeeded' });
      const points = messages.filter((m) => m.type === 'progress').flatMap((m) => m.points ?? []);
      expect(points.length).toBeGreaterThan(0);
      expect(messages.filter((m) => m.type === 'progress').length).toBeLessThan(12); // batched, not one per step
    }
    expect(ma.filter((m) => m.type === 'progress').flatMap((m) => m.points)).toEqual(mb.filter((m) => m.type === 'progress').flatMap((m) => m.points));
  });

  it('for a finished run sends the snapshot and end at once', async () => {
    app = await testApp();
    const id = (await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'county-mch', replications: 1 } })).json<{ id: string }>().id;
    await waitForRun(app, id);
    const messages = await watch(app, `/api/runs/${id}/stream`);
    expect(messages.map((m) => m.type)).toEqual(['snapshot', 'end']);
    expect(messages[1]).toMatchObject({ status: 'succeeded' });
  });

  it('answers a JSON 404 before the upgrade for an unknown run', async () => {
    app = await testApp();
    const res = await app.inject({ url: '/api/runs/nope/stream' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
  });

  it('refuses the WebSocket handshake for an unknown run over a real socket', async () => {
    app = await testApp();
    await expect(watch(app, '/api/runs/nope/stream')).rejects.toThrow(/404/);
  });

  it('keeps the WebSocket plugin in the stream route scope: the app itself is not decorated, other routes answer as before', async () => {
    app = await testApp();
    expect(app.hasDecorator('injectWS')).toBe(false);
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });

  it('registers the WebSocket plugin once for both streams: one upgrade listener, so no handshake is answered twice', async () => {
    app = await testApp();
    expect(app.server.listenerCount('upgrade')).toBe(1);
  });
});

describe('feedClient', () => {
  it('drops batches for a backed-up socket, counts them in the next message, and always delivers end', () => {
    const subject = new Subject<RunBatch>();
    const sent: Message[] = [];
    const sink = { bufferedAmount: 0, send: (t: string) => sent.push(JSON.parse(t) as Message), close: () => undefined };
    feedClient('r', subject, sink, { maxBufferedBytes: 100 });
    subject.next({ progress: 0.1, points: [{ i: 1 }], end: null });
    sink.bufferedAmount = 1000;
    subject.next({ progress: 0.2, points: [{ i: 2 }], end: null });
    subject.next({ progress: 0.3, points: [{ i: 3 }], end: null });
    sink.bufferedAmount = 0;
    subject.next({ progress: 0.4, points: [{ i: 4 }], end: null });
    sink.bufferedAmount = 1000;
    subject.next({ progress: 1, points: [], end: { status: 'succeeded', error: null } });
    expect(sent.map((m) => [m.type, m.progress ?? m.status, m.dropped ?? null])).toEqual([
      ['progress', 0.1, 0],
      ['progress', 0.4, 2],
      ['end', 'succeeded', null],
    ]);
  });
});
