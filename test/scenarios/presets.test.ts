import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPresets, loadPreset, loadScenarioArg, resolveScenarioDocument } from '../../scenarios/presets.js';

const dir = mkdtempSync(join(tmpdir(), 'wardtwin-presets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('listPresets', () => {
  it('listPresets() lists the shipped hospitals, their baselines and the city variants, sorted', () => {
    const names = listPresets();
    for (const name of ['county-mch', 'county-mch-baseline', 'city-mch', 'city-mch-baseline', 'provincial-mch',
      'provincial-mch-baseline', 'city-mch-outbreak', 'city-mch-peak']) {
      expect(names).toContain(name);
    }
    expect([...names].sort()).toEqual(names);
  });
});

describe('loadPreset', () => {
  it('loadPreset() resolves extends: a baseline keeps its parent\'s births but has no cabinets', () => {
    const city = loadPreset('city-mch');
    const baseline = loadPreset('city-mch-baseline');
    expect(city.ok && baseline.ok).toBe(true);
    if (!city.ok || !baseline.ok) return;
    expect(baseline.source).toEqual({ kind: 'preset', name: 'city-mch-baseline' });
    expect(baseline.scenario.births).toEqual(city.scenario.births);
    expect(baseline.scenario.cabinets.instances).toEqual([]);
    expect(baseline.scenario.meta.id).toBe('city-mch-baseline');
    expect('extends' in baseline.scenario).toBe(false);
  });

  it.each(['no-such-preset', '../package', 'City-MCH', ''])('loadPreset(%j) is an error with rule preset', (name) => {
    const result = loadPreset(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual(expect.objectContaining({ path: '', rule: 'preset' }));
  });
});

describe('the presets\' restock rounds', () => {
  it('start inside the restocker\'s shift in every preset that has cabinets (a round at 04:45 in a 07:00-19:00 shift had no one to walk it)', () => {
    for (const name of listPresets()) {
      const loaded = loadPreset(name);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok || loaded.scenario.cabinets.instances.length === 0) continue;
      const { restockerShiftStartHour: start, restockerShiftHours: hours } = loaded.scenario.people;
      for (const h of loaded.scenario.restock.roundHours) expect({ name, h, inShift: (h - start + 24) % 24 < hours }).toEqual({ name, h, inShift: true });
    }
  });
});

describe('loadScenarioArg', () => {
  it('loadScenarioArg() takes a preset name or a file path', () => {
    expect(loadScenarioArg('county-mch').source).toEqual({ kind: 'preset', name: 'county-mch' });
    const city = loadPreset('city-mch');
    if (!city.ok) throw new Error('city-mch invalid');
    const path = file('whole.json', JSON.stringify(city.scenario));
    const fromFile = loadScenarioArg(path);
    expect(fromFile).toEqual({ ok: true, scenario: city.scenario, source: { kind: 'file', path } });
  });

  it('loadScenarioArg() resolves a file that extends a preset and holds only what differs', () => {
    const path = file('small.json', JSON.stringify({ extends: 'city-mch', meta: { id: 'my-ward' }, births: { annualDeliveries: 4321 } }));
    const result = loadScenarioArg(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.births.annualDeliveries).toBe(4321);
    expect(result.scenario.meta.id).toBe('my-ward');
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.json'), '', 'not-found'],
    ['a directory', () => dir, '', 'not-found'],
    ['broken JSON', () => file('broken.json', '{"meta": '), '', 'json'],
    ['an unknown parent', () => file('orphan.json', '{"extends": "atlantis-mch"}'), '/extends', 'extends'],
    ['a non-string extends', () => file('odd.json', '{"extends": 3}'), '/extends', 'extends'],
    ['an invalid field', () => file('bad.json', JSON.stringify({ extends: 'city-mch', births: { annualDeliveries: -3 } })), '/births/annualDeliveries', 'minimum'],
  ])('loadScenarioArg() on %s gives path %j and rule %s', (_label, makePath, path, rule) => {
    const result = loadScenarioArg(makePath());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ path, rule }));
  });
});

describe('resolveScenarioDocument', () => {
  it('resolveScenarioDocument() validates a whole document and labels its source', () => {
    const result = resolveScenarioDocument({ extends: 'county-mch' });
    expect(result.ok).toBe(true);
    expect(result.source).toEqual({ kind: 'document' });
  });
});
