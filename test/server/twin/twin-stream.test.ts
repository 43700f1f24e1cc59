import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { testApp } from '../helpers.js';

interface Message { type: string; timeMin: number; eventsAccepted: number; accepted?: number }

describe('GET /api/twin/stream', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('sends the twin clock on connect and one message per accepted batch, none for a refused one', async () => {
    app = await testApp();
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const messages: Message[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/twin/stream`);
    const arrived = (n: number) => new Promise<void>((resolve) => {
      const check = () => (messages.length >= n ? resolve() : setTimeout(check, 10));
      check();
    });
    ws.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as Message));
    await arrived(1);
    expect(messages[0]).toEqual({ type: 'snapshot', timeMin: 0, eventsAccepted: 0 });
    const batch = { events: [{ eventId: 'a1', type: 'admission', patientId: 'm1', kind: 'mother', room: 'room-1', timeMin: 30 }] };
    expect((await app.inject({ method: 'POST', url: '/api/twin/events', payload: batch })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/twin/events', payload: batch })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: '/api/twin/events', payload: { events: [{ eventId: 'a2', type: 'discharge', patientId: 'm1', timeMin: 90 }] } })).statusCode).toBe(200);
    await arrived(3);
    ws.close();
    expect(messages.slice(1)).toEqual([
      { type: 'events', accepted: 1, timeMin: 30, eventsAccepted: 1 },
      { type: 'events', accepted: 1, timeMin: 90, eventsAccepted: 2 },
    ]);
    expect(app.twinFeed.size).toBeLessThanOrEqual(1);
  });
});
