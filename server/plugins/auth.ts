/**
 * Who may change the ward's state: with tokens configured (`WARDTWIN_TOKEN`, or named ones in
 * `WARDTWIN_TOKENS`), every mutating request (any method but GET, HEAD, OPTIONS) must carry
 * `Authorization: Bearer <token>`. Reads stay open so that dashboards on the ward network need
 * no secret. The name of the token a request carried is its `actor` (the access log's who);
 * without tokens every request's actor is `anonymous`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors.js';
import type { NamedToken } from '../ops/tokens.js';
import { sharedPlugin } from './shared-plugin.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the bearer token the request carried; `anonymous` when none was needed or given. */
    actor: string;
  }
}

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function digest(text: string): Buffer {
  // Hashing first gives equal-length buffers, so the comparison time says nothing about the token.
  return createHash('sha256').update(text).digest();
}

/** Options of {@link authPlugin}. */
export interface AuthOptions extends Record<string, unknown> {
  /** Accepted tokens with their actor names; empty leaves every route open (loopback-only deployments). */
  tokens: readonly NamedToken[];
}

/** Adds the bearer check as an `onRequest` hook for mutating methods and decorates `request.actor`. */
export const authPlugin = sharedPlugin((app: FastifyInstance, options: AuthOptions, done: (err?: Error) => void) => {
  app.decorateRequest('actor', 'anonymous');
  if (options.tokens.length === 0) return done();
  const expected = options.tokens.map((t) => ({ name: t.name, digest: digest(t.secret) }));
  app.addHook('onRequest', (request, reply, next) => {
    if (readMethods.has(request.method)) return next();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) {
      sendError(reply.header('www-authenticate', 'Bearer'), 401, 'unauthorized', `${request.method} ${request.url}: this server requires Authorization: Bearer <token> on mutating routes`);
      return;
    }
    const given = digest(match[1]);
    // Every token is compared (no early exit), so the time taken says nothing about which matched.
    let actor: string | undefined;
    for (const t of expected) if (timingSafeEqual(given, t.digest) && actor === undefined) actor = t.name;
    if (actor === undefined) {
      sendError(reply, 403, 'forbidden', `${request.method} ${request.url}: the bearer token is not valid`);
      return;
    }
    request.actor = actor;
    next();
  });
  done();
});
