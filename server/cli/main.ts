// The `wardtwin` command: parses the command line with commander, runs one command and ends
// with the exit code of the house contract: 0 ok, 1 a run failed, 2 bad input (unknown preset,
// invalid document, bad flag value). Output goes to stdout; messages and the progress bar to
// stderr. `server/bin/wardtwin.js` and `npm start` enter here.
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_RUN_FAILED } from './cli-error.js';
import { engineVersion } from '../engine-version.js';
import { fitTerminal } from './output/fit-terminal.js';
import { wrapText } from './output/display-width.js';
import { argvLang } from './output/messages.js';
import type { CliLang } from './output/messages.js';

type Register = (program: Command) => void;

/**
 * The commands, in help order, each loaded only when needed: a command module pulls in the
 * engine, the server or the report renderer, and `wardtwin --version` or `wardtwin validate`
 * should not pay for the others.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  run: async () => (await import('./commands/run.js')).registerRun,
  compare: async () => (await import('./commands/compare.js')).registerCompare,
  start: async () => (await import('./commands/start.js')).registerStart,
  sweep: async () => (await import('./commands/sweep.js')).registerSweep,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  size: async () => (await import('./commands/size.js')).registerSize,
  report: async () => (await import('./commands/report.js')).registerReport,
  portfolio: async () => (await import('./commands/portfolio.js')).registerPortfolio,
  presets: async () => (await import('./commands/presets.js')).registerPresets,
  db: async () => (await import('./commands/db.js')).registerDb,
  sensitivity: async () => (await import('./commands/sensitivity.js')).registerSensitivity,
  'validate-model': async () => (await import('./commands/validate-model.js')).registerValidateModel,
  calibrate: async () => (await import('./commands/calibrate.js')).registerCalibrate,
  'simulate-log': async () => (await import('./commands/simulate-log.js')).registerSimulateLog,
};

/**
 * The commands `args` (the arguments after the script) need: the one named by the first
 * positional argument; none for a bare `--version`; all of them otherwise (help, no command, an
 * unknown command, whose error lists or suggests the others).
 */
export function commandsFor(args: readonly string[]): string[] {
  const first = args.find((a) => !a.startsWith('-'));
  if (first !== undefined && Object.hasOwn(COMMANDS, first)) return [first];
  if (first === undefined && args.some((a) => a === '--version' || a === '-V')) return [];
  return Object.keys(COMMANDS);
}

/** Builds the program with the named commands registered (default all; exported for tests and help output). */
export async function buildProgram(names: readonly string[] = Object.keys(COMMANDS), lang: CliLang = 'en'): Promise<Command> {
  const program = new Command()
    .name('wardtwin')
    .description('Digital twin and load simulation of supply logistics on maternity wards with smart dispensing cabinets')
    .version(engineVersion());
  const registers = await Promise.all(names.map((name) => COMMANDS[name]()));
  for (const register of registers) register(program);
  return fitTerminal(program, lang);
}

/**
 * Runs the command line `argv` (as `process.argv`) and returns the exit code; never throws.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const program = await buildProgram(commandsFor(argv.slice(2)), argvLang(argv.slice(2)));
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its one-line message already; help and version are not errors.
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${wrapText(`wardtwin: ${error.message}`)}\n`);
      return error.exitCode;
    }
    process.stderr.write(`wardtwin: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_RUN_FAILED;
  }
}

process.exitCode = await main(process.argv);
