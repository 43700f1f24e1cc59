/**
 * Redis connection settings from a URL (`redis://[:password@]host:port[/db]`), shared by the
 * queue client and the queue workers so both sides read the same address the same way.
 */
import type { ConnectionOptions } from 'bullmq';

/** Default queue name; clients and workers must agree on it. */
export const DEFAULT_QUEUE_NAME = 'wardtwin-replications';

/**
 * Parses a Redis URL into connection options for BullMQ.
 * `maxRetriesPerRequest: null` is what BullMQ workers require (blocking commands must not time out).
 * @throws RangeError when the URL is not redis:// or rediss:// or has a bad port
 */
export function redisOptionsFromUrl(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RangeError(`redisOptionsFromUrl: url(=${JSON.stringify(url)}) must be a URL like redis://127.0.0.1:6379`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new RangeError(`redisOptionsFromUrl: url(=${JSON.stringify(url)}) must use redis:// or rediss://`);
  }
  const port = u.port === '' ? 6379 : Number(u.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new RangeError(`redisOptionsFromUrl: port(=${u.port}) must be an integer in 1..65535`);
  }
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new RangeError(`redisOptionsFromUrl: db(=${u.pathname.slice(1)}) must be an integer >= 0`);
  return {
    host: u.hostname,
    port,
    db,
    ...(u.username !== '' ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password !== '' ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}
