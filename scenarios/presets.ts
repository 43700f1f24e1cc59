/**
 * Preset scenarios and scenario files: the hospitals that ship with wardtwin (county, city and
 * provincial maternal-child hospitals, their no-cabinet baselines, outbreak and peak variants)
 * and any document a user points at. Loading resolves `extends` against the presets (a file
 * may say `"extends": "city-mch"` and hold only what differs) and then validates, so whatever
 * comes out is either a complete scenario or the full list of what is wrong with it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from './package-root.js';
import { ForbiddenKeyError, resolveExtends } from './schema/extends.js';
import { validateScenario } from './validate.js';
import { toJsonValue } from './json-value.js';
import type { ValidationResult } from './validate.js';
import type { RuleParams } from './validation-messages.js';

/** Where a scenario came from, for messages and run records. */
export type ScenarioSource =
  | { kind: 'preset'; name: string }
  | { kind: 'file'; path: string }
  | { kind: 'document' };

/** A validated scenario (or its errors) together with where it came from. */
export type LoadResult = ValidationResult & { source: ScenarioSource };

/** Folder of the preset files, `scenarios/presets/<name>.json`. */
const PRESET_DIR = packagePath('scenarios', 'presets');
/** Preset names are kebab-case ids; anything else (slashes, dots) is never a preset. */
const PRESET_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Names of the preset scenarios, sorted (e.g. `city-mch`, `city-mch-baseline`, ...). */
export function listPresets(): string[] {
  return readdirSync(PRESET_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter((name) => PRESET_NAME.test(name))
    .sort();
}

function isPreset(name: string): boolean {
  return PRESET_NAME.test(name) && existsSync(join(PRESET_DIR, `${name}.json`));
}

function unknownPreset(name: string): string {
  return `unknown preset "${name}" (presets: ${listPresets().join(', ')})`;
}

/** Reads a preset file's raw document (before `extends`); throws when it is missing or not JSON. */
function readPresetDocument(name: string): unknown {
  if (!isPreset(name)) throw new Error(unknownPreset(name));
  return JSON.parse(readFileSync(join(PRESET_DIR, `${name}.json`), 'utf8')) as unknown;
}

function failure(source: ScenarioSource, path: string, rule: string, message: string, params?: RuleParams): LoadResult {
  return { ok: false, errors: [params === undefined ? { path, rule, message } : { path, rule, message, params }], source };
}

/**
 * Resolves a document's `extends` chain against the presets, then validates it.
 * This is the entry for documents that arrive whole (an HTTP body, a parsed file).
 *
 * @param doc - a scenario document, possibly with `"extends": "<preset>"`
 * @param source - where it came from (default `{ kind: 'document' }`)
 * @returns the validated scenario, or errors; an unknown parent or a cycle is an error at
 *   `/extends` with rule `extends`
 */
export function resolveScenarioDocument(doc: unknown, source: ScenarioSource = { kind: 'document' }): LoadResult {
  // Checked as JSON first: the merge patch recurses, and a document nested thousands deep
  // must be a maxDepth error, not a stack overflow reported as the message of `extends`.
  const json = toJsonValue(doc);
  if (json.errors.length > 0) return { ok: false, errors: json.errors, source };
  let resolved: unknown;
  try {
    resolved = resolveExtends(json.value, readPresetDocument);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return failure(source, error.path, 'forbiddenKey', error.message);
    return failure(source, '/extends', 'extends', error instanceof Error ? error.message : String(error));
  }
  return { ...validateScenario(resolved), source };
}

/**
 * Loads and validates a preset by name.
 * @param name - a name from {@link listPresets}
 * @returns the validated scenario, or an error with rule `preset` when no such preset exists
 */
export function loadPreset(name: string): LoadResult {
  const source: ScenarioSource = { kind: 'preset', name };
  if (!isPreset(name)) {
    return failure(source, '', 'preset', unknownPreset(name), { name: JSON.stringify(name), allowed: listPresets().join(', ') });
  }
  let doc: unknown;
  try {
    doc = readPresetDocument(name);
  } catch (error) {
    return failure(source, '', 'json', `preset "${name}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return resolveScenarioDocument(doc, source);
}

/**
 * Loads a scenario named on a command line: a preset name if one matches, else a JSON file.
 *
 * @param presetNameOrFilePath - e.g. `city-mch` or `./my-ward.json`
 * @returns the validated scenario or its errors; rules `not-found` (neither a preset nor a
 *   readable file) and `json` (the file does not parse) come before any schema rule
 */
export function loadScenarioArg(presetNameOrFilePath: string): LoadResult {
  const arg = presetNameOrFilePath;
  if (isPreset(arg)) return loadPreset(arg);
  const source: ScenarioSource = { kind: 'file', path: arg };
  let text: string;
  try {
    if (!statSync(arg).isFile()) throw new Error('not a file');
    text = readFileSync(arg, 'utf8');
  } catch {
    return failure(source, '', 'not-found', `"${arg}" is neither a preset (${listPresets().join(', ')}) nor a readable file`, { name: JSON.stringify(arg), allowed: listPresets().join(', ') });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text) as unknown;
  } catch (error) {
    return failure(source, '', 'json', `${arg} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return resolveScenarioDocument(doc, source);
}
