// Test helper: loads a preset file and resolves its `extends` chain (the validation engineer
// owns the public preset loader; this keeps the ward tests independent of it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveExtends } from '../../../scenarios/index.js';
import type { Scenario } from '../../../scenarios/index.js';

const PRESET_DIR = fileURLToPath(new URL('../../../scenarios/presets/', import.meta.url));

/** Raw preset document (before `extends`). */
export function readPreset(name: string): unknown {
  return JSON.parse(readFileSync(`${PRESET_DIR}${name}.json`, 'utf8')) as unknown;
}

/** Preset with `extends` resolved; assumed valid (checked in schema.test.ts). */
export function loadPreset(name: string): Scenario {
  return resolveExtends(readPreset(name), readPreset) as Scenario;
}

/** A preset with a shorter run, for fast tests. */
export function shortPreset(name: string, horizonDays: number, warmupDays = 7): Scenario {
  const s = loadPreset(name);
  return { ...s, run: { ...s.run, horizonDays, warmupDays } };
}

/** All preset names. */
export const PRESETS = [
  'county-mch', 'county-mch-baseline', 'city-mch', 'city-mch-baseline', 'provincial-mch',
  'provincial-mch-baseline', 'city-mch-outbreak', 'city-mch-baseline-outbreak', 'city-mch-peak',
  'city-mch-baseline-own-supplies', 'city-mch-own-supplies',
] as const;
