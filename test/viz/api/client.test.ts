import { describe, expect, it } from 'vitest';
import { ApiRequestError, createApiClient, parseMessage, streamUrl, wsOrigin } from '../../../viz/src/api/index.js';

function fakeFetch(status: number, body: unknown, seen: { url?: string; init?: RequestInit } = {}): typeof fetch {
  return (input, init) => {
    seen.url = input instanceof Request ? input.url : input.toString();
    seen.init = init;
    return Promise.resolve(new Response(body === undefined ? '' : JSON.stringify(body), { status }));
  };
}

describe('createApiClient()', () => {
  it('sends JSON with the bearer token on mutating calls only', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const api = createApiClient({ baseUrl: 'http://h', token: 't0k', fetch: fakeFetch(202, { id: 'r1' }, seen) });
    await api.startRun({ scenario: 'county-mch', replications: 2 });
    expect(seen.url).toBe('http://h/api/runs');
    expect(seen.init?.method).toBe('POST');
    expect(seen.init?.body).toBe('{"scenario":"county-mch","replications":2}');
    expect((seen.init?.headers as Record<string, string>).authorization).toBe('Bearer t0k');
    await api.getRun('a/b');
    expect(seen.url).toBe('http://h/api/runs/a%2Fb');
    expect((seen.init?.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('sends the app\'s language, read at each call, as Accept-Language (so the server answers errors in it); none unless asked', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    let language = 'zh-CN';
    const api = createApiClient({ fetch: fakeFetch(200, { runs: [] }, seen), language: () => language });
    await api.listRuns();
    expect((seen.init?.headers as Record<string, string>)['accept-language']).toBe('zh-CN');
    language = 'en';
    await api.listRuns();
    expect((seen.init?.headers as Record<string, string>)['accept-language']).toBe('en');
    await createApiClient({ fetch: fakeFetch(200, { runs: [] }, seen) }).listRuns();
    expect((seen.init?.headers as Record<string, string>)['accept-language']).toBeUndefined();
  });

  it('startSize() posts the Sizing page\'s { curve, deliveries } to /api/sizes and answers the accepted job', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const api = createApiClient({ fetch: fakeFetch(202, { id: 's1', kind: 'size', status: 'queued', href: '/api/runs/s1', stream: '/api/runs/s1/stream' }, seen) });
    await expect(api.startSize({ curve: '1000:20000:1000', deliveries: 6000 })).resolves.toMatchObject({ id: 's1', kind: 'size' });
    expect(seen.url).toBe('/api/sizes');
    expect(seen.init?.method).toBe('POST');
    expect(seen.init?.body).toBe('{"curve":"1000:20000:1000","deliveries":6000}');
  });

  it('throws ApiRequestError with the server details (paths) on a 4xx', async () => {
    const body = { error: 'invalid-scenario', message: 'bad', details: [{ path: '/body/scenario/births/caesareanShare', rule: 'maximum', message: 'must be <= 1' }] };
    const err = await createApiClient({ fetch: fakeFetch(400, body) }).startRun({ scenario: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(err).toMatchObject({ status: 400, code: 'invalid-scenario', details: body.details });
  });

  it('reports an unreachable server as status 0', async () => {
    const err = await createApiClient({ fetch: () => Promise.reject(new TypeError('refused')) }).listPresets().catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 0, code: 'unreachable' });
  });
});

describe('run stream helpers', () => {
  it('parseMessage() accepts the three message types and nothing else', () => {
    expect(parseMessage('{"type":"end","id":"r","status":"succeeded","error":null}')).toEqual({ type: 'end', id: 'r', status: 'succeeded', error: null });
    expect(parseMessage('{"type":"other"}')).toBeNull();
    expect(parseMessage('not json')).toBeNull();
  });

  it('streamUrl() and wsOrigin() follow the page origin and scheme', () => {
    expect(streamUrl('r 1', wsOrigin({ protocol: 'https:', host: 'ward:8443' }))).toBe('wss://ward:8443/api/runs/r%201/stream');
    expect(wsOrigin({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080');
  });
});
