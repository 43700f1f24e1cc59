/**
 * Server configuration: where the ward's run store lives, who may change things, and the
 * limits that keep one careless client from starving the cabinets' dispensing service.
 * Every option has a default here, in one place, so the CLI, tests and the benchmark all
 * complete a partial options object the same way.
 */
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import type { LedgerEvent } from '../engine/index.js';
import { parseNamedTokens } from './ops/tokens.js';
import type { NamedToken } from './ops/tokens.js';

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
  /**
   * Budget of one job (run, compare, sweep, size) in simulated deliveries: replications x
   * simulated days x deliveries a day, summed over its scenarios (for a size job, over its
   * candidates at their most replications). Default 5,000,000 (some 20-40 minutes of one core).
   */
  maxJobCost: number;
  /** Budget of one twin forecast: replications x 15-minute steps x people on the ward (admitted plus expected births). Default 10,000,000 (a few seconds). */
  maxForecastCost: number;
  /** Most patients admitted at once, in the dispensing service and in the twin. Default 2000 (a provincial ward holds ~450). */
  maxPatients: number;
  /** Furthest a twin event may lie ahead of the twin's clock, in minutes. Default 10080 (7 days). */
  maxTwinSkewMin: number;
  /** Largest body of POST /api/twin/calibrate, in bytes (a cabinet log). Default 32 MiB (some 400,000 CSV rows). */
  calibrateBodyLimitBytes: number;
  /** Most rows of one cabinet log to calibrate from. Default 200,000 (about a month of a provincial ward). */
  maxCalibrateRows: number;
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
  /** Requests with a missing or wrong bearer token per client address; beyond it every mutating request from that address is a 429 until the minute is over. Default 30. */
  authFailuresPerMinute: number;
}

/** Options accepted by {@link buildApp}; every field is optional and completed by {@link resolveAppOptions}. */
export interface AppOptions {
  /** SQLite file for runs and the twin ledger; `':memory:'` keeps nothing. Default {@link defaultDbPath}(). */
  dbPath?: string;
  /** Bearer token required on mutating routes; default `process.env.WARDTWIN_TOKEN`, none if unset. */
  token?: string;
  /** Named bearer tokens (each name is an actor in the access log); default parsed from `process.env.WARDTWIN_TOKENS`. */
  tokens?: readonly NamedToken[];
  /** Preset scenario whose cabinets and catalog the dispensing service and twin use. Default `'county-mch'`. */
  wardPreset?: string;
  /** Limit overrides, see {@link ServerLimits}. */
  limits?: Partial<ServerLimits>;
  /** Rate-limit overrides, or `false` to switch rate limiting off (benchmarks). */
  rateLimit?: Partial<RateLimits> | false;
  /** The address the server binds (`startServer` passes it); default `127.0.0.1`. `Host` must name it or a loopback name. */
  host?: string;
  /** Further host names accepted in `Host` and `Origin` (e.g. the name the ward network uses for this server). Default none. */
  allowedHosts?: readonly string[];
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
  host: string;
  allowedHosts: readonly string[];
  /** Every accepted token with its actor name: the named ones, plus `token` for {@link AppOptions.token}. */
  tokens: readonly NamedToken[];
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
  maxJobCost: 5_000_000,
  maxForecastCost: 10_000_000,
  maxPatients: 2000,
  maxTwinSkewMin: 7 * 1440,
  calibrateBodyLimitBytes: 32 * 1024 * 1024,
  maxCalibrateRows: 200_000,
});

/** The default rate limits (see {@link RateLimits}). */
export const defaultRateLimits: Readonly<RateLimits> = Object.freeze({
  jobsPerMinute: 120,
  dispensingPerMinute: 600_000,
  dispensingLimiter: 'fixed-window',
  authFailuresPerMinute: 30,
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
  const named = options.tokens ?? (env.WARDTWIN_TOKENS && env.WARDTWIN_TOKENS !== '' ? parseNamedTokens(env.WARDTWIN_TOKENS) : []);
  return {
    dbPath: options.dbPath ?? defaultDbPath(env),
    token,
    host: options.host ?? '127.0.0.1',
    allowedHosts: options.allowedHosts ?? [],
    tokens: token === undefined ? named : [...named, { name: 'token', secret: token }],
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
