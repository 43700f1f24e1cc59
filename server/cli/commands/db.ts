// `wardtwin db check [--db PATH] [--json]` and `wardtwin db repair [--db PATH] [--json]`: the
// operator's tools for the server's store, run with the server stopped (they take the same
// lock). check reads only: integrity, schema version, counts, whether each ward's twin ledger
// replays; exit 0 when sound, 1 with problems. repair quarantines ledger rows that do not
// replay and resolves the quarantine, so the next start is read-write; it deletes nothing and
// leaves a store with damaged pages untouched (exit 1).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { DispensingConfig } from '../../../engine/index.js';
import type { Scenario } from '../../../scenarios/index.js';
import { defaultDbPath } from '../../config.js';
import { presetCatalog } from '../../services/preset-catalog.js';
import { simulationDispensingConfig, wardDispensingConfig } from '../../services/ward-config.js';
import { closeDatabase, openDatabase } from '../../store/database.js';
import type { Db } from '../../store/database.js';
import { checkStore } from '../../store/store-check.js';
import type { StoreCheckReport, WardConfigLookup } from '../../store/store-check.js';
import { StoreError } from '../../store/store-errors.js';
import { repairStore } from '../../store/store-repair.js';
import type { StoreRepairReport } from '../../store/store-repair.js';
import { EXIT_RUN_FAILED, badInput } from '../cli-error.js';
import { writeJson } from '../output/json.js';
import { dbWords, storeProblemText } from '../output/db-words.js';
import { TERMINAL_COLUMNS, displayWidth, wrapText } from '../output/display-width.js';
import { fill } from '../output/header-messages.js';
import { cliLang } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';

const LANG_HELP = 'language of the report: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)';

interface DbFlags {
  db?: string;
  json?: boolean;
  lang?: string;
}

/**
 * Ward id → the dispensing configuration of the preset with that id: what the server's twin
 * uses, or with `service` what the dispensing service uses.
 */
function presetWards(service = false): WardConfigLookup {
  const catalog = presetCatalog();
  const byId = new Map<string, DispensingConfig | null>();
  for (const { name } of catalog.list()) {
    const scenario = catalog.get(name) as Scenario | undefined;
    if (scenario !== undefined && !byId.has(scenario.meta.id)) byId.set(scenario.meta.id, service ? (scenario.cabinets.instances.length > 0 ? wardDispensingConfig(scenario) : null) : simulationDispensingConfig(scenario));
  }
  return (ward) => byId.get(ward) ?? null;
}

/** Opens the store for a db command, or returns the damage that stopped it. */
function openForCommand(command: string, path: string, lang: CliLang): Db | StoreError {
  if (!existsSync(path)) throw badInput(fill(dbWords(lang).noStore, { command, path }));
  try {
    return openDatabase(path, { command: `wardtwin ${command}`, verify: false, migrate: false });
  } catch (error) {
    if (error instanceof StoreError && error.reason === 'corrupt') return error;
    if (error instanceof StoreError) throw badInput(`${command}: ${storeProblemText(error.message, lang)}`);
    throw error;
  }
}

/** `  label` padded to the report's value column (15 columns, by display width). */
const label = (text: string): string => `  ${text}${' '.repeat(Math.max(1, 13 - displayWidth(text)))}`;

function printCheck(r: StoreCheckReport, lang: CliLang): void {
  const w = dbWords(lang);
  const verdict = (code: string): string => w.verdicts[code] ?? code;
  const count = (o: Record<string, number>): string => Object.entries(o).map(([k, n]) => `${n} ${w.statuses[k] ?? k}`).join(', ') || w.none;
  const lines = [
    `${w.store} ${r.path}`,
    `${label(w.integrity)}${r.integrity.join('; ')}`,
    `${label(w.schema)}${fill(w.schemaLine, { version: r.schemaVersion, expected: r.expectedSchemaVersion })}`,
    `${label(w.runs)}${count(r.runs)}`,
    `${label(w.twinEvents)}${r.wards.map((x) => `${x.ward} ${x.events}`).join(', ') || w.none}`,
    `${label(w.quarantine)}${fill(w.quarantineLine, { open: r.quarantine.open, resolved: r.quarantine.resolved })}`,
    ...r.wards.map((x) => `${label(w.replay)}${x.ward}: ${verdict(x.replay)}${x.unreplayable.length > 0 ? fill(w.rowsSuffix, { n: x.unreplayable.length }) : ''}`),
    `${label(w.dispensing)}${r.dispensing.map((d) => fill(w.dispensingLine, { ward: d.ward, events: d.events, replay: verdict(d.replay) })).join(', ') || w.none}`,
    r.ok ? w.ok : fill(w.problems, { n: r.problems.length }),
    ...r.problems.map((p) => `  - ${storeProblemText(p, lang)}`),
  ];
  process.stdout.write(`${wrapText(lines.join('\n'), TERMINAL_COLUMNS, 4)}\n`);
}

