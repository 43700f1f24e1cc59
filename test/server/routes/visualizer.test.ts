import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { visualizerPlugin } from '../../../server/plugins/visualizer.js';

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
});
