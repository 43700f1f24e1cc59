/**
 * Scenarios shared through Redis by content hash, so that a distributed job is only
 * (scenario hash, seed, replication): the client stores each scenario of a batch once, and
 * each worker fetches it once and keeps it. A sweep of 200 jobs over 10 scenario variants then
 * moves 10 scenario documents instead of 200, and a job message is a few dozen bytes. The hash
 * is of the validated document's JSON, so the same scenario always has the same key, and a
 * worker can never run a job against a different scenario than the client meant.
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Scenario } from '../../../scenarios/index.js';
import { redisOptionsFromUrl } from './redis-connection.js';

/** How long a stored scenario outlives its last batch, s (workers that join late still find it). */
export const SCENARIO_TTL_SECONDS = 7 * 24 * 3600;

/** SHA-256 (hex) of the scenario's JSON text. */
export function scenarioHash(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
}

/** An ioredis client for the URL, checked the way the queue checks it. */
function connect(redisUrl: string): Redis {
  redisOptionsFromUrl(redisUrl);
  return new Redis(redisUrl, { maxRetriesPerRequest: null });
}

function keyOf(queueName: string, hash: string): string {
  return `wardtwin:${queueName}:scenario:${hash}`;
}

/** The client side: stores scenarios before their jobs are queued. */
export interface ScenarioPublisher {
  /** Stores every distinct scenario (once per publisher lifetime) and returns each one's hash, in order. */
  publish(scenarios: readonly Scenario[]): Promise<string[]>;
  close(): Promise<void>;
}

/** Creates a publisher on its own Redis connection. */
export function createScenarioPublisher(redisUrl: string, queueName: string): ScenarioPublisher {
  const redis = connect(redisUrl);
  const hashes = new WeakMap<Scenario, string>();
  const stored = new Set<string>();
  return {
    async publish(scenarios) {
      const out: string[] = [];
      for (const s of scenarios) {
        let h = hashes.get(s);
        if (h === undefined) {
          h = scenarioHash(s);
          hashes.set(s, h);
        }
        if (!stored.has(h)) {
          await redis.set(keyOf(queueName, h), JSON.stringify(s), 'EX', SCENARIO_TTL_SECONDS);
          stored.add(h);
        } else if (!out.includes(h)) {
          // Refresh the expiry of a scenario stored earlier by this client.
          await redis.expire(keyOf(queueName, h), SCENARIO_TTL_SECONDS);
        }
        out.push(h);
      }
      return out;
    },
    async close() {
      await redis.quit();
    },
  };
}

/** The worker side: fetches scenarios by hash and keeps the most recent ones. */
export interface ScenarioCache {
  /** The scenario of `hash`. @throws Error when Redis has no such scenario (expired or never stored) */
  get(hash: string): Promise<Scenario>;
  close(): Promise<void>;
}

/**
 * Creates a cache on its own Redis connection.
 * @param capacity - scenarios kept in memory; default 64
 */
export function createScenarioCache(redisUrl: string, queueName: string, capacity = 64): ScenarioCache {
  const redis = connect(redisUrl);
  const cache = new Map<string, Promise<Scenario>>();
  return {
    get(hash) {
      const hit = cache.get(hash);
      if (hit !== undefined) {
        cache.delete(hash);
        cache.set(hash, hit); // most recently used last
        return hit;
      }
      const load = redis.get(keyOf(queueName, hash)).then((text) => {
        if (text === null) throw new Error(`ScenarioCache: no scenario ${hash} on Redis (expired, or stored on another queue)`);
        return JSON.parse(text) as Scenario;
      });
      // A failed fetch must not stay cached.
      load.catch(() => cache.delete(hash));
      cache.set(hash, load);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return load;
    },
    async close() {
      await redis.quit();
    },
  };
}
