/**
 * The visualizer at `/`: the built single-page app in `viz/dist` (`npm run build`
 * builds it; the published package ships it) served as static files. When it has not been built, `/` answers a short HTML note
 * saying how to build it and where the API and its docs are, rather than a bare 404.
 */
import { existsSync } from 'node:fs';
import { packagePath } from '../../scenarios/package-root.js';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Where the built visualizer lives. */
export const vizDistDir = packagePath('viz', 'dist');

const note = `<!doctype html><html lang="en"><meta charset="utf-8"><title>wardtwin</title>
<h1>wardtwin server</h1><p>The visualizer is not built. Build it with <code>npm run build</code> (in a checkout of wardtwin) and reload.</p>
<p>API under <a href="/api/health">/api</a>, OpenAPI documentation at <a href="/docs">/docs</a>.</p></html>`;

/** Options of {@link visualizerPlugin}. */
export interface VisualizerOptions extends Record<string, unknown> {
  /** Folder of the built app; default {@link vizDistDir}. */
  root?: string;
}

/** Serves the visualizer (or the note) at `/`. */
export async function visualizerPlugin(app: FastifyInstance, options: VisualizerOptions): Promise<void> {
  const root = options.root ?? vizDistDir;
  if (existsSync(`${root}/index.html`)) {
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
    return;
  }
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(note));
}
