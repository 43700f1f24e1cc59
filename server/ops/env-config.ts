/**
 * Server settings from the environment as well as flags, for service managers and containers
 * that configure by environment: `WARDTWIN_HOST`, `WARDTWIN_PORT`, `WARDTWIN_DB`,
 * `WARDTWIN_LOG_LEVEL`, `WARDTWIN_WORKERS` (tokens: `WARDTWIN_TOKEN`, `WARDTWIN_TOKENS`, read by
 * the app's config). A flag given on the command line wins over the variable; an empty variable
 * counts as unset. A bad value is refused naming the flag or variable it came from.
 */
import { defaultDbPath } from '../config.js';
import type { AppOptions } from '../config.js';

/** Every environment variable the server reads (the deployment files are checked against it). */
export const SERVER_ENV_VARIABLES = ['WARDTWIN_HOST', 'WARDTWIN_PORT', 'WARDTWIN_DB', 'WARDTWIN_LOG_LEVEL', 'WARDTWIN_WORKERS', 'WARDTWIN_TOKEN', 'WARDTWIN_TOKENS', 'XDG_DATA_HOME'] as const;

/** The log levels Fastify's logger knows, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** A log level. */
export type LogLevel = NonNullable<AppOptions['logLevel']>;

/** Flags of `serve` (and `start`) that the environment can also set; undefined = not given. */
export interface ServerFlags {
  host?: string;
  port?: string | number;
  db?: string;
  logLevel?: string;
  workers?: string | number;
}

/** The settings a server starts with. */
export interface ServerSettings {
  host: string;
  /** TCP port, 0..65535. */
  port: number;
  dbPath: string;
  logLevel: LogLevel;
  /** Replication threads per job; undefined = the default (all cores). */
  workers: number | undefined;
}

/** Defaults where neither flag nor variable is given. */
export interface ServerDefaults {
  host: string;
  port: number;
  logLevel: LogLevel;
}

function pick(flag: string | number | undefined, flagName: string, env: NodeJS.ProcessEnv, variable: string): { value: string; from: string } | undefined {
  if (flag !== undefined) return { value: String(flag), from: flagName };
  const v = env[variable];
  return v === undefined || v === '' ? undefined : { value: v, from: variable };
}

function integer(given: { value: string; from: string }, min: number, max: number): number {
  const n = Number(given.value);
  if (given.value.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new RangeError(`${given.from}(=${given.value}) must be an integer in ${min}..${max}`);
  return n;
}

/**
 * Resolves the server settings: flag, else variable, else default.
 * @throws RangeError naming the flag or variable of a bad port, worker count or log level
 */
export function serverSettings(flags: ServerFlags, defaults: ServerDefaults, env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const port = pick(flags.port, '--port', env, 'WARDTWIN_PORT');
  const workers = pick(flags.workers, '--workers', env, 'WARDTWIN_WORKERS');
  const level = pick(flags.logLevel, '--log-level', env, 'WARDTWIN_LOG_LEVEL');
  if (level !== undefined && !(LOG_LEVELS as readonly string[]).includes(level.value)) throw new RangeError(`${level.from}(=${level.value}) must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    host: pick(flags.host, '--host', env, 'WARDTWIN_HOST')?.value ?? defaults.host,
    port: port === undefined ? defaults.port : integer(port, 0, 65535),
    dbPath: pick(flags.db, '--db', env, 'WARDTWIN_DB')?.value ?? defaultDbPath(env),
    logLevel: (level?.value as LogLevel | undefined) ?? defaults.logLevel,
    workers: workers === undefined ? undefined : integer(workers, 1, 1024),
  };
}