function printRepair(r: StoreRepairReport, lang: CliLang): void {
  const w = dbWords(lang);
  if (r.damaged !== null) {
    process.stdout.write(`${wrapText(fill(w.damaged, { path: r.path, detail: r.damaged.join('; ') }))}\n`);
    return;
  }
  const lines = [`${w.store} ${r.path}`];
  for (const x of r.wards) {
    if (x.skipped !== null) {
      lines.push(fill(w.notRepaired, { ward: x.ward, why: storeProblemText(x.skipped, lang) }));
      continue;
    }
    lines.push(fill(w.moved, { ward: x.ward, n: x.moved.length, colon: x.moved.length > 0 ? (lang === 'en' ? ':' : '：') : '' }));
    for (const m of x.moved) lines.push(fill(w.movedRow, { seq: m.seq, event: m.eventId, time: m.timeMin, reason: m.reason }));
    lines.push(fill(w.resolved, { ward: x.ward, n: x.resolved }));
  }
  if (r.wards.length === 0) lines.push(w.noLedger);
  process.stdout.write(`${wrapText(lines.join('\n'), TERMINAL_COLUMNS, 4)}\n`);
}

function withStore<T>(command: string, flags: DbFlags, work: (db: Db, path: string) => T, damaged: (error: StoreError, path: string) => T): T {
  const path = flags.db ?? defaultDbPath();
  const db = openForCommand(command, path, cliLang(flags.lang));
  if (db instanceof StoreError) return damaged(db, path);
  try {
    return work(db, path);
  } finally {
    closeDatabase(db);
  }
}

/** Registers `db check` and `db repair`. */
export function registerDb(program: Command): void {
  const db = program.command('db').description('check or repair the server\'s SQLite store (stop the server first)');
  db.command('check')
    .description('integrity, schema version, counts, and whether the twin and dispensing ledgers replay; exit 0 sound, 1 problems')
    .option('--db <path>', `the store (default ${defaultDbPath()})`)
    .option('--json', 'print the report as JSON')
    .option('--lang <lang>', LANG_HELP, (raw: string) => cliLang(raw))
    .action((flags: DbFlags) => {
      const report = withStore('db check', flags, (handle, path) => checkStore(handle, path, presetWards(), presetWards(true)), (error, path): StoreCheckReport => ({
        path, ok: false, integrity: [error.message], schemaVersion: 0, expectedSchemaVersion: 0, runs: {}, quarantine: { open: 0, resolved: 0 }, wards: [], dispensing: [], problems: [error.message],
      }));
      if (flags.json === true) writeJson(report);
      else printCheck(report, cliLang(flags.lang));
      if (!report.ok) process.exitCode = EXIT_RUN_FAILED;
    });
  db.command('repair')
    .description('move twin ledger rows that do not replay to twin_quarantine and resolve it, so the next start is read-write; deletes nothing')
    .option('--db <path>', `the store (default ${defaultDbPath()})`)
    .option('--json', 'print what was done as JSON')
    .option('--lang <lang>', LANG_HELP, (raw: string) => cliLang(raw))
    .action((flags: DbFlags) => {
      const report = withStore('db repair', flags, (handle, path) => repairStore(handle, path, presetWards()), (error, path): StoreRepairReport => ({ path, ok: false, damaged: [error.message], wards: [] }));
      if (flags.json === true) writeJson(report);
      else printRepair(report, cliLang(flags.lang));
      if (!report.ok) process.exitCode = EXIT_RUN_FAILED;
    });
}
