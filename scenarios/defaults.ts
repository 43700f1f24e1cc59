/**
 * Filling a scenario's defaults. A planner writes only what differs from the DOMAIN.md
 * defaults; the schema carries each default, and this walk puts them into the document where a
 * value is absent, and nowhere else. (TypeBox's `Value.Default` also merges an object-valued
 * default into whatever object-like value is present, so `"roundHours": {"": null}` came back
 * as the default array and passed; absent-only filling keeps a wrong value wrong.)
 */
import { Kind } from '@sinclair/typebox';
import type { TSchema } from '@sinclair/typebox';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defaultOf(schema: TSchema): unknown {
  return 'default' in schema ? structuredClone(schema.default as unknown) : undefined;
}

/**
 * Returns `value` with the schema's defaults filled in where values are absent: an absent
 * property of an object gets its property schema's `default` (if it has one), then both
 * present and filled values are walked for nested objects and array items. Values of the wrong
 * type are left as they are for the checker to report. Mutates and returns `value` (callers
 * pass a fresh JSON copy); defaults are cloned, never shared.
 *
 * @param schema - a TypeBox schema (objects, arrays, unions of literals and scalars)
 * @param value - a plain-JSON value, or `undefined` for "absent"
 */
export function fillDefaults(schema: TSchema, value: unknown): unknown {
  const filled = value === undefined ? defaultOf(schema) : value;
  const kind = schema[Kind];
  if (kind === 'Object' && isPlainObject(filled)) {
    const properties = (schema as TSchema & { properties: Record<string, TSchema> }).properties;
    for (const [key, propertySchema] of Object.entries(properties)) {
      const present = Object.prototype.hasOwnProperty.call(filled, key);
      const next = fillDefaults(propertySchema, present ? filled[key] : undefined);
      if (next !== undefined) Object.defineProperty(filled, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
  } else if (kind === 'Array' && Array.isArray(filled)) {
    const items = (schema as TSchema & { items: TSchema }).items;
    for (let i = 0; i < filled.length; i++) {
      // An absent array item is an error, not a default: leave holes to the checker.
      if (filled[i] !== undefined) filled[i] = fillDefaults(items, filled[i]);
    }
  }
  return filled;
}
