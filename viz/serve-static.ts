/**
 * Serving the built visualizer at `/` from a Fastify app: a plugin the server can register
 * (it does not yet), used meanwhile by `viz/start.ts` and the browser tests. Hash routes mean
 * no rewrite rules: only `index.html` and `/assets/*` are ever asked for.
 */
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { vizDist } from './build-if-needed.js';

/** Registers `viz/dist` (or `root`) at `/`. Call before the app is ready. */
export async function registerViz(app: FastifyInstance, root: string = vizDist): Promise<void> {
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: true });
}
