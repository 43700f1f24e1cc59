// Errors the `wardtwin` command turns into exit codes: 2 for bad input (an unknown preset, an
// invalid document, a bad flag value), 1 for a run that failed. Everything else is a bug and
// also exits 1, with its message.

/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code for a run that failed. */
export const EXIT_RUN_FAILED = 1;
/** Exit code for bad input: nothing was run. */
export const EXIT_BAD_INPUT = 2;

/** An error with the exit code the command ends with; `message` goes to stderr. */
export class CliError extends Error {
  /**
   * @param exitCode - {@link EXIT_BAD_INPUT} or {@link EXIT_RUN_FAILED}
   * @param message - what went wrong, for stderr (may span lines)
   */
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A bad-input error (exit 2). */
export function badInput(message: string): CliError {
  return new CliError(EXIT_BAD_INPUT, message);
}
