import { describe, expect, it } from 'vitest';
import { validateScenario, formatValidationErrors, MAX_ERRORS } from '../../scenarios/validate.js';
import { JSON_LIMITS } from '../../scenarios/json-value.js';
import { listPresets, loadPreset } from '../../scenarios/presets.js';
import type { Scenario } from '../../scenarios/schema/scenario.js';

function cityMch(): Scenario {
  const result = loadPreset('city-mch');
  if (!result.ok) throw new Error(formatValidationErrors(result.errors));
  return result.scenario;
}

/** Sets `value` at a JSON pointer inside a copy of `doc` (creating nothing). */
function withValue(doc: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const keys = pointer.split('/').slice(1);
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('validateScenario', () => {
  it.each(listPresets())('validateScenario() accepts preset %s and re-validates its own output', (name) => {
    const first = loadPreset(name);
    expect(first.ok, first.ok ? '' : formatValidationErrors(first.errors)).toBe(true);
    if (!first.ok) return;
    const again = validateScenario(first.scenario);
    expect(again).toEqual({ ok: true, scenario: first.scenario });
  });

  it('validateScenario() returns a fresh object and never mutates its input', () => {
    const doc = cityMch();
    const before = JSON.stringify(doc);
    const result = validateScenario(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).not.toBe(doc);
    expect(result.scenario.births).not.toBe(doc.births);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('validateScenario() fills defaults for omitted fields', () => {
    const doc = withValue(withValue(cityMch(), '/births/caesareanShare', undefined), '/run/warmupDays', undefined);
    const result = validateScenario(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.births.caesareanShare).toBe(0.36);
    expect(result.scenario.run.warmupDays).toBe(14);
  });

  it.each([
    ['/births/annualDeliveries', -5, 'minimum'],
    ['/births/caesareanShare', 1.5, 'maximum'],
    ['/births/annualDeliveries', 'many', 'type'],
    ['/run/horizonDays', 2.5, 'type'],
    ['/run/replications', 0, 'minimum'],
    ['/meta/id', 'City MCH', 'pattern'],
    ['/meta/name', '', 'minLength'],
    ['/meta/hospitalType', 'clinic', 'anyOf'],
    ['/schemaVersion', 2, 'const'],
    ['/channels/order', ['shop', 'shop'], 'uniqueItems'],
    ['/channels/order', [], 'minItems'],
    ['/catalog/items/0/curve', [], 'minItems'],
    ['/births/unknownField', 3, 'additionalProperties'],
    ['/meta', undefined, 'required'],
    ['/run/seed', Number.NaN, 'json'],
    ['/run/seed', Infinity, 'json'],
    ['/meta/name', () => 'x', 'json'],
    ['/meta/name', 10n, 'json'],
    ['/meta/name', new Date(0), 'json'],
  ])('validateScenario() reports %s = %s with rule %s', (path, value, rule) => {
    const result = validateScenario(withValue(cityMch(), path, value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ path, rule }));
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
  });

  it('validateScenario() lists every error of a document, not just the first', () => {
    let doc = withValue(cityMch(), '/births/annualDeliveries', -1);
    doc = withValue(doc, '/run/horizonDays', 0);
    doc = withValue(doc, '/meta/id', 'Bad Id');
    doc = withValue(doc, '/run/seed', Number.NaN);
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path} ${e.rule}`).sort()).toEqual(
      ['/births/annualDeliveries minimum', '/meta/id pattern', '/run/horizonDays minimum', '/run/seed json'].sort(),
    );
  });

  it('validateScenario() lists the allowed values of a union of literals (a channel name)', () => {
    const result = validateScenario(withValue(cityMch(), '/channels/order', ['cabinet', 'kiosk']));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/channels/order/1', rule: 'anyOf', message: 'Expected one of "cabinet", "nurse-station" or "shop" (got "kiosk")', params: { allowed: '"cabinet", "nurse-station", "shop"', got: '"kiosk"' } }],
    });
  });

  it('validateScenario() checks cross-references the schema cannot state', () => {
    const base = cityMch();
    const doc = structuredClone(base);
    doc.catalog.items[1].sku = doc.catalog.items[0].sku;
    doc.cabinets.instances[0].modelId = 'no-such-model';
    doc.cabinets.instances[1].slotSkus = ['no-such-sku'];
    doc.catalog.items[0].curve = [{ fromDay: 2, perDay: 1 }];
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/catalog/items/1/sku', rule: 'unique' }),
        expect.objectContaining({ path: '/cabinets/instances/0/modelId', rule: 'reference' }),
        expect.objectContaining({ path: '/cabinets/instances/1/slotSkus/0', rule: 'reference' }),
        expect.objectContaining({ path: '/catalog/items/0/curve/0/fromDay', rule: 'order' }),
      ]),
    );
  });

  it.each([
    ['undefined', undefined, '', 'json'],
    ['null', null, '', 'type'],
    ['a number', 42, '', 'type'],
    ['an array', [1, 2], '', 'type'],
    ['a Map', new Map(), '', 'json'],
    ['a symbol', Symbol('x'), '', 'json'],
  ])('validateScenario(%s) returns errors at the root', (_label, doc, path, rule) => {
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual(expect.objectContaining({ path, rule }));
  });

  it('validateScenario() reports cycles, absurd nesting and throwing getters without throwing', () => {
    const cyclic = structuredClone(cityMch()) as unknown as Record<string, unknown>;
    (cyclic['meta'] as Record<string, unknown>)['self'] = cyclic;
    expect(validateScenario(cyclic)).toEqual({ ok: false, errors: expect.arrayContaining([expect.objectContaining({ path: '/meta/self', rule: 'cycle' })]) as unknown });

    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const deepResult = validateScenario({ ...cityMch(), deep });
    expect(deepResult.ok).toBe(false);
    if (!deepResult.ok) expect(deepResult.errors.map((e) => e.rule)).toContain('maxDepth');

    const trap = Object.defineProperty({}, 'meta', { enumerable: true, get: () => { throw new Error('boom'); } });
    const trapResult = validateScenario(trap);
    expect(trapResult.ok).toBe(false);
    if (!trapResult.ok) expect(trapResult.errors).toContainEqual(expect.objectContaining({ path: '', rule: 'json' }));

    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(validateScenario(proxy).ok).toBe(false);
    expect(JSON_LIMITS.maxDepth).toBeGreaterThan(10);
  });

  it('validateScenario() keeps a "__proto__" key as data and rejects it as an unknown property', () => {
    const doc = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(cityMch()).slice(1)}`) as unknown;
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ path: '/__proto__', rule: 'additionalProperties' }));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('validateScenario() refuses a restock round outside the restocker shift, with its path and rule `shift`', () => {
    const doc = cityMch();
    // DOMAIN.md's 04:45 round, before the 07:00-19:00 shift; 19:00 is the shift's end, also outside
    const result = validateScenario(withValue(doc, '/restock/roundHours', [4.75, 12, 19]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.rule])).toEqual([['/restock/roundHours/0', 'shift'], ['/restock/roundHours/2', 'shift']]);
    expect(result.errors[0].message).toContain('04:45 lies outside the restocker shift 07:00-19:00');
    // a night shift that wraps midnight takes the 04:45 round; no restockers, no check
    expect(validateScenario(withValue(withValue(doc, '/restock/roundHours', [4.75]), '/people/restockerShiftStartHour', 22)).ok).toBe(true);
    expect(validateScenario(withValue(withValue(doc, '/restock/roundHours', [4.75]), '/people/restockers', 0)).ok).toBe(true);
    // the presets' rounds lie inside the shift
    expect(doc.restock.roundHours).toEqual([7, 18.5]);
  });

  it('validateScenario() caps a flood of errors and says so', () => {
    const doc = structuredClone(cityMch()) as unknown as Record<string, unknown>;
    for (let i = 0; i < MAX_ERRORS + 50; i++) doc[`junk${i}`] = i;
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ERRORS + 1);
    expect(result.errors[MAX_ERRORS].rule).toBe('maxErrors');
  });
});

describe('formatValidationErrors', () => {
  it('formatValidationErrors() prints path, rule and message per line', () => {
    expect(formatValidationErrors([
      { path: '/births/annualDeliveries', rule: 'minimum', message: 'too small' },
      { path: '', rule: 'json', message: 'not JSON' },
    ])).toBe('/births/annualDeliveries  minimum  too small\n/  json  not JSON');
  });
});
