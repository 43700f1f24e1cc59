/**
 * The scenario catalog as the server sees it: which preset wards exist, their documents, and
 * the validation of a submitted document with a JSON path for every error. The routes depend
 * on this small interface; `defaultScenarioCatalog` wires it to the `scenarios/` package.
 */
import type { ErrorDetail } from '../errors.js';

/** One preset in the list. */
export interface PresetInfo {
  /** Preset id, e.g. `county-mch`. */
  name: string;
  /** Human-readable title. */
  title: string;
  description: string;
}

/** Outcome of validating a scenario document. */
export type ScenarioCheck =
  | { readonly ok: true; readonly scenario: unknown }
  | { readonly ok: false; readonly errors: readonly ErrorDetail[] };

/** What the server needs from the scenarios package. */
export interface ScenarioCatalog {
  /** Presets, sorted by name. */
  list(): PresetInfo[];
  /** The resolved (extends applied) document of a preset, or undefined if there is none. */
  get(name: string): unknown;
  /**
   * Resolves `extends` and validates a document; error paths are JSON Pointers into the
   * document (the route prefixes them with where the document sat in the request).
   */
  validate(document: unknown): ScenarioCheck;
}
