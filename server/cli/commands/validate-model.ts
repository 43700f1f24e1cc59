// `wardtwin validate-model [preset]`: the generated validation report. Verification rows hold
// the model to its inputs and theory, validation rows to published data; the command exits 1
// when a verification row fails (validation rows may be outside their band: that is reported,
// not an error). The cabinet-effect rows compare with `<preset>-baseline` when that preset
// exists, or with `--baseline`.
import type { Command } from 'commander';
import { listPresets } from '../../../scenarios/index.js';
import { runValidation } from '../../../engine/index.js';
import { CliError, EXIT_RUN_FAILED } from '../cli-error.js';
import { addLangFlag, integerFlag, loadScenarioForRun } from '../options.js';
import { cliLang } from '../output/messages.js';
import { validationWords } from '../experiments/validation-words.js';
import { engineVersion } from '../../engine-version.js';
import { toJsonText } from '../output/json.js';
import { createProgressBar } from '../output/progress.js';
import { runExperiment } from '../run-context.js';
import { addExecutorFlags, withExecutor } from '../experiments/executor-flags.js';
import type { ExecutorFlags } from '../experiments/executor-flags.js';
import { asBadInput } from '../experiments/bad-input.js';
import { formatValidationReport } from '../experiments/validation-output.js';

interface ValidateModelFlags extends ExecutorFlags {
  replications?: number;
  days?: number;
  seed?: number;
  baseline?: string;
  json?: boolean;
  lang?: string;
}

/** Registers `validate-model [scenario]`. */
export function registerValidateModel(program: Command): void {
  addLangFlag(addExecutorFlags(
    program
      .command('validate-model')
      .description('generated validation report: verification rows (inputs, theory) and validation rows (published data); exit 1 when a verification row fails')
      .argument('[scenario]', 'preset name or file', 'city-mch')
      .option('--replications <r>', 'replications (default 10)', integerFlag('--replications', 2, 1000))
      .option('--days <d>', 'days simulated after warm-up (default: the scenario\'s run.horizonDays)', integerFlag('--days', 1, 3660))
      .option('--seed <n>', 'base seed (default: the scenario\'s run.seed)', integerFlag('--seed', 0, 2 ** 31 - 1))
      .option('--baseline <scenario>', 'ward without cabinets for the cabinet-effect rows (default <scenario>-baseline when that preset exists)')
      .option('--json', 'print the report as JSON (no table, no progress bar)'),
  )).action(async (arg: string, flags: ValidateModelFlags) => {
    const lang = cliLang(flags.lang);
    const w = validationWords(lang);
    const scenario = loadScenarioForRun(arg, flags.days, lang);
    const baselineArg = flags.baseline ?? (listPresets().includes(`${arg}-baseline`) ? `${arg}-baseline` : undefined);
    const baseline = baselineArg === undefined ? null : loadScenarioForRun(baselineArg, flags.days, lang);
    const bar = createProgressBar(w.progress, { json: flags.json === true });
    const report = await withExecutor(flags, (executor) =>
      runExperiment(bar, () =>
        asBadInput(runValidation(scenario, baseline, {
          executor, replications: flags.replications ?? 10, ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
          engineVersion: engineVersion(), clock: () => performance.now(), onProgress: (p) => bar.update(p),
        })),
      ),
    );
    process.stdout.write(flags.json === true ? toJsonText(report) : formatValidationReport(report, lang));
    if (!report.verified) throw new CliError(EXIT_RUN_FAILED, w.failedError);
  });
}
