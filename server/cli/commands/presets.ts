// `wardtwin presets`: the scenarios that ship with wardtwin, so a new user can see what to pass
// to `run`, `compare` or `size` without reading the source tree: each preset's id, name,
// deliveries a year, cabinets on the ward and description, stacked to fit a terminal, or JSON.
import type { Command } from 'commander';
import { listPresets, loadPreset } from '../../../scenarios/index.js';
import { CliError, EXIT_RUN_FAILED } from '../cli-error.js';
import { formatNumber } from '../output/format-number.js';
import { writeJson } from '../output/json.js';
import { wrapText } from '../output/display-width.js';

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

/** The presets as text: a block per preset, wrapped to the terminal's 80 columns. */
export function formatPresets(entries: readonly PresetEntry[]): string {
  const blocks = entries.map((p) => {
    const cabinets = p.cabinets === 0 ? 'no cabinets' : `${p.cabinets} cabinet${p.cabinets === 1 ? '' : 's'}`;
    const head = wrapText([p.id, `  ${p.name}`, `  ${formatNumber(p.annualDeliveries)} deliveries a year, ${cabinets}`].join('\n'));
    return p.description === '' ? head : `${head}\n${wrapText(`  ${p.description}`, undefined, 0)}`;
  });
  return `${blocks.join('\n\n')}\n\nUse an id with run, compare, size or validate, e.g. \`wardtwin run ${entries[0]?.id ?? 'county-mch'}\`.\n`;
}

/** Registers `presets [--json]`. */
export function registerPresets(program: Command): void {
  program
    .command('presets')
    .description('list the preset scenarios: id, name, deliveries a year, cabinets and description')
    .option('--json', 'print the presets as a JSON array')
    .action((flags: { json?: boolean }) => {
      const entries = presetEntries();
      if (flags.json === true) writeJson(entries);
      else process.stdout.write(formatPresets(entries));
    });
}
