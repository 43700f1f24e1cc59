// `wardtwin presets`: the scenarios that ship with wardtwin, so a new user can see what to pass
// to `run`, `compare` or `size` without reading the source tree: each preset's id, name,
// deliveries a year, cabinets on the ward and description, stacked to fit a terminal (in English
// or Chinese, `--lang`), or JSON (ids and the presets' own English texts).
import type { Command } from 'commander';
import { displayName, listPresets, loadPreset, presetDescription } from '../../../scenarios/index.js';
import { CliError, EXIT_RUN_FAILED } from '../cli-error.js';
import { formatNumber } from '../output/format-number.js';
import { writeJson } from '../output/json.js';
import { wrapText } from '../output/display-width.js';
import { cliLang } from '../output/messages.js';
import type { CliLang } from '../output/messages.js';

/** One preset as `wardtwin presets --json` lists it. */
export interface PresetEntry {
  /** Name to pass on the command line (`wardtwin run <id>`). */
  id: string;
  /** Display name of the hospital and variant. */
  name: string;
  /** Births a year (`births.annualDeliveries`). */
  annualDeliveries: number;
  /** Smart cabinets on the ward (0 in a baseline). */
  cabinets: number;
  /** What the preset models. */
  description: string;
}

/** Every preset with its headline figures, sorted by id. */
export function presetEntries(): PresetEntry[] {
  return listPresets().map((id) => {
    const loaded = loadPreset(id);
    // A shipped preset that does not validate is a defect of the release, not bad input.
    if (!loaded.ok) throw new CliError(EXIT_RUN_FAILED, `preset ${id} is invalid: ${loaded.errors[0]?.message ?? 'unknown error'}`);
    const s = loaded.scenario;
    return { id, name: s.meta.name, annualDeliveries: s.births.annualDeliveries, cabinets: s.cabinets.instances.length, description: s.meta.description };
  });
}

/** The figures line of a preset, e.g. `1,500 deliveries a year, 2 cabinets`. */
function figures(p: PresetEntry, lang: CliLang): string {
  const deliveries = formatNumber(p.annualDeliveries);
  if (lang === 'zh-CN') return `年分娩 ${deliveries} 例，${p.cabinets === 0 ? '不配置智能柜' : `${p.cabinets} 台智能柜`}`;
  const cabinets = p.cabinets === 0 ? 'no cabinets' : `${p.cabinets} cabinet${p.cabinets === 1 ? '' : 's'}`;
  return `${deliveries} deliveries a year, ${cabinets}`;
}

/** The presets as text in `lang`: a block per preset, wrapped to the terminal's 80 columns. */
export function formatPresets(entries: readonly PresetEntry[], lang: CliLang = 'en'): string {
  const blocks = entries.map((p) => {
    const name = lang === 'en' ? p.name : displayName('preset', p.id, lang);
    const description = presetDescription(p.id, p.description, lang);
    const head = wrapText([p.id, `  ${name === p.id ? p.name : name}`, `  ${figures(p, lang)}`].join('\n'));
    return description === '' ? head : `${head}\n${wrapText(`  ${description}`, undefined, 0)}`;
  });
  const example = `wardtwin run ${entries[0]?.id ?? 'county-mch'}`;
  const hint = lang === 'en' ? `Use an id with run, compare, size or validate, e.g. \`${example}\`.` : `在 run、compare、size 或 validate 中使用编号，例如 \`${example}\`。`;
  return `${blocks.join('\n\n')}\n\n${wrapText(hint)}\n`;
}

/** Registers `presets [--json]`. */
export function registerPresets(program: Command): void {
  program
    .command('presets')
    .description('list the preset scenarios: id, name, deliveries a year, cabinets and description')
    .option('--json', 'print the presets as a JSON array')
    .option('--lang <lang>', 'language of the list: zh-CN or en (default: from LC_ALL/LANG, zh* = zh-CN)', (raw: string) => cliLang(raw))
    .action((flags: { json?: boolean; lang?: string }) => {
      const entries = presetEntries();
      if (flags.json === true) writeJson(entries);
      else process.stdout.write(formatPresets(entries, cliLang(flags.lang)));
    });
}
