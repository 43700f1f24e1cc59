// Every preset, every SKU of a preset's catalogue and every contact role has a name in both
// languages, the English names are the presets' own, and an unknown id is shown as itself.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../engine/ward/index.js';
import { displayName, displayNameEntries, listPresets, loadPreset, presetDescription } from '../../scenarios/index.js';

describe('display names', () => {
  const presets = listPresets().map((id) => {
    const loaded = loadPreset(id);
    if (!loaded.ok) throw new Error(`preset ${id} does not load`);
    return { id, scenario: loaded.scenario };
  });

  it('names every preset in both languages, English as the preset names itself', () => {
    expect(displayNameEntries('preset').map((e) => e.id).sort()).toEqual(presets.map((p) => p.id).sort());
    for (const p of presets) {
      expect(displayName('preset', p.id, 'en')).toBe(p.scenario.meta.name);
      expect(displayName('preset', p.id, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(presetDescription(p.id, p.scenario.meta.description, 'zh-CN'), p.id).toMatch(/[\u4e00-\u9fff]/);
      expect(presetDescription(p.id, p.scenario.meta.description, 'en')).toBe(p.scenario.meta.description);
    }
  });

  it('names every SKU of every preset catalogue, English as the catalogue names it', () => {
    for (const p of presets) {
      for (const item of p.scenario.catalog.items) {
        expect(displayName('sku', item.sku, 'en'), `${p.id} ${item.sku}`).toBe(item.name);
        expect(displayName('sku', item.sku, 'zh-CN'), `${p.id} ${item.sku}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('names every contact role; unknown ids stay ids', () => {
    expect(displayNameEntries('role').map((e) => e.id).sort()).toEqual([...ROLES].sort());
    expect(displayName('role', 'companion', 'zh-CN')).toBe('陪护人员');
    expect(displayName('role', 'companion', 'en')).toBe('companion');
    expect(displayName('sku', 'my-own-sku', 'zh-CN')).toBe('my-own-sku');
    expect(displayName('preset', 'toString', 'en')).toBe('toString');
  });
});
