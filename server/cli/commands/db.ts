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

interface DbFlags {
  db?: string;
  json?: boolean;
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
function openForCommand(command: string, path: string): Db | StoreError {
  if (!existsSync(path)) throw badInput(`${command}: no store at ${path}`);
  try {
    return openDatabase(path, { command: `wardtwin ${command}`, verify: false, migrate: false });
  } catch (error) {
    if (error instanceof StoreError && error.reason === 'corrupt') return error;
    if (error instanceof StoreError) throw badInput(`${command}: ${error.message}`);
    throw error;
  }
}

function printCheck(r: StoreCheckReport): void {
  const count = (o: Record<string, number>): string => Object.entries(o).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  const lines = [
    `store ${r.path}`,
    `  integrity    ${r.integrity.join('; ')}`,
    `  schema       ${r.schemaVersion} (this wardtwin writes ${r.expectedSchemaVersion})`,
    `  runs         ${count(r.runs)}`,
    `  twin events  ${r.wards.map((w) => `${w.ward} ${w.events}`).join(', ') || 'none'}`,
    `  quarantine   ${r.quarantine.open} open, ${r.quarantine.resolved} resolved`,
    ...r.wards.map((w) => `  replay       ${w.ward}: ${w.replay}${w.unreplayable.length > 0 ? ` (${w.unreplayable.length} row(s))` : ''}`),
    `  dispensing   ${r.dispensing.map((d) => `${d.ward} ${d.events} events: ${d.replay}`).join(', ') || 'none'}`,
    r.ok ? 'ok: a server starts on this store read-write' : `${r.problems.length} problem(s):`,
    ...r.problems.map((p) => `  - ${p}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printRepair(r: StoreRepairReport): void {
  if (r.damaged !== null) {
    process.stdout.write(`store ${r.path} has damaged pages (integrity_check: ${r.damaged.join('; ')}); repair changed nothing: restore a backup, or salvage what is readable with sqlite3's .recover\n`);
    return;
  }
  const lines = [`store ${r.path}`];
  for (const w of r.wards) {
    if (w.skipped !== null) {
      lines.push(`  ward ${w.ward}: not repaired: ${w.skipped}`);
      continue;
    }
    lines.push(`  ward ${w.ward}: ${w.moved.length} ledger row(s) moved to twin_quarantine${w.moved.length > 0 ? ':' : ''}`);
    for (const m of w.moved) lines.push(`    row ${m.seq} (event "${m.eventId}", timeMin ${m.timeMin}): ${m.reason}`);
    lines.push(`  ward ${w.ward}: ${w.resolved} quarantined row(s) resolved (kept in twin_quarantine; the twin starts read-write without them)`);
  }
  if (r.wards.length === 0) lines.push('  no twin ledger: nothing to repair');
  process.stdout.write(`${lines.join('\n')}\n`);
}

function withStore<T>(command: string, flags: DbFlags, work: (db: Db, path: string) => T, damaged: (error: StoreError, path: string) => T): T {
  const path = flags.db ?? defaultDbPath();
  const db = openForCommand(command, path);
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
    .action((flags: DbFlags) => {
      const report = withStore('db check', flags, (handle, path) => checkStore(handle, path, presetWards(), presetWards(true)), (error, path): StoreCheckReport => ({
        path, ok: false, integrity: [error.message], schemaVersion: 0, expectedSchemaVersion: 0, runs: {}, quarantine: { open: 0, resolved: 0 }, wards: [], dispensing: [], problems: [error.message],
      }));
      if (flags.json === true) writeJson(report);
      else printCheck(report);
      if (!report.ok) process.exitCode = EXIT_RUN_FAILED;
    });
  db.command('repair')
    .description('move twin ledger rows that do not replay to twin_quarantine and resolve it, so the next start is read-write; deletes nothing')
    .option('--db <path>', `the store (default ${defaultDbPath()})`)
    .option('--json', 'print what was done as JSON')
    .action((flags: DbFlags) => {
      const report = withStore('db repair', flags, (handle, path) => repairStore(handle, path, presetWards()), (error, path): StoreRepairReport => ({ path, ok: false, damaged: [error.message], wards: [] }));
      if (flags.json === true) writeJson(report);
      else printRepair(report);
      if (!report.ok) process.exitCode = EXIT_RUN_FAILED;
    });
}
