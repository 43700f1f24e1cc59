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
  /** Failed attempts (missing or wrong token) per client address per minute before that address gets 429s; undefined = no limit. */
  failuresPerMinute?: number | undefined;
}

/** Counts failed attempts per client address in fixed one-minute windows. */
function failureCounter(max: number | undefined): { over(ip: string): number | null; fail(ip: string): void } {
  let counts = new Map<string, number>();
  let windowStart = Date.now();
  const roll = (): void => {
    if (Date.now() - windowStart >= 60_000) {
      counts = new Map();
      windowStart = Date.now();
    }
  };
  return {
    over(ip) {
      if (max === undefined) return null;
      roll();
      return (counts.get(ip) ?? 0) >= max ? Math.max(1, Math.ceil((windowStart + 60_000 - Date.now()) / 1000)) : null;
    },
    fail(ip) {
      if (max === undefined) return;
      counts.set(ip, (counts.get(ip) ?? 0) + 1);
    },
  };
}

/** Adds the bearer check as an `onRequest` hook for mutating methods and decorates `request.actor`. */
export const authPlugin = sharedPlugin((app: FastifyInstance, options: AuthOptions, done: (err?: Error) => void) => {
  app.decorateRequest('actor', 'anonymous');
  if (options.tokens.length === 0) return done();
  const expected = options.tokens.map((t) => ({ name: t.name, digest: digest(t.secret) }));
  // Guessing a token is rate limited: past the failures allowed, an address gets 429s, and
  // its token is not even compared, until the minute is over.
  const failures = failureCounter(options.failuresPerMinute);
  app.addHook('onRequest', (request, reply, next) => {
    if (readMethods.has(request.method)) return next();
    const retryAfterSec = failures.over(request.ip);
    if (retryAfterSec !== null) {
      sendError(reply.header('retry-after', retryAfterSec), 429, 'rate-limited', `${request.method} ${request.url}: too many requests with a missing or wrong token from this address; retry in ${retryAfterSec} seconds`);
      return;
    }
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) {
      failures.fail(request.ip);
      sendError(reply.header('www-authenticate', 'Bearer'), 401, 'unauthorized', `${request.method} ${request.url}: this server requires Authorization: Bearer <token> on mutating routes`);
      return;
    }
    const given = digest(match[1]);
    // Every token is compared (no early exit), so the time taken says nothing about which matched.
    let actor: string | undefined;
    for (const t of expected) if (timingSafeEqual(given, t.digest) && actor === undefined) actor = t.name;
    if (actor === undefined) {
      failures.fail(request.ip);
      sendError(reply, 403, 'forbidden', `${request.method} ${request.url}: the bearer token is not valid`);
      return;
    }
    request.actor = actor;
    next();
  });
  done();
});
