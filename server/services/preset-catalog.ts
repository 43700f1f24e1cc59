/**
 * The default scenario catalog: the preset wards that ship in `scenarios/presets/` and the
 * validation of submitted documents, both taken from the `scenarios/` package itself
 * (`listPresets`, `loadPreset`, `resolveScenarioDocument`), so the CLI, the API and OpenAPI
 * accept and reject exactly the same documents. Presets are loaded once, when the catalog is
 * built; a broken preset file stops the server at start-up rather than on the first run.
 */
import { listPresets, loadPreset, resolveScenarioDocument } from '../../scenarios/index.js';
import type { Scenario } from '../../scenarios/index.js';
import type { PresetInfo, ScenarioCatalog } from './scenario-catalog.js';

/** Builds the catalog from the preset files (throws at start-up if a preset is invalid). */
export function presetCatalog(): ScenarioCatalog {
  const resolved = new Map<string, Scenario>();
  for (const name of listPresets()) {
    const loaded = loadPreset(name);
    if (!loaded.ok) throw new Error(`preset ${name} is invalid: ${loaded.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    resolved.set(name, loaded.scenario);
  }
  return {
    list: (): PresetInfo[] =>
      [...resolved.entries()].map(([name, doc]) => ({ name, title: doc.meta.name, description: doc.meta.description ?? '' })),
    get: (name) => (resolved.has(name) ? structuredClone(resolved.get(name)) : undefined),
    validate: (document) => {
      const check = resolveScenarioDocument(document);
      return check.ok ? { ok: true, scenario: check.scenario } : { ok: false, errors: check.errors };
    },
  };
}
