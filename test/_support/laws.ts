// Laws shared by the tests of several folders, written once (fast-check's habit): a result is
// compared as its JSON without the wall-clock `timing` field; the same inputs give the same
// result; every executor gives the reference result; stock is conserved (the dispensing core's
// law, reused by the ward tests).
import { expect } from 'vitest';

export { conservation } from '../engine/dispensing/laws.js';

/**
 * The JSON of a result without its top-level `timing` (wall time, events per second, executor):
 * what must be byte-identical for the same inputs. Takes the result or its JSON text.
 */
export function stableJson(result: unknown): string {
  const value: unknown = typeof result === 'string' ? JSON.parse(result) : result;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
  const { timing: _timing, ...rest } = value as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * Law: running `run` twice (same scenario, seed and options) gives byte-identical results apart
 * from timing. Resolves with the stable JSON, for further checks.
 */
export async function sameResultGivenSameSeed(run: () => unknown): Promise<string> {
  const first = stableJson(await run());
  const second = stableJson(await run());
  expect(second, 'the same inputs gave a different result').toBe(first);
  return first;
}

/** Law: every executor's result (by executor name) is byte-identical to the reference's, apart from timing. */
export function executorsAgree(reference: unknown, others: Readonly<Record<string, unknown>>): void {
  const want = stableJson(reference);
  for (const [name, result] of Object.entries(others)) expect(stableJson(result), `${name} differs from the reference`).toBe(want);
}
