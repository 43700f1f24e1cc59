/**
 * Route-level rate limits for mutating routes, per client address. Planners' jobs get a low
 * ceiling (each one costs CPU minutes) through `@fastify/rate-limit`; the ward's own dispense,
 * restock and twin traffic a high one through the lean fixed-window hook (one budget per app
 * for the whole group), unless the configuration asks for the plugin there too (benchmarks
 * compare the two).
 */
import type { ResolvedAppOptions } from '../config.js';
import { fixedWindowLimit } from './fixed-window-limit.js';
import type { LimitHook } from './fixed-window-limit.js';

/** Route options that switch a route's rate limit on: a plugin `config`, or an `onRequest` hook. */
export interface RouteLimit {
  config?: { rateLimit: { max: number; timeWindow: number } };
  onRequest?: LimitHook;
}

const dispensingHooks = new WeakMap<ResolvedAppOptions, LimitHook>();

/** The route options enabling the right limit, or `{}` when rate limiting is off. */
export function rateLimited(config: ResolvedAppOptions, group: 'jobs' | 'dispensing'): RouteLimit {
  if (config.rateLimit === false) return {};
  if (group === 'jobs') return { config: { rateLimit: { max: config.rateLimit.jobsPerMinute, timeWindow: 60_000 } } };
  if (config.rateLimit.dispensingLimiter === 'plugin') return { config: { rateLimit: { max: config.rateLimit.dispensingPerMinute, timeWindow: 60_000 } } };
  let hook = dispensingHooks.get(config);
  if (hook === undefined) {
    hook = fixedWindowLimit(config.rateLimit.dispensingPerMinute);
    dispensingHooks.set(config, hook);
  }
  return { onRequest: hook };
}
