// `wardtwin serve [--host H] [--port P] [--db PATH] [--ward PRESET] [--workers N] [limits]`: starts the
// ward server (HTTP API, OpenAPI at /docs, the visualizer at /) and keeps it running until
// SIGINT or SIGTERM, then closes it cleanly; runs still going are left for the next start to
// re-run. Binding a non-loopback host needs WARDTWIN_TOKEN (the server refuses otherwise).
import type { Command } from 'commander';
import { startServer } from '../../server.js';
import { defaultDbPath } from '../../config.js';
import type { ServerLimits } from '../../config.js';
import { badInput } from '../cli-error.js';
import { readOnlyTwinNotice } from '../twin-notice.js';

/** Flags of `serve`. */
export interface ServeFlags {
  host: string;
  port: string;
  db?: string;
  ward: string;
  workers?: string;
  jobBudget?: string;
  forecastBudget?: string;
  maxPatients?: string;
  twinMaxSkew?: string;
  allowedHosts?: string;
}

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
  const port = integer('port', flags.port, 0, 65535);
  const workers = flags.workers === undefined ? undefined : integer('workers', flags.workers, 1, 1024);
  const limits = limitFlags(flags);
  const allowedHosts = flags.allowedHosts === undefined ? [] : flags.allowedHosts.split(',').map((h) => h.trim()).filter((h) => h !== '');
  let server;
  try {
    server = await startServer({ host: flags.host, port, dbPath: flags.db ?? defaultDbPath(), wardPreset: flags.ward, limits, allowedHosts, ...(workers !== undefined ? { replicationWorkers: workers } : {}) });
  } catch (error) {
    throw badInput(error instanceof Error ? error.message : String(error));
  }
  process.stderr.write(`wardtwin: serving ${server.url} (API /api, docs /docs; store ${flags.db ?? defaultDbPath()})\n`);
  const notice = readOnlyTwinNotice(server.app, flags.db ?? defaultDbPath());
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
    .option('--host <host>', 'address to bind (non-loopback needs WARDTWIN_TOKEN)', '127.0.0.1')
    .option('--port <port>', 'TCP port (0 = any free port)', '8080')
    .option('--db <path>', `SQLite store for runs and the twin ledger (default ${defaultDbPath()})`)
    .option('--ward <preset>', 'preset whose cabinets the dispensing service and twin use', 'county-mch')
    .option('--workers <n>', 'replication threads per running job (default all cores)')
    .option('--job-budget <n>', 'most simulated deliveries one job may cost (replications x days x deliveries a day; default 5000000)')
    .option('--forecast-budget <n>', 'most replications x 15-minute steps x people one twin forecast may cost (default 10000000)')
    .option('--max-patients <n>', 'most patients admitted at once in the dispensing service and the twin (default 2000)')
    .option('--twin-max-skew <min>', 'furthest a twin event may lie after the twin clock, minutes (default 10080)')
    .option('--allowed-hosts <names>', 'comma-separated host names accepted in Host and Origin besides loopback and the bound address')
    .action(async (flags: ServeFlags) => {
      await serveCommand(flags);
    });
}
