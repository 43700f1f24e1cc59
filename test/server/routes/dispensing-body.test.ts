import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { testApp } from '../helpers.js';

/**
 * The dispensing body parser over a real socket: `inject()` streams its payload, so only a real
 * connection reaches the path that takes an arrived body in one read. Requests are written by
 * hand so a test can choose how the bytes arrive (one write, or split with pauses).
 */
interface Raw { status: number; body: string }

function rawPost(port: number, body: string, parts: number, extraHeaders = ''): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const head = `POST /api/dispense HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n${extraHeaders}\r\n`;
    const bytes = Buffer.from(head + body);
    const step = Math.ceil(bytes.length / parts);
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    socket.on('end', () => resolve({ status: Number(answer.slice(9, 12)), body: answer.slice(answer.indexOf('\r\n\r\n') + 4) }));
    socket.on('error', reject);
    socket.setNoDelay(true);
    void (async () => {
      for (let at = 0; at < bytes.length; at += step) {
        socket.write(bytes.subarray(at, at + step));
        if (parts > 1) await new Promise((r) => setTimeout(r, 15));
      }
    })();
  });
}

describe('POST /api/dispense body parser over a real socket', () => {
  let app: FastifyInstance;
  let port: number;
  let request: (requestId: string) => string;
  beforeEach(async () => {
    app = await testApp({ limits: { bodyLimitBytes: 2000 } });
    const cabinetId = (await app.inject({ url: '/api/cabinets' })).json<{ cabinets: { id: string }[] }>().cabinets[0].id;
    const slots = (await app.inject({ url: `/api/cabinets/${cabinetId}` })).json<{ slotDetails: { sku: string | null }[] }>().slotDetails;
    const sku = slots.find((s) => s.sku !== null)!.sku!;
    await app.inject({ method: 'POST', url: '/api/patients', payload: { patientId: 'm1', kind: 'mother', room: 'room-1' } });
    request = (requestId) => JSON.stringify({ requestId, patientId: 'm1', sku, quantity: 1, cabinetId });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  afterEach(() => app.close());

  it('answers a body sent in one write and the same body split across writes alike', async () => {
    const whole = await rawPost(port, request('b1'), 1);
    const split = await rawPost(port, request('b2'), 4);
    expect(whole.status).toBe(200);
    expect(split.status).toBe(200);
    expect(JSON.parse(whole.body)).toMatchObject({ ok: true, requestId: 'b1' });
    expect(JSON.parse(split.body)).toMatchObject({ ok: true, requestId: 'b2' });
  });

  it('answers malformed and empty bodies with a JSON 400, whether whole or split', async () => {
    for (const parts of [1, 3]) {
      const bad = await rawPost(port, '{"requestId":"b3",', parts);
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body)).toMatchObject({ error: 'bad-request' });
    }
    const empty = await rawPost(port, '', 1);
    expect(empty.status).toBe(400);
    expect(Object.keys(JSON.parse(empty.body) as object).sort()).toEqual(['details', 'error', 'message']);
  });

  it('answers a body over the limit with a JSON 413, whether declared or arriving in pieces', async () => {
    const big = JSON.stringify({ requestId: 'x'.repeat(3000) });
    for (const parts of [1, 5]) {
      const res = await rawPost(port, big, parts);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ error: 'payload-too-large' });
    }
    const chunked = await new Promise<Raw>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (d: Buffer) => (answer += d.toString()));
      socket.on('end', () => resolve({ status: Number(answer.slice(9, 12)), body: '' }));
      socket.on('error', reject);
      const piece = big.slice(0, 1500);
      socket.write(`POST /api/dispense HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n`);
      socket.write(`${piece.length.toString(16)}\r\n${piece}\r\n${piece.length.toString(16)}\r\n${piece}\r\n0\r\n\r\n`);
    });
    expect(chunked.status).toBe(413);
  });
});
