import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { ScenarioSchema, mergePatch, resolveExtends } from '../../../scenarios/index.js';
import { PRESETS, loadPreset, readPreset } from './presets.js';

describe('scenario presets', () => {
  it.each(PRESETS)('%s resolves and validates against ScenarioSchema', (name) => {
    const doc = loadPreset(name);
    const errors = [...Value.Errors(ScenarioSchema, doc)].map((e) => `${e.path}: ${e.message}`);
    expect(errors).toEqual([]);
    expect(doc.meta.id).toBe(name);
  });

  it('baseline twins have no cabinets and only nurse station and shop', () => {
    for (const name of ['county-mch-baseline', 'city-mch-baseline', 'provincial-mch-baseline']) {
      const doc = loadPreset(name);
      expect(doc.cabinets.instances).toEqual([]);
      expect(doc.channels.order).toEqual(['nurse-station', 'shop']);
      expect(doc.births).toEqual(loadPreset(name.replace('-baseline', '')).births);
    }
  });

  it('volumes and cabinet counts match the issue', () => {
    expect(loadPreset('county-mch').births.annualDeliveries).toBe(1500);
    expect(loadPreset('county-mch').cabinets.instances).toHaveLength(2);
    expect(loadPreset('city-mch').births.annualDeliveries).toBe(6000);
    expect(loadPreset('provincial-mch').births.annualDeliveries).toBe(20000);
    expect(loadPreset('provincial-mch').cabinets.instances).toHaveLength(12);
    expect(loadPreset('city-mch-outbreak').people.visitorsPerMotherPerDay).toBe(0);
    expect(loadPreset('city-mch-outbreak').contacts.prevalence.public).toBeGreaterThan(loadPreset('city-mch').contacts.prevalence.public);
    expect(loadPreset('city-mch-peak').births.peak.enabled).toBe(true);
  });

  it('every schema number field has a description with unit and basis, a default and bounds', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if ((n.type === 'number' || n.type === 'integer') && n.const === undefined && !path.includes('/items')) {
        const d = typeof n.description === 'string' ? n.description : '';
        if (!/\[.+\]/.test(d) || !/\((S|D|A)\b/.test(d) || n.default === undefined || n.minimum === undefined || n.maximum === undefined) missing.push(path);
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    walk(ScenarioSchema, '');
    expect(missing).toEqual([]);
  });
});

describe('resolveExtends()', () => {
  it('applies RFC 7386: objects merge, null deletes, arrays replace', () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }, { b: { c: null, f: 4 }, e: [9] })).toEqual({ a: 1, b: { d: 3, f: 4 }, e: [9] });
    expect(mergePatch({ a: 1 }, 'x')).toBe('x');
  });

  it('resolves chains, drops extends, and does not mutate the parent', () => {
    const parent = { id: 'p', x: { y: 1 } };
    const docs: Record<string, unknown> = { p: parent, q: { extends: 'p', x: { z: 2 } } };
    const out = resolveExtends({ extends: 'q', id: 'r' }, (n) => docs[n]);
    expect(out).toEqual({ id: 'r', x: { y: 1, z: 2 } });
    expect(parent).toEqual({ id: 'p', x: { y: 1 } });
  });

  it('rejects cycles and non-string extends with the API name', () => {
    const docs: Record<string, unknown> = { a: { extends: 'b' }, b: { extends: 'a' } };
    expect(() => resolveExtends({ extends: 'a' }, (n) => docs[n])).toThrow(/resolveExtends: cycle/);
    expect(() => resolveExtends({ extends: 3 }, () => ({}))).toThrow(/resolveExtends: extends must be/);
  });

  it('leaves documents without extends untouched', () => {
    const raw = readPreset('city-mch');
    expect(resolveExtends(raw, readPreset)).toBe(raw);
  });
});
