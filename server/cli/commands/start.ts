// `wardtwin start` (what `npm start` runs): the headline study. The city maternal-child
// hospital without cabinets against the same hospital with them, with common random numbers.
// By default it builds the visualizer if needed, starts the server on 127.0.0.1 (port 8080 or
// `--port`, a free port if that one is busy), runs the study as the server's compare job,
// prints the comparison table, the headline lines on the programme's aims (boundary crossings,
// contacts, nurse time, trip time) and the URL of the compare page, and keeps serving until
// Ctrl-C. `--no-serve` runs the study in this process and exits; `--json` prints the
// comparison JSON and exits (in process too).
import type { Command } from 'commander';
import { defaultDbPath } from '../../config.js';
import { badInput } from '../cli-error.js';
import { integerFlag } from '../options.js';
import { serverSettings } from '../../ops/env-config.js';
import { formatHeadline } from '../output/result-tables.js';
import { serveHeadline } from '../start/headline-server.js';
import { startWords } from '../start/start-words.js';
import { fill } from '../output/header-messages.js';
import { addCompareFlags, compareCommand } from './compare.js';
import type { CompareFlags } from './compare.js';
import { wrapText } from '../output/display-width.js';
import { cliLang } from '../output/messages.js';

/** The two presets of the headline study: baseline first, so differences read "cabinets − baseline". */
export const HEADLINE_STUDY = ['city-mch-baseline', 'city-mch'] as const;

/** Flags of `start`: the compare flags plus where and whether to serve. */
export interface StartFlags extends CompareFlags {
  /** False with `--no-serve`. */
  serve: boolean;
  /** False with `--no-build`. */
  build: boolean;
  port?: number;
  db?: string;
}

/** Flags that only the in-process study understands (the server runs jobs on its own threads, to fixed replications). */
function rejectInProcessOnlyFlags(flags: StartFlags): void {
  const only = [flags.redis !== undefined ? '--redis' : null, flags.queue !== undefined ? '--queue' : null, flags.precision !== undefined ? '--precision' : null, flags.maxReplications !== undefined ? '--max-replications' : null].filter((f) => f !== null);
  if (only.length > 0) throw badInput(fill(startWords(cliLang(flags.lang)).inProcessOnly, { flags: only.join(', '), verb: only.length === 1 ? 'needs' : 'need' }));
}

/** Registers `start [--port P] [--db PATH] [--no-serve] [--no-build] [--seed N] [--replications R] [--days D] [--workers N | --redis URL] [--precision kpi:hw[%]] [--json]`. */
export function registerStart(program: Command): void {
  addCompareFlags(
    program
      .command('start')
      .description(`headline study ${HEADLINE_STUDY[1]} (cabinets) against ${HEADLINE_STUDY[0]} (common random numbers) on the server, with the visualizer; --no-serve or --json: in process, then exit`)
      .option('--port <port>', 'port to serve on at 127.0.0.1 (a free port if it is busy); env WARDTWIN_PORT, default 8080', integerFlag('--port', 0, 65535))
      .option('--db <path>', `SQLite store of the server; env WARDTWIN_DB, default ${defaultDbPath()}`)
      .option('--no-serve', 'run the study in this process, print it and exit (no server)')
      .option('--no-build', 'serve the visualizer as built (do not build it when missing or stale)'),
  ).action(async (flags: StartFlags) => {
    if (flags.json === true || !flags.serve) {
      const result = await compareCommand(HEADLINE_STUDY, flags);
      if (flags.json !== true) process.stdout.write(wrapText(`\n${formatHeadline(result, cliLang(flags.lang))}`));
      return;
    }
    rejectInProcessOnlyFlags(flags);
    let settings;
    try {
      settings = serverSettings({ port: flags.port, db: flags.db }, { host: '127.0.0.1', port: 8080, logLevel: 'warn' });
    } catch (error) {
      throw badInput(`start: ${error instanceof Error ? error.message : String(error)}`);
    }
    await serveHeadline({
      study: HEADLINE_STUDY,
      port: settings.port,
      dbPath: settings.dbPath,
      build: flags.build,
      lang: cliLang(flags.lang),
      explain: flags.explain === true,
      ...(flags.replications !== undefined ? { replications: flags.replications } : {}),
      ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
      ...(flags.days !== undefined ? { days: flags.days } : {}),
      // `--workers 0` means "in this process" to the CLI; on the server the nearest is the job's own thread.
      ...(flags.workers !== undefined ? { workers: Math.max(1, flags.workers) } : {}),
    });
  });
}
