/**
 * Request ids: a client's (or a proxy's) `x-request-id` is kept when it is a plain token of up
 * to 128 characters, so one id follows a request through the hospital's proxies and into these
 * logs; anything else gets a fresh UUID rather than being written into the logs as given.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const PLAIN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's `genReqId`: the request's id. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && PLAIN.test(given) ? given : randomUUID();
}
