/**
 * Who may change the ward's state: with a token configured (`WARDTWIN_TOKEN`), every mutating
 * request (any method but GET, HEAD, OPTIONS) must carry `Authorization: Bearer <token>`.
 * Reads stay open so that dashboards on the ward network need no secret.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors.js';
import { sharedPlugin } from './shared-plugin.js';

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function digest(text: string): Buffer {
  // Hashing first gives equal-length buffers, so the comparison time says nothing about the token.
  return createHash('sha256').update(text).digest();
}

/** Options of {@link authPlugin}. */
export interface AuthOptions extends Record<string, unknown> {
  /** The bearer token; undefined leaves every route open (loopback-only deployments). */
  token: string | undefined;
}

/** Adds the bearer check as an `onRequest` hook for mutating methods. */
export const authPlugin = sharedPlugin((app: FastifyInstance, options: AuthOptions, done: (err?: Error) => void) => {
  const { token } = options;
  if (token === undefined) return done();
  const expected = digest(token);
  app.addHook('onRequest', (request, reply, next) => {
    if (readMethods.has(request.method)) return next();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) {
      sendError(reply.header('www-authenticate', 'Bearer'), 401, 'unauthorized', `${request.method} ${request.url}: this server requires Authorization: Bearer <token> on mutating routes`);
      return;
    }
    if (!timingSafeEqual(digest(match[1]), expected)) {
      sendError(reply, 403, 'forbidden', `${request.method} ${request.url}: the bearer token is not valid`);
      return;
    }
    next();
  });
  done();
});
