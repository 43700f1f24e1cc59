// `wardtwin serve [--host H] [--port P] [--db PATH] [--ward PRESET] [--workers N] [--log-level L] [limits]`
// (each of the first five also from WARDTWIN_HOST, _PORT, _DB, _WORKERS, _LOG_LEVEL; flags win): starts the
// ward server (HTTP API, OpenAPI at /docs, the visualizer at /) and keeps it running until
// SIGINT or SIGTERM, then closes it cleanly; runs still going are left for the next start to
// re-run. Binding a non-loopback host needs WARDTWIN_TOKEN or WARDTWIN_TOKENS (the server refuses
// otherwise). Logs are JSON lines on stdout (the dispensing access log at info).
import type { Command } from 'commander';
import { startServer } from '../../server.js';
import { defaultDbPath } from '../../config.js';
import type { ServerLimits } from '../../config.js';
import { badInput } from '../cli-error.js';
import { readOnlyTwinNotice } from '../twin-notice.js';
import { LOG_LEVELS, serverSettings } from '../../ops/env-config.js';
import type { ServerFlags } from '../../ops/env-config.js';

/** Flags of `serve`; each unset one of {@link ServerFlags} falls back to its WARDTWIN_* variable, then the default. */
export type ServeFlags = ServerFlags & {
  ward: string;
  jobBudget?: string;
  forecastBudget?: string;
  maxPatients?: string;
  twinMaxSkew?: string;
  allowedHosts?: string;
};

/** The limit flags given, as `ServerLimits` overrides. */
function limitFlags(flags: ServeFlags): Partial<ServerLimits> {
  const limits: Partial<ServerLimits> = {};
  if (flags.jobBudget !== undefined) limits.maxJobCost = integer('job-budget', flags.jobBudget, 1, 1e12);
  if (flags.forecastBudget !== undefined) limits.maxForecastCost = integer('forecast-budget', flags.forecastBudget, 1, 1e12);
  if (flags.maxPatients !== undefined) limits.maxPatients = integer('max-patients', flags.maxPatients, 1, 1_000_000);
  if (flags.twinMaxSkew !== undefined) limits.maxTwinSkewMin = integer('twin-max-skew', flags.twinMaxSkew, 1, 1e9);
  return limits;
}

function integer(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`serve: --${name}(=${text}) must be an integer in ${min}..${max}`);
  return n;
}

/** Starts the server with `flags` and resolves when a signal has closed it. */
export async function serveCommand(flags: ServeFlags): Promise<void> {
  let settings;
  try {
    settings = serverSettings(flags, { host: '127.0.0.1', port: 8080, logLevel: 'info' });
  } catch (error) {
    throw badInput(`serve: ${error instanceof Error ? error.message : String(error)}`);
  }
  const limits = limitFlags(flags);
  const allowedHosts = flags.allowedHosts === undefined ? [] : flags.allowedHosts.split(',').map((h) => h.trim()).filter((h) => h !== '');
  let server;
  try {
    server = await startServer({ host: settings.host, port: settings.port, dbPath: settings.dbPath, wardPreset: flags.ward, logLevel: settings.logLevel, limits, allowedHosts, ...(settings.workers !== undefined ? { replicationWorkers: settings.workers } : {}) });
  } catch (error) {
    throw badInput(error instanceof Error ? error.message : String(error));
  }
  process.stderr.write(`wardtwin: serving ${server.url} (API /api, docs /docs, ready /api/ready, metrics /metrics; store ${settings.dbPath})\n`);
  const notice = readOnlyTwinNotice(server.app, settings.dbPath);
  if (notice !== null) process.stderr.write(notice);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Registers `serve`. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API, live streams, dispensing service and twin (default 127.0.0.1:8080)')
    .option('--host <host>', 'address to bind (non-loopback needs WARDTWIN_TOKEN or WARDTWIN_TOKENS); env WARDTWIN_HOST, default 127.0.0.1')
    .option('--port <port>', 'TCP port (0 = any free port); env WARDTWIN_PORT, default 8080')
    .option('--db <path>', `SQLite store for runs and the twin ledger; env WARDTWIN_DB, default ${defaultDbPath()}`)
    .option('--ward <preset>', 'preset whose cabinets the dispensing service and twin use', 'county-mch')
    .option('--workers <n>', 'replication threads per running job; env WARDTWIN_WORKERS, default all cores')
    .option('--log-level <level>', `JSON log level on stdout (${LOG_LEVELS.join(', ')}); env WARDTWIN_LOG_LEVEL, default info`)
    .option('--job-budget <n>', 'most simulated deliveries one job may cost (replications x days x deliveries a day; default 5000000)')
    .option('--forecast-budget <n>', 'most replications x 15-minute steps x people one twin forecast may cost (default 10000000)')
    .option('--max-patients <n>', 'most patients admitted at once in the dispensing service and the twin (default 2000)')
    .option('--twin-max-skew <min>', 'furthest a twin event may lie after the twin clock, minutes (default 10080)')
    .option('--allowed-hosts <names>', 'comma-separated host names accepted in Host and Origin besides loopback and the bound address')
    .action(async (flags: ServeFlags) => {
      await serveCommand(flags);
    });
}
