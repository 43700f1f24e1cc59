// Fuzz: random and mutated scenario documents. Laws: validateScenario() never throws and never
// reports an internal error; it never says ok for a document the compiled schema rejects (with
// defaults filled); what it returns as ok validates again to the same scenario; every error
// names a rule and a JSON pointer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { validateScenario } from '../../scenarios/validate.js';
import { toJsonValue } from '../../scenarios/json-value.js';
import { fillDefaults } from '../../scenarios/defaults.js';
import { listPresets, loadPreset } from '../../scenarios/presets.js';
import { ScenarioSchema } from '../../scenarios/schema/scenario.js';

const compiled = TypeCompiler.Compile(ScenarioSchema);
const presets = listPresets().map((name) => {
  const result = loadPreset(name);
  if (!result.ok) throw new Error(`preset ${name} invalid`);
  return result.scenario;
});


/** Every pointer (as key lists) to a value inside `doc`, the root included. */
function paths(doc: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  out.push(prefix);
  if (typeof doc === 'object' && doc !== null) {
    for (const [key, value] of Object.entries(doc)) paths(value, [...prefix, key], out);
  }
  return out;
}

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, 0, 1e308, 2 ** 53, 0.5, '', 'x', true, null, undefined, [], {}, () => 1, Symbol('s'), 1n, new Date(0)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }),
);

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; key: string; value: unknown } | { kind: 'wrap' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  oddValue.map((value): Mutation => ({ kind: 'set', value })),
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.record({ key: fc.string({ maxLength: 8 }), value: oddValue }).map(({ key, value }): Mutation => ({ kind: 'extra', key, value })),
  fc.constant<Mutation>({ kind: 'wrap' }),
);

function mutate(doc: unknown, pathIndex: number, m: Mutation): unknown {
  const all = paths(doc);
  const keys = all[pathIndex % all.length];
  if (keys.length === 0) return m.kind === 'set' ? m.value : m.kind === 'wrap' ? [doc] : doc;
  let node = doc as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (m.kind === 'set') node[last] = m.value;
  else if (m.kind === 'delete') delete node[last];
  else if (m.kind === 'wrap') node[last] = [node[last]];
  else if (typeof node[last] === 'object' && node[last] !== null) (node[last] as Record<string, unknown>)[m.key] = m.value;
  return doc;
}

/** True when everything `input` says is said the same way in `output` (defaults only add). */
function keptIn(input: unknown, output: unknown): boolean {
  if (Array.isArray(input)) {
    return Array.isArray(output) && input.length === output.length && input.every((x, i) => keptIn(x, output[i]));
  }
  if (typeof input === 'object' && input !== null) {
    if (typeof output !== 'object' || output === null || Array.isArray(output)) return false;
    return Object.entries(input).every(([key, value]) => Object.prototype.hasOwnProperty.call(output, key) && keptIn(value, (output as Record<string, unknown>)[key]));
  }
  return Object.is(input, output);
}

function checkLaws(doc: unknown): void {
  const result = validateScenario(doc);
  const json = toJsonValue(doc);
  if (json.errors.length === 0) {
    const filled = fillDefaults(ScenarioSchema, structuredClone(json.value));
    // Absent-only filling: a document the checker rejects even with defaults is never ok.
    if (!compiled.Check(filled)) expect(result.ok).toBe(false);
  }
  if (result.ok) {
    expect(compiled.Check(result.scenario)).toBe(true);
    expect(keptIn(json.value, result.scenario)).toBe(true);
    expect(validateScenario(result.scenario)).toEqual(result);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.rule).not.toBe('internal');
      expect(error.rule).toMatch(/^[A-Za-z-]+$/);
      expect(error.path === '' || error.path.startsWith('/')).toBe(true);
      expect(typeof error.message).toBe('string');
    }
  }
}

describe('validateScenario fuzz', () => {
  it('validateScenario() never throws on arbitrary values', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (doc) => {
      expect(() => validateScenario(doc)).not.toThrow();
      checkLaws(doc);
    }), { numRuns: 300 });
  });

  it('validateScenario() obeys its laws on presets with 1-4 random mutations', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: presets.length - 1 }),
        fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
        (presetIndex, mutations) => {
          let doc: unknown = structuredClone(presets[presetIndex]);
          for (const [pathIndex, m] of mutations) doc = mutate(doc, pathIndex, m);
          checkLaws(doc);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('validateScenario() accepts every unmutated preset', () => {
    for (const doc of presets) checkLaws(doc);
    for (const doc of presets) expect(validateScenario(doc).ok).toBe(true);
  });
});
