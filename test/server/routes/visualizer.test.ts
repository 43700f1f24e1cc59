import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, visualizerPlugin } from '../../../server/plugins/visualizer.js';

describe('visualizer at /', () => {
  it('serves index.html of a built app', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wardtwin-viz-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>viz</title>');
    const app = Fastify();
    await app.register(visualizerPlugin, { root });
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>viz</title>');
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers a short HTML note when the app is not built', async () => {
    const app = Fastify();
    await app.register(visualizerPlugin, { root: join(tmpdir(), 'wardtwin-no-such-dir') });
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('not built');
    await app.close();
  });

  it('serves hashed assets as immutable for a year and index.html with no-cache', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wardtwin-viz-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>viz</title><script src="/assets/index-Bx3_k9Qa.js"></script>');
    writeFileSync(join(root, 'assets', 'index-Bx3_k9Qa.js'), 'console.info(1)');
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const app = Fastify();
    await app.register(visualizerPlugin, { root });
    const [page, index, asset, icon] = await Promise.all(['/', '/index.html', '/assets/index-Bx3_k9Qa.js', '/favicon.svg'].map((url) => app.inject({ url })));
    expect([page, index, asset, icon].map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(icon.headers['cache-control']).toBe('no-cache');
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ['/srv/viz/dist/assets/index-Bx3_k9Qa.js', 'public, max-age=31536000, immutable'],
    ['/srv/viz/dist/assets/index-D2fq-x_Z.css', 'public, max-age=31536000, immutable'],
    ['/srv/viz/dist/index.html', 'no-cache'],
    ['/srv/viz/dist/assets/logo.svg', 'no-cache'],
    ['/srv/viz/dist/app-Bx3_k9Qa.js', 'no-cache'],
  ])('cacheControlFor(%s) is %s', (path, header) => {
    expect(cacheControlFor(path)).toBe(header);
  });
});
