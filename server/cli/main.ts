// The `wardtwin` command: parses the command line with commander, runs one command and ends
// with the exit code of the house contract: 0 ok, 1 a run failed, 2 bad input (unknown preset,
// invalid document, bad flag value). Output goes to stdout; messages and the progress bar to
// stderr. `server/bin/wardtwin.js` and `npm start` enter here.
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_RUN_FAILED } from './cli-error.js';
import { engineVersion } from './engine-version.js';
import { registerCompare } from './commands/compare.js';
import { registerRun } from './commands/run.js';
import { registerStart } from './commands/start.js';
import { registerValidate } from './commands/validate.js';
import { registerSweep } from './commands/sweep.js';
import { registerWorker } from './commands/worker.js';
import { registerServe } from './commands/serve.js';
import { registerSize } from './commands/size.js';
import { registerReport } from './commands/report.js';
import { registerDb } from './commands/db.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerValidateModel } from './commands/validate-model.js';

/** Builds the program with every command registered (exported for tests and help output). */
export function buildProgram(): Command {
  const program = new Command()
    .name('wardtwin')
    .description('Digital twin and load simulation of supply logistics on maternity wards with smart dispensing cabinets')
    .version(engineVersion())
    .showHelpAfterError()
    .exitOverride();
  registerValidate(program);
  registerRun(program);
  registerCompare(program);
  registerStart(program);
  registerSweep(program);
  registerWorker(program);
  registerServe(program);
  registerSize(program);
  registerReport(program);
  registerDb(program);
  registerSensitivity(program);
  registerValidateModel(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the command line `argv` (as `process.argv`) and returns the exit code; never throws.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already; help and version are not errors.
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (error instanceof CliError) {
      process.stderr.write(`wardtwin: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`wardtwin: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_RUN_FAILED;
  }
}

process.exitCode = await main(process.argv);
