/**
 * Preset inheritance. A preset file may say `"extends": "city-mch"` and hold only what differs:
 * the rest of the document is an RFC 7386 JSON merge patch applied to the resolved parent
 * (objects merge key by key, `null` deletes a key, arrays and scalars replace). The baseline,
 * outbreak and peak twins are written this way so they never drift from their parent.
 * Resolution happens before validation; the validated `Scenario` never has `extends`.
 * A patch key `__proto__`, `constructor` or `prototype` is refused: it names a prototype link,
 * never a scenario field, and writing through it would change objects the whole process shares.
 */

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A merge patch holds a key that names a prototype link; `path` is its JSON pointer. */
export class ForbiddenKeyError extends Error {
  constructor(readonly path: string) {
    super(`mergePatch: key at ${path} is not allowed (prototype keys are never scenario fields)`);
    this.name = 'ForbiddenKeyError';
  }
}

/** A JSON value as read from a file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * RFC 7386 merge patch: returns a new value, never mutates `target` or `patch`.
 * @param target document to patch
 * @param patch merge patch (non-object patches replace the target)
 * @throws ForbiddenKeyError naming the JSON pointer of a `__proto__`, `constructor` or
 *   `prototype` key in the patch
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  return merge(target, patch, '');
}

function merge(target: unknown, patch: unknown, path: string): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    const at = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(at);
    if (value === null) delete out[key];
    else Object.defineProperty(out, key, { value: merge(Object.hasOwn(out, key) ? out[key] : undefined, value, at), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Resolves a document's `extends` chain: loads the parent with `load(name)`, resolves the
 * parent's own `extends` first, and applies the child (minus `extends`) as a merge patch.
 * Pure apart from whatever `load` does.
 * @param doc a scenario document, possibly with `extends: string`
 * @param load returns the parent document named by `extends` (a preset id)
 * @param maxDepth longest chain allowed (default 8)
 * @throws Error `resolveExtends: ...` on a cycle, a chain longer than `maxDepth`, or a
 *   non-string `extends`
 */
export function resolveExtends(doc: unknown, load: (name: string) => unknown, maxDepth = 8): unknown {
  return resolve(doc, load, maxDepth, []);
}

function resolve(doc: unknown, load: (name: string) => unknown, maxDepth: number, chain: string[]): unknown {
  if (!isObject(doc) || !('extends' in doc)) return doc;
  const parentName = doc['extends'];
  if (typeof parentName !== 'string') throw new Error('resolveExtends: extends must be a preset name (string)');
  if (chain.includes(parentName)) throw new Error(`resolveExtends: cycle ${[...chain, parentName].join(' -> ')}`);
  if (chain.length >= maxDepth) throw new Error(`resolveExtends: chain longer than maxDepth(=${maxDepth})`);
  const parent = resolve(load(parentName), load, maxDepth, [...chain, parentName]);
  const { extends: _ignored, ...patch } = doc;
  return mergePatch(parent, patch);
}
