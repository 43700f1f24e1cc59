// `wardtwin validate <file>`: checks a scenario document (or a preset) without running it and
// lists every error with its JSON path and rule, the messages in `--lang` (else LC_ALL / LANG).
// Exit 0 when valid, 2 when not.
import type { Command } from 'commander';
import { displayName, formatValidationErrors, loadScenarioArg, localizedMessage } from '../../../scenarios/index.js';
import { CliError, EXIT_BAD_INPUT } from '../cli-error.js';
import { writeJson } from '../output/json.js';
import { cliLang } from '../output/messages.js';
import { flagMessage } from '../output/flag-messages.js';

/** Registers `validate <file> [--json]`. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a scenario file (or preset) and list every error with its JSON path and rule')
    .argument('<file>', 'scenario JSON file or preset name')
    .option('--json', 'print { ok, scenario } or { ok, errors } as JSON')
    // Parsed up front, so a bad value is refused before the document is read.
    .option('--lang <lang>', 'language of the messages: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)', (raw: string) => cliLang(raw))
    .action((file: string, flags: { json?: boolean; lang?: string }) => {
      const result = loadScenarioArg(file);
      const locale = cliLang(flags.lang);
      if (flags.json === true) {
        const errors = result.ok ? [] : result.errors.map((e) => ({ path: e.path, rule: e.rule, message: localizedMessage(e, locale) }));
        writeJson(result.ok ? { ok: true, source: result.source, scenario: result.scenario } : { ok: false, source: result.source, errors });
        if (!result.ok) process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      if (!result.ok) {
        const n = result.errors.length;
        const summary = locale === 'zh-CN' ? `场景无效（${n} 个错误）` : `invalid scenario (${n} error${n === 1 ? '' : 's'})`;
        throw new CliError(EXIT_BAD_INPUT, `${file}: ${summary}\n${formatValidationErrors(result.errors, locale)}`);
      }
      const { id, name } = result.scenario.meta;
      const shown = locale === 'en' ? name : displayName('preset', id, locale);
      process.stdout.write(`${flagMessage('validScenario', { file, id, name: shown === id ? name : shown }, locale)}\n`);
    });
}
