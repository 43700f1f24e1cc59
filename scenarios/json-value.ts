/**
 * JSON-safety check for a scenario document before the schema sees it. A scenario arrives from
 * a file, an HTTP body or a caller's object; only the last can hold things JSON cannot say
 * (NaN, functions, cycles, class instances, getters that throw, absurd nesting). This walk
 * turns any input into a fresh plain-JSON copy, or into a list of errors with JSON paths, and
 * never throws: the validator can then hand the compiled schema something it is safe to check.
 */
import type { RuleParams } from './validation-messages.js';

/** One problem found in a document, at an RFC 6901 JSON pointer (`''` = the document itself). */
export interface ValidationError {
  /** JSON pointer of the offending value, e.g. `/births/annualDeliveries`. */
  path: string;
  /** The rule broken: a JSON Schema keyword (`minimum`, `required`, `type`, ...) or a wardtwin rule. */
  rule: string;
  /** What is wrong, for a person (English; see `localizedMessage` for other languages). */
  message: string;
  /** The values the message names (limit, allowed values, value got), for writing it in another language. */
  params?: RuleParams;
}

/** Limits of the JSON walk; documents beyond them are refused, not walked. */
export const JSON_LIMITS = {
  /** Deepest nesting of arrays and objects accepted (a scenario needs about 6). */
  maxDepth: 64,
  /** Most values (objects, arrays and leaves) in one document. */
  maxNodes: 1_000_000,
} as const;

/** Escapes one key as an RFC 6901 pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function describeKind(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name !== '' ? `a ${name}` : 'an exotic object';
  }
  return `a ${typeof value}`;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

interface WalkState {
  errors: ValidationError[];
  nodes: number;
  ancestors: Set<object>;
}

function walk(value: unknown, path: string, depth: number, state: WalkState): unknown {
  state.nodes++;
  if (state.nodes > JSON_LIMITS.maxNodes) {
    if (state.nodes === JSON_LIMITS.maxNodes + 1) {
      state.errors.push({ path, rule: 'maxNodes', message: `document has more than ${JSON_LIMITS.maxNodes} values`, params: { limit: String(JSON_LIMITS.maxNodes) } });
    }
    return undefined;
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    state.errors.push({ path, rule: 'json', message: `${String(value)} is not a JSON number` });
    return undefined;
  }
  if (typeof value !== 'object') {
    state.errors.push({ path, rule: 'json', message: `${describeKind(value)} is not a JSON value` });
    return undefined;
  }
  if (state.ancestors.has(value)) {
    state.errors.push({ path, rule: 'cycle', message: 'value refers back to one of its own ancestors' });
    return undefined;
  }
  if (depth >= JSON_LIMITS.maxDepth) {
    state.errors.push({ path, rule: 'maxDepth', message: `nesting deeper than ${JSON_LIMITS.maxDepth} levels`, params: { limit: String(JSON_LIMITS.maxDepth) } });
    return undefined;
  }
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) {
    state.errors.push({ path, rule: 'json', message: `${describeKind(value)} is not a JSON object` });
    return undefined;
  }
  state.ancestors.add(value);
  try {
    if (isArray) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) out.push(walk(value[i], `${path}/${i}`, depth + 1, state));
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // Like JSON.stringify, an object property holding undefined is simply absent.
      const raw = (value as Record<string, unknown>)[key];
      if (raw === undefined) continue;
      const child = walk(raw, `${path}/${pointerSegment(key)}`, depth + 1, state);
      // defineProperty, not assignment: a "__proto__" key must stay data, not become a prototype.
      Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    state.ancestors.delete(value);
  }
}

/**
 * Copies `doc` as plain JSON (fresh objects and arrays, same key order) and reports what is not
 * JSON. Never throws: a getter or proxy that throws becomes an error at the document root.
 *
 * @returns `value`: the copy, with each offending value left out (`undefined`), so the rest
 *   can still be checked; `errors`: one per offending value with its path and rule (`json`,
 *   `cycle`, `maxDepth`, `maxNodes`), empty when `doc` is plain JSON
 */
export function toJsonValue(doc: unknown): { value: unknown; errors: ValidationError[] } {
  const state: WalkState = { errors: [], nodes: 0, ancestors: new Set() };
  try {
    return { value: walk(doc, '', 0, state), errors: state.errors };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unreadable value';
    return { value: undefined, errors: [...state.errors, { path: '', rule: 'json', message: `document could not be read: ${message}` }] };
  }
}
