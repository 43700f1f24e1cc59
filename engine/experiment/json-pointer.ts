/**
 * JSON Pointers (RFC 6901) into scenario documents: how a sweep names the parameter it varies,
 * e.g. `/births/caesareanShare` or `/cabinets/models/0/slotGroups/1/count`. Setting a value
 * requires the parent to exist, so a mistyped path fails before any run instead of quietly
 * adding a field the model never reads. A pointer never names `__proto__`, `constructor` or
 * `prototype` and never walks an inherited key: a request's path must not reach
 * `Object.prototype` (which every object in the process shares).
 */

/** Segments no pointer may hold: each names a prototype link rather than a document field. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Splits a pointer into unescaped segments (`~1` → `/`, `~0` → `~`).
 * @throws RangeError when the pointer is not empty and does not start with `/`, or holds a
 *   segment in {@link FORBIDDEN_SEGMENTS}
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new RangeError(`parsePointer: pointer(=${JSON.stringify(pointer)}) must start with "/"`);
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const bad = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (bad !== undefined) throw new RangeError(`parsePointer: segment "${bad}" is not allowed (prototype keys are never document fields)`);
  return segments;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function arrayIndex(seg: string, length: number): number | null {
  if (!/^(0|[1-9]\d*)$/.test(seg)) return null;
  const i = Number(seg);
  return i < length ? i : null;
}

/**
 * Returns a deep copy of `doc` with the value at `pointer` replaced by `value` (copied too).
 * Only own fields are followed; the last segment may add a field to an existing object.
 * @returns the new document, or an error message naming the first segment that does not exist
 *   or is not allowed; never throws
 */
export function setAtPointer(doc: unknown, pointer: string, value: unknown): { ok: true; doc: unknown } | { ok: false; message: string } {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (segments.length === 0) return { ok: false, message: 'the whole document cannot be a sweep parameter' };
  const root = structuredClone(doc);
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    const here = `/${segments.slice(0, i + 1).join('/')}`;
    if (Array.isArray(node)) {
      const idx = arrayIndex(seg, node.length);
      if (idx === null) return { ok: false, message: `${here}: no array element "${seg}" (length ${node.length})` };
      if (last) node[idx] = structuredClone(value);
      else node = node[idx] as unknown;
    } else if (isRecord(node)) {
      if (last) Object.defineProperty(node, seg, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
      else if (!Object.hasOwn(node, seg)) return { ok: false, message: `${here}: no such field` };
      else node = node[seg];
    } else {
      return { ok: false, message: `${here}: parent is not an object or array` };
    }
  }
  return { ok: true, doc: root };
}
