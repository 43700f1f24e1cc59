/**
 * Server configuration: where the ward's run store lives, who may change things, and the
 * limits that keep one careless client from starving the cabinets' dispensing service.
 * Every option has a default here, in one place, so the CLI, tests and the benchmark all
 * complete a partial options object the same way.
 */
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import type { LedgerEvent } from '../engine/index.js';

/** Limits on requests and runs; exceeding one is a clear 4xx, never a slow server. */
export interface ServerLimits {
  /** Largest accepted request body in bytes. Default 1 MiB (a scenario document is ~10 KiB). */
  bodyLimitBytes: number;
  /** Most replications one run or compare may ask for. Default 200. */
  maxReplications: number;
  /** Longest simulated horizon one run may ask for, in days. Default 3660 (ten years). */
  maxHorizonDays: number;
  /** Runs executing at the same time (each in its own worker thread). Default 1. */
  maxRunningRuns: number;
  /** Jobs (runs, compares, sweeps, sizes) queued or running at once; a submission beyond this answers 429. Default 16. */
  maxActiveRuns: number;
  /** Most events in one POST /api/twin/events batch. Default 5000. */
  maxTwinBatch: number;
  /** Most forecast replications. Default 500. */
  maxForecastReplications: number;
  /** Most replications x horizon hours of one forecast (a what-if counts twice). Default 4800 (200 x 24 h). */
  maxForecastReplicationHours: number;
  /** Most patients present for a forecast to start (each is a bed in every replication). Default 2000. */
  maxForecastPatients: number;
  /** Most replication jobs in one sweep (grid points x replications). Default 2000. */
  maxSweepJobs: number;
  /** Most delivery volumes on one sizing curve (each is a whole search). Default 40. */
  maxSizeVolumes: number;
}

/** Rate limits per client address on mutating routes, in requests per minute. */
export interface RateLimits {
  /** Runs, compares, validation, cancels. Default 120 per minute. */
  jobsPerMinute: number;
  /** Dispense, restock and twin events: the ward's own traffic, one budget for the group. Default 600 000 per minute. */
  dispensingPerMinute: number;
  /**
   * How the dispensing group is limited: `'fixed-window'` (default), a synchronous per-address
   * counter that adds no headers until a client is over; `'plugin'`, `@fastify/rate-limit` as
   * the job routes use (its headers on every answer), kept so the HTTP benchmark can compare.
   */
  dispensingLimiter: 'fixed-window' | 'plugin';
}

/** Options accepted by {@link buildApp}; every field is optional and completed by {@link resolveAppOptions}. */
export interface AppOptions {
  /** SQLite file for runs and the twin ledger; `':memory:'` keeps nothing. Default {@link defaultDbPath}(). */
  dbPath?: string;
  /** Bearer token required on mutating routes; default `process.env.WARDTWIN_TOKEN`, none if unset. */
  token?: string;
  /** Preset scenario whose cabinets and catalog the dispensing service and twin use. Default `'county-mch'`. */
  wardPreset?: string;
  /** Limit overrides, see {@link ServerLimits}. */
  limits?: Partial<ServerLimits>;
  /** Rate-limit overrides, or `false` to switch rate limiting off (benchmarks). */
  rateLimit?: Partial<RateLimits> | false;
  /** Fastify logger level; default `'warn'` so that the dispense route logs nothing per request. */
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Start the runner and resume unfinished runs on ready. Default true; tests of the store turn it off. */
  startRunner?: boolean;
  /** Replication threads per running job (the experiments layer's pool). Default all cores; 1 = the job's own thread. */
  replicationWorkers?: number;
  /** Threads of the twin forecast's pool. Default 2 (at most the cores); 0 = the calling thread (tests only: it blocks the routes). */
  forecastWorkers?: number;
  /** Clock of the dispensing service in minutes since it started; default real time. A seam for benchmarks and tests. */
  serviceClockMin?: () => number;
  /** Called with every ledger event of the dispensing service (audits, benchmarks); default none. */
  onDispensingEvent?: (event: LedgerEvent) => void;
}

/** {@link AppOptions} with every default filled in. */
export interface ResolvedAppOptions {
  dbPath: string;
  token: string | undefined;
  wardPreset: string;
  limits: ServerLimits;
  rateLimit: RateLimits | false;
  logLevel: NonNullable<AppOptions['logLevel']>;
  startRunner: boolean;
  replicationWorkers: number;
  forecastWorkers: number;
  serviceClockMin: (() => number) | undefined;
  onDispensingEvent: ((event: LedgerEvent) => void) | undefined;
}

/** The default limits (see {@link ServerLimits} for each unit). */
export const defaultLimits: Readonly<ServerLimits> = Object.freeze({
  bodyLimitBytes: 1024 * 1024,
  maxReplications: 200,
  maxHorizonDays: 3660,
  maxRunningRuns: 1,
  maxActiveRuns: 16,
  maxTwinBatch: 5000,
  maxForecastReplications: 500,
  maxForecastReplicationHours: 4800,
  maxForecastPatients: 2000,
  maxSweepJobs: 2000,
  maxSizeVolumes: 40,
});

/** The default rate limits (see {@link RateLimits}). */
export const defaultRateLimits: Readonly<RateLimits> = Object.freeze({
  jobsPerMinute: 120,
  dispensingPerMinute: 600_000,
  dispensingLimiter: 'fixed-window',
});

/**
 * The default store path: `$XDG_DATA_HOME/wardtwin/wardtwin.db`, else
 * `~/.local/share/wardtwin/wardtwin.db`.
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME !== '' ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'wardtwin', 'wardtwin.db');
}

/** Completes {@link AppOptions} with defaults and rejects impossible limits with a named rule. */
export function resolveAppOptions(options: AppOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedAppOptions {
  const limits: ServerLimits = { ...defaultLimits, ...options.limits };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`buildApp: limits.${key}(=${String(value)}) must be an integer >= 1`);
    }
  }
  const replicationWorkers = options.replicationWorkers ?? availableParallelism();
  if (!Number.isInteger(replicationWorkers) || replicationWorkers < 1) {
    throw new RangeError(`buildApp: replicationWorkers(=${String(replicationWorkers)}) must be an integer >= 1`);
  }
  const forecastWorkers = options.forecastWorkers ?? Math.min(2, availableParallelism());
  if (!Number.isInteger(forecastWorkers) || forecastWorkers < 0) {
    throw new RangeError(`buildApp: forecastWorkers(=${String(forecastWorkers)}) must be an integer >= 0`);
  }
  const rateLimit = options.rateLimit === false ? false : { ...defaultRateLimits, ...options.rateLimit };
  const token = options.token ?? (env.WARDTWIN_TOKEN && env.WARDTWIN_TOKEN !== '' ? env.WARDTWIN_TOKEN : undefined);
  return {
    dbPath: options.dbPath ?? defaultDbPath(env),
    token,
    wardPreset: options.wardPreset ?? 'county-mch',
    limits,
    rateLimit,
    logLevel: options.logLevel ?? 'warn',
    startRunner: options.startRunner ?? true,
    replicationWorkers,
    forecastWorkers,
    serviceClockMin: options.serviceClockMin,
    onDispensingEvent: options.onDispensingEvent,
  };
}
