// `wardtwin simulate-log <scenario> [--days D] [--seed N] [--out log.csv]`: the cabinet
// transaction log the ward model writes for one replication (admissions, sessions at the
// screens with their lines, refusals, restock visits, jams, outages), as CSV with ISO 8601
// times in the scenario's zone: the sample log, and a log of known parameters to try
// `wardtwin calibrate` on.
import type { Command } from 'commander';
import { exportCabinetLog } from '../../../engine/index.js';
import { formatValidationErrors, loadScenarioArg } from '../../../scenarios/index.js';
import { writeCabinetLogCsv } from '../../twin/cabinet-log.js';
import { WardClock } from '../../twin/wall-clock.js';
import { badInput } from '../cli-error.js';
import { writeFilesAtomically } from '../experiments/atomic-write.js';
import { integerFlag } from '../options.js';

interface SimulateLogFlags {
  days: number;
  seed: number;
  out?: string;
}

/** Registers `simulate-log <scenario> [--days D] [--seed N] [--out f]`. */
export function registerSimulateLog(program: Command): void {
  program
    .command('simulate-log')
    .description('write the cabinet transaction log of one simulated replication (CSV)')
    .argument('<scenario>', 'preset name or scenario file (with cabinets)')
    .option('--days <d>', 'days simulated (no warm-up: the log starts on an empty ward)', integerFlag('--days', 1, 366), 14)
    .option('--seed <n>', 'seed of the replication', integerFlag('--seed', 0, 2 ** 31 - 1), 1)
    .option('--out <file>', 'write the log here (default stdout)')
    .action((arg: string, flags: SimulateLogFlags) => {
      const loaded = loadScenarioArg(arg);
      if (!loaded.ok) throw badInput(`simulate-log: ${arg}: invalid scenario\n${formatValidationErrors(loaded.errors)}`);
      const s = loaded.scenario;
      if (s.cabinets.instances.length === 0) throw badInput(`simulate-log: ${arg} has no cabinets, so no cabinet log`);
      const rows = exportCabinetLog({ ...s, run: { ...s.run, horizonDays: flags.days, warmupDays: 0 } }, { seed: flags.seed });
      const text = writeCabinetLogCsv(rows, new WardClock(s.meta.timeZone, s.run.startDate));
      if (flags.out === undefined) process.stdout.write(text);
      else writeFilesAtomically([{ path: flags.out, text }]);
    });
}
