/**
 * Who may talk to the server: `Host` must name it (DNS rebinding sends another name), a
 * state-changing request with `Origin` must come from one of its own pages, and guessing the
 * bearer token is rate limited like any other traffic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from './helpers.js';
import { hostName } from '../../server/plugins/host-check.js';

let app: FastifyInstance;
afterEach(() => app.close());

const admit = { method: 'POST' as const, url: '/api/patients', payload: { patientId: 'p1', kind: 'mother', room: 'room-1' } };

describe('Host and Origin', () => {
  it.each(['localhost:8080', '127.0.0.1:8080', '127.0.0.2', '[::1]:8080', 'LOCALHOST'])('Host %s is served', async (host) => {
    app = await testApp();
    expect((await app.inject({ url: '/api/health', headers: { host } })).statusCode).toBe(200);
  });

  it.each(['evil.example.com', 'evil.example.com:8080', '127.0.0.1.evil.example', 'localhost.evil.example'])('Host %s is a 403 in the error shape, on reads and writes', async (host) => {
    app = await testApp();
    const read = await app.inject({ url: '/api/twin/state', headers: { host } });
    expect(read.statusCode).toBe(403);
    expect(read.json()).toMatchObject({ error: 'host-not-allowed', details: [{ path: '/headers/host' }] });
    expect((await app.inject({ ...admit, headers: { host } })).statusCode).toBe(403);
    expect(app.dispensing.state.patients.size).toBe(0);
  });

  it('a configured name and the bound address are served', async () => {
    app = await testApp({ host: '10.1.2.3', allowedHosts: ['ward-server.hospital.local'] });
    expect((await app.inject({ url: '/api/health', headers: { host: 'ward-server.hospital.local:8080' } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/health', headers: { host: '10.1.2.3:8080' } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/health', headers: { host: '10.1.2.4:8080' } })).statusCode).toBe(403);
  });

  it('a state-changing request from a foreign page (Origin) is refused; from the server\'s own page it passes', async () => {
    app = await testApp();
    const foreign = await app.inject({ ...admit, headers: { origin: 'https://evil.example.com' } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ error: 'origin-not-allowed' });
    expect((await app.inject({ ...admit, headers: { origin: 'null' } })).statusCode).toBe(403);
    expect(app.dispensing.state.patients.size).toBe(0);
    expect((await app.inject({ ...admit, headers: { origin: 'http://127.0.0.1:8080' } })).statusCode).toBe(201);
    expect((await app.inject({ url: '/api/health', headers: { origin: 'https://evil.example.com' } })).statusCode).toBe(200);
  });

  it('hostName() strips ports and brackets', () => {
    expect(hostName('Example.COM:80')).toBe('example.com');
    expect(hostName('[::1]:8080')).toBe('::1');
    expect(hostName('::1')).toBe('::1');
  });
});

describe('token guessing', () => {
  it('wrong-token attempts count against a rate limit: past it, the address gets 429s even with the right token', async () => {
    app = await testApp({ token: 's3cret', rateLimit: { authFailuresPerMinute: 5 } });
    for (let i = 0; i < 5; i++) expect((await app.inject({ ...admit, headers: { authorization: `Bearer guess-${i}` } })).statusCode).toBe(403);
    const over = await app.inject({ ...admit, headers: { authorization: 'Bearer guess-5' } });
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ error: 'rate-limited' });
    expect(over.headers['retry-after']).toBeDefined();
    expect((await app.inject({ ...admit, headers: { authorization: 'Bearer s3cret' } })).statusCode).toBe(429);
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});
