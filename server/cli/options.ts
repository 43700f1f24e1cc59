// Shared options of the commands that run simulations (`run`, `compare`, `start`): the seed,
// the number of replications and the statistics window in days, parsed strictly (a typo such
// as `--replications 1O` is bad input, exit 2, never a silent default), plus loading the
// scenarios named on the command line.
import type { Command } from 'commander';
import { RUN_BOUNDS, loadScenarioArg, validateScenario, formatValidationErrors } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { badInput } from './cli-error.js';
import { cliLang } from './output/messages.js';
import { flagMessage } from './output/flag-messages.js';

/** Options shared by commands that run simulations, as commander hands them over. */
export interface RunFlags {
  seed?: number;
  replications?: number;
  days?: number;
  json?: boolean;
  /** Language of the human tables (`zh-CN` or `en`); default from LC_ALL / LANG. */
  lang?: string;
  /** Print each KPI's definition under the tables. */
  explain?: boolean;
}

/** A parser for a bounded integer flag, for commander's `.option(..., parse)`. */
export function integerFlag(flag: string, min: number, max: number): (raw: string) => number {
  return (raw: string) => {
    const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw badInput(flagMessage('integer', { flag, raw, min, max }));
    }
    return value;
  };
}

/** Adds `--seed`, `--replications`, `--days`, `--json`, `--lang` and `--explain` to a command. */
export function addRunFlags(command: Command): Command {
  return command
    .option('--seed <n>', 'base seed of all random streams (default: the scenario\'s run.seed)', integerFlag('--seed', RUN_BOUNDS.seed.min, RUN_BOUNDS.seed.max))
    .option('--replications <r>', 'replications per scenario (default: the scenario\'s run.replications)', integerFlag('--replications', RUN_BOUNDS.replications.min, RUN_BOUNDS.replications.max))
    .option('--days <d>', 'days simulated after warm-up (sets run.horizonDays)', integerFlag('--days', RUN_BOUNDS.horizonDays.min, RUN_BOUNDS.horizonDays.max))
    .option('--json', 'print the result as JSON (no table, no progress bar)')
    // Parsed up front, so a bad value is refused before any simulation runs.
    .option('--lang <lang>', 'language of the tables: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)', (raw: string) => cliLang(raw))
    .option('--explain', 'print what each KPI means under the tables');
}

const LANG_HELP = 'language of the output: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)';

/** Adds `--lang zh-CN|en` (checked when parsed, so a bad value is refused before any work) to a command. */
export function addLangFlag(command: Command): Command {
  return command.option('--lang <lang>', LANG_HELP, (raw: string) => cliLang(raw));
}

/**
 * Loads a preset name or file and applies `--days`, re-validating so that an out-of-range value
 * is reported with its path like any other document error.
 * @param lang - `--lang`, when given; else LC_ALL / LANG decide the messages' language
 * @throws CliError (exit 2) listing every error with its path, rule and message
 */
export function loadScenarioForRun(arg: string, days: number | undefined, lang?: string): Scenario {
  const locale = cliLang(lang);
  const loaded = loadScenarioArg(arg);
  if (!loaded.ok) throw badInput(flagMessage('invalidScenario', { what: arg, errors: formatValidationErrors(loaded.errors, locale) }, locale));
  if (days === undefined) return loaded.scenario;
  const changed = validateScenario({ ...loaded.scenario, run: { ...loaded.scenario.run, horizonDays: days } });
  if (!changed.ok) throw badInput(flagMessage('invalidScenario', { what: flagMessage('withDays', { arg, days }, locale), errors: formatValidationErrors(changed.errors, locale) }, locale));
  return changed.scenario;
}
