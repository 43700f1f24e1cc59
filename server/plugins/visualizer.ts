/**
 * The visualizer at `/`: the built single-page app in `viz/dist` (run `npx vite build` in
 * `viz/`) served as static files. Vite names the bundle after its content
 * (`assets/index-<hash>.js`), so those files never change under their name and are cached for a
 * year as immutable; `index.html` and anything else without a hash is revalidated on every load
 * (`no-cache`), so a rebuilt app is picked up at once. When it has not been built, `/` answers
 * a short HTML note saying how to build it and where the API and its docs are, rather than a bare 404.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Where the built visualizer lives. */
export const vizDistDir = fileURLToPath(new URL('../../viz/dist/', import.meta.url));

const note = `<!doctype html><html lang="en"><meta charset="utf-8"><title>wardtwin</title>
<h1>wardtwin server</h1><p>The visualizer is not built. Build it with <code>npx vite build viz</code> and reload.</p>
<p>API under <a href="/api/health">/api</a>, OpenAPI documentation at <a href="/docs">/docs</a>.</p></html>`;

/** Cache-Control of a file named after its content hash. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Cache-Control of every other file: revalidate on each load. */
export const REVALIDATE_CACHE = 'no-cache';

// Vite's default output name: assets/<name>-<8 or more base64url hash characters>.<ext>.
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;

/** The Cache-Control header for a file of the built app, by its path. */
export function cacheControlFor(filePath: string): string {
  return HASHED_ASSET.test(filePath) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/** Options of {@link visualizerPlugin}. */
export interface VisualizerOptions extends Record<string, unknown> {
  /** Folder of the built app; default {@link vizDistDir}. */
  root?: string;
}

/** Serves the visualizer (or the note) at `/`. */
export async function visualizerPlugin(app: FastifyInstance, options: VisualizerOptions): Promise<void> {
  const root = options.root ?? vizDistDir;
  if (existsSync(`${root}/index.html`)) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', cacheControlFor(filePath));
      },
    });
    return;
  }
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(note));
}
