/**
 * The visualizer at `/`: the built single-page app in `viz/dist` (`npm run build` builds it;
 * the published package ships it) served as static files. Asked to (`npm start` does), it first builds the app when it
 * is missing or older than its sources, with the visualizer's own build script, loaded only
 * then. Vite names the bundle after its content (`assets/index-<hash>.js`), so those files never
 * change under their name and are cached for a year as immutable; `index.html` and anything
 * else without a hash is revalidated on every load (`no-cache`), so a rebuilt app is picked up
 * at once. When there is no build, `/` answers a short HTML note saying how to build it and
 * where the API and its docs are, rather than a bare 404.
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
  /**
   * Build `viz/dist` first when it is missing or stale, saying what happens through `log`;
   * default false. A failed build is reported and the API is served without the app.
   */
  build?: false | { log: (line: string) => void };
}

async function buildIfNeeded(log: (line: string) => void): Promise<void> {
  try {
    const { buildVizIfNeeded } = await import('../../viz/build-if-needed.js');
    await buildVizIfNeeded({ log });
  } catch (error) {
    log(`wardtwin: the visualizer could not be built (${error instanceof Error ? error.message : String(error)}); serving the API only`);
  }
}

/** Serves the visualizer (or the note) at `/`. */
export async function visualizerPlugin(app: FastifyInstance, options: VisualizerOptions): Promise<void> {
  const root = options.root ?? vizDistDir;
  if (options.build !== undefined && options.build !== false) await buildIfNeeded(options.build.log);
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
