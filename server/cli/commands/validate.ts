// `wardtwin validate <file>`: checks a scenario document (or a preset) without running it and
// lists every error with its JSON path and rule. Exit 0 when valid, 2 when not.
import type { Command } from 'commander';
import { formatValidationErrors, loadScenarioArg } from '../../../scenarios/index.js';
import { CliError, EXIT_BAD_INPUT } from '../cli-error.js';
import { writeJson } from '../output/json.js';

/** Registers `validate <file> [--json]`. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a scenario file (or preset) and list every error with its JSON path and rule')
    .argument('<file>', 'scenario JSON file or preset name')
    .option('--json', 'print { ok, scenario } or { ok, errors } as JSON')
    .action((file: string, flags: { json?: boolean }) => {
      const result = loadScenarioArg(file);
      if (flags.json === true) {
        writeJson(result.ok ? { ok: true, source: result.source, scenario: result.scenario } : { ok: false, source: result.source, errors: result.errors });
        if (!result.ok) process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      if (!result.ok) {
        const count = `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`;
        throw new CliError(EXIT_BAD_INPUT, `${file}: invalid scenario (${count})\n${formatValidationErrors(result.errors)}`);
      }
      process.stdout.write(`${file}: valid scenario ${result.scenario.meta.id} (${result.scenario.meta.name})\n`);
    });
}
