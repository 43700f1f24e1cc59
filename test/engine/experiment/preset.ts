// Test helper: a validated preset, optionally shortened to `horizonDays` with a 1-day warm-up.
import { loadPreset } from '../../../scenarios/presets.js';
import type { Scenario } from '../../../scenarios/index.js';

export function preset(name: string, horizonDays?: number): Scenario {
  const result = loadPreset(name);
  if (!result.ok) throw new Error(`${name} invalid`);
  if (horizonDays !== undefined) {
    result.scenario.run.horizonDays = horizonDays;
    result.scenario.run.warmupDays = 1;
  }
  return result.scenario;
}
