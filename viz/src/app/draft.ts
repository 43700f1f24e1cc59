/**
 * The scenario a planner is working on, shared between pages while the tab is open: the
 * preset it starts from and the changes made on the Scenario page (a JSON merge patch, sent
 * as `{ "extends": preset, ...changes }`). Kept in memory only; a reload starts afresh.
 */

/** The draft scenario: a preset plus changes. */
export interface Draft {
  preset: string;
  /** Merge patch over the preset (RFC 7386): objects merge, arrays and values replace. */
  changes: Record<string, unknown>;
}

let current: Draft = { preset: 'county-mch', changes: {} };

/** The current draft. */
export function getDraft(): Draft {
  return current;
}

/** Replace the draft. */
export function setDraft(draft: Draft): void {
  current = { preset: draft.preset, changes: structuredClone(draft.changes) };
}

/** The scenario document to send for a draft: the preset as `extends` plus the changes. */
export function draftDocument(draft: Draft): Record<string, unknown> {
  return { extends: draft.preset, ...structuredClone(draft.changes) };
}

/** Reads the value at a JSON Pointer (`/births/annualDeliveries`) of `doc`, or undefined. */
export function getAt(doc: unknown, pointer: string): unknown {
  let x: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof x !== 'object' || x === null) return undefined;
    x = (x as Record<string, unknown>)[key];
  }
  return x;
}

/** Sets the value at a JSON Pointer in `doc`, creating objects on the way (mutates `doc`). */
export function setAt(doc: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (keys.length === 0) throw new RangeError(`setAt: pointer(=${JSON.stringify(pointer)}) must name a field`);
  let x = doc;
  for (const key of keys.slice(0, -1)) {
    const next = x[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) x[key] = {};
    x = x[key] as Record<string, unknown>;
  }
  x[keys[keys.length - 1]] = value;
}
