// `wardtwin calibrate <log.csv|log.json> --scenario X [--out patch.json]`: fits the scenario
// to a cabinet transaction log (consumption per SKU by postpartum day, hour-of-day demand,
// session and line times, restock time per slot) and writes the scenario patch. A log with any
// bad row is refused whole (exit 2, every bad row on stderr with line, column and rule) and
// nothing is written; the patch file is written through a temporary file renamed into place.
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { formatValidationErrors, listPresets, loadScenarioArg } from '../../../scenarios/index.js';
import { calibrateLog, DEFAULT_MAX_LOG_ROWS } from '../../twin/calibrate-log.js';
import { logErrorText } from '../../twin/log-error-text.js';
import type { LogInput } from '../../twin/calibrate-log.js';
import { badInput } from '../cli-error.js';
import { formatCalibration } from '../experiments/calibration-output.js';
import { writeFilesAtomically } from '../experiments/atomic-write.js';
import { integerFlag } from '../options.js';
import { toJsonText, writeJson } from '../output/json.js';
import { cliLang } from '../output/messages.js';

interface CalibrateFlags {
  scenario: string;
  out?: string;
  json?: boolean;
  lang?: string;
  maxRows: number;
}

/** Bad rows printed before "... and N more". */
const SHOWN_ERRORS = 20;

function readLog(path: string): LogInput {
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    text = readFileSync(path, 'utf8');
  } catch {
    throw badInput(`calibrate: cannot read the log "${path}"`);
  }
  if (!path.toLowerCase().endsWith('.json')) return { format: 'csv', text };
  try {
    return { format: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    throw badInput(`calibrate: ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Registers `calibrate <log> --scenario X [--out f] [--json] [--lang] [--max-rows N]`. */
export function registerCalibrate(program: Command): void {
  program
    .command('calibrate')
    .description('fit a scenario to a cabinet transaction log (CSV or JSON) and write the scenario patch')
    .argument('<log>', 'the log: .json (an array of rows, or { rows }) or CSV with a header row')
    .requiredOption('--scenario <scenario>', 'preset name or scenario file the log is fitted against')
    .option('--out <file>', 'write the scenario patch (RFC 7386 merge patch, with "extends" for a preset) here')
    .option('--json', 'print the whole calibration as JSON')
    .option('--lang <lang>', 'language of the tables: zh-CN or en (default: from LC_ALL/LANG)')
    .option('--max-rows <n>', `most rows read (default ${DEFAULT_MAX_LOG_ROWS})`, integerFlag('--max-rows', 1, 10_000_000), DEFAULT_MAX_LOG_ROWS)
    .action((logPath: string, flags: CalibrateFlags) => {
      const lang = cliLang(flags.lang);
      const loaded = loadScenarioArg(flags.scenario);
      if (!loaded.ok) throw badInput(`calibrate: --scenario ${flags.scenario}: invalid scenario\n${formatValidationErrors(loaded.errors)}`);
      const outcome = calibrateLog(readLog(logPath), loaded.scenario, listPresets().includes(flags.scenario) ? flags.scenario : undefined, flags.maxRows);
      if (!outcome.ok) {
        const n = outcome.errors.length;
        const shown = outcome.errors.slice(0, SHOWN_ERRORS).map((e) => `  ${e.rule}  ${logErrorText(e, lang)}`);
        const more = n > SHOWN_ERRORS ? [lang === 'en' ? `  ... and ${n - SHOWN_ERRORS} more` : `  …… 另有 ${n - SHOWN_ERRORS} 个`] : [];
        const head = lang === 'en' ? `calibrate: ${logPath}: ${n} bad row${n === 1 ? '' : 's'}; nothing was fitted or written` : `calibrate：${logPath}：${n} 处错误；没有拟合，也没有写入任何文件`;
        throw badInput(`${head}\n${[...shown, ...more].join('\n')}`);
      }
      const result = outcome.result;
      if (flags.out !== undefined) {
        try {
          writeFilesAtomically([{ path: flags.out, text: toJsonText(result.patch) }]);
        } catch (error) {
          throw badInput(`calibrate: cannot write ${flags.out}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (flags.json === true) writeJson(result);
      else process.stdout.write(formatCalibration(result, lang, flags.out));
    });
}
