/**
 * The default scenario catalog: the preset files in `scenarios/presets/`, with `extends`
 * resolved, and validation of submitted documents against the one `ScenarioSchema`.
 * Presets are read once, when the catalog is built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import { ScenarioSchema, resolveExtends } from '../../scenarios/index.js';
import type { PresetInfo, ScenarioCatalog, ScenarioCheck } from './scenario-catalog.js';

const presetDir = fileURLToPath(new URL('../../scenarios/presets/', import.meta.url));
const checker = TypeCompiler.Compile(ScenarioSchema);

function validateDocument(raw: Record<string, unknown>, load: (name: string) => unknown): ScenarioCheck {
  let resolved: unknown;
  try {
    resolved = resolveExtends(raw, load);
  } catch (err) {
    return { ok: false, errors: [{ path: '/extends', rule: 'extends', message: err instanceof Error ? err.message : String(err) }] };
  }
  const withDefaults = Value.Default(ScenarioSchema, structuredClone(resolved));
  if (checker.Check(withDefaults)) return { ok: true, scenario: withDefaults };
  const errors = [...checker.Errors(withDefaults)].slice(0, 100).map((e) => ({ path: e.path, rule: ValueErrorType[e.type] ?? 'schema', message: e.message }));
  return { ok: false, errors };
}

/** Builds the catalog from the preset files (throws at start-up if a preset is invalid). */
export function presetCatalog(): ScenarioCatalog {
  const raw = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(presetDir).filter((f) => f.endsWith('.json')).sort()) {
    raw.set(file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(presetDir, file), 'utf8')) as Record<string, unknown>);
  }
  const load = (name: string): unknown => {
    const doc = raw.get(name);
    if (!doc) throw new Error(`extends: no preset named "${name}"`);
    return doc;
  };
  const resolved = new Map<string, unknown>();
  for (const [name, doc] of raw) {
    const check = validateDocument(doc, load);
    if (!check.ok) throw new Error(`preset ${name} is invalid: ${check.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    resolved.set(name, check.scenario);
  }
  return {
    list: (): PresetInfo[] =>
      [...resolved.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, doc]) => {
        const meta = (doc as { meta: { name: string; description?: string } }).meta;
        return { name, title: meta.name, description: meta.description ?? '' };
      }),
    get: (name) => (resolved.has(name) ? structuredClone(resolved.get(name)) : undefined),
    validate: (document) => {
      if (typeof document !== 'object' || document === null || Array.isArray(document)) return { ok: false, errors: [{ path: '', rule: 'type', message: 'must be an object' }] };
      return validateDocument(document as Record<string, unknown>, load);
    },
  };
}
