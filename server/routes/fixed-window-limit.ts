/**
 * A lean rate limit for the ward's own traffic (dispense, restock, twin events): a fixed
 * one-minute window of request counts per client address, checked synchronously in one
 * `onRequest` hook. The cabinets call these routes thousands of times a second, so the
 * general-purpose limiter's per-request cost (an async hook chain, a store callback, three
 * `x-ratelimit-*` headers on every answer) showed in the dispense benchmark; this one costs a
 * map lookup and says nothing until a client is over its limit, when it answers the usual JSON
 * 429 with `retry-after` and the limit headers.
 */
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { sendError } from '../errors.js';

/** An `onRequest` hook limiting each client address to `max` requests per window. */
export type LimitHook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;

/**
 * Creates the limiter.
 * @param max requests per client address per window (>= 1)
 * @param windowMs window length in ms; default 60 000
 * @param now wall clock in ms; default `Date.now` (a test seam)
 * @throws RangeError when `max` or `windowMs` is not a positive integer
 */
export function fixedWindowLimit(max: number, windowMs = 60_000, now: () => number = Date.now): LimitHook {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`fixedWindowLimit: max(=${max}) must be an integer >= 1`);
  if (!Number.isInteger(windowMs) || windowMs < 1) throw new RangeError(`fixedWindowLimit: windowMs(=${windowMs}) must be an integer >= 1`);
  let counts = new Map<string, number>();
  let windowStart = now();
  return (request, reply, done) => {
    const t = now();
    if (t - windowStart >= windowMs) {
      // A new window forgets every client at once: no timers, and memory bounded by one window's clients.
      counts = new Map();
      windowStart = t;
    }
    const key = request.ip;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= max) return done();
    const retryAfterSec = Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000));
    reply.header('retry-after', retryAfterSec).header('x-ratelimit-limit', max).header('x-ratelimit-remaining', 0).header('x-ratelimit-reset', retryAfterSec);
    sendError(reply, 429, 'rate-limited', `${request.method} ${request.url}: rate limit exceeded, retry in ${retryAfterSec} seconds`);
  };
}
