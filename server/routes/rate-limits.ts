/**
 * Route-level rate limits for mutating routes, per client address. Planners' jobs get a low
 * ceiling (each one costs CPU minutes); the ward's own dispense and twin traffic a high one.
 */
import type { ResolvedAppOptions } from '../config.js';

/** The route `config` enabling the right limit, or `{}` when rate limiting is off. */
export function rateLimited(config: ResolvedAppOptions, group: 'jobs' | 'dispensing'): { rateLimit?: { max: number; timeWindow: number } } {
  if (config.rateLimit === false) return {};
  const max = group === 'jobs' ? config.rateLimit.jobsPerMinute : config.rateLimit.dispensingPerMinute;
  return { rateLimit: { max, timeWindow: 60_000 } };
}
