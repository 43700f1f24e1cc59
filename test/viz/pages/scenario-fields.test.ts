import { describe, expect, it } from 'vitest';
import { cabinetInstances, errorBelongs, fieldText, fieldValue, scenarioFields } from '../../../viz/src/pages/scenario-fields.js';
import { changesFrom, mergeOver } from '../../../viz/src/pages/scenario.js';
import { draftDocument, getAt, setAt } from '../../../viz/src/app/draft.js';

const field = (path: string) => scenarioFields.find((f) => f.path === path)!;
const preset = {
  run: { horizonDays: 365, replications: 10, seed: 1 },
  births: { annualDeliveries: 6000, caesareanShare: 0.36 },
  cabinets: { models: [{ id: 'mc-60' }, { id: 'mc-30' }], instances: [{ id: 'cab-1', modelId: 'mc-60', location: { x: 8, y: 1.2 } }] },
  restock: { roundHours: [4.75, 16.25] },
  channels: { order: ['cabinet', 'nurse-station', 'shop'] },
  people: { visitorsPerMotherPerDay: 1, companionSwapsPerDay: 0.3 },
  contacts: { prevalence: { public: 0.02 } },
};
const texts = (over: Record<string, string> = {}) => new Map(scenarioFields.map((f) => [f, over[f.path] ?? fieldText(f, preset)]));

describe('scenario form', () => {
  it('an unchanged form makes no changes', () => {
    expect(changesFrom(preset, texts())).toEqual({ changes: {}, local: [] });
  });

  it('changed fields become a merge patch; text that is no number goes to the server as text', () => {
    const { changes } = changesFrom(preset, texts({ '/births/caesareanShare': '1.7', '/restock/roundHours': '6, 18', '/run/horizonDays': 'ten' }));
    expect(changes).toEqual({ births: { caesareanShare: 1.7 }, restock: { roundHours: [6, 18] }, run: { horizonDays: 'ten' } });
    expect(draftDocument({ preset: 'city-mch', changes })).toMatchObject({ extends: 'city-mch', births: { caesareanShare: 1.7 } });
  });

  it('the own-supply share (an assumption) is a channels field that becomes a patch', () => {
    expect(field('/channels/ownSupplyShare')).toMatchObject({ kind: 'number', group: 'group.channels', help: 'help.ownSupplyShare' });
    expect(changesFrom(preset, texts({ '/channels/ownSupplyShare': '0.5' })).changes).toEqual({ channels: { ownSupplyShare: 0.5 } });
  });

  it('more cabinets keep the preset ones and add new ones 14 m along the corridor', () => {
    expect(cabinetInstances(preset, 3, 'mc-30')).toEqual([
      { id: 'cab-1', modelId: 'mc-30', location: { x: 8, y: 1.2 } },
      { id: 'cab-2', modelId: 'mc-30', location: { x: 22, y: 1.2 } },
      { id: 'cab-3', modelId: 'mc-30', location: { x: 36, y: 1.2 } },
    ]);
    expect(changesFrom(preset, texts({ '/cabinets/instances': '0' })).changes).toEqual({ cabinets: { instances: [] } });
  });

  it('a cabinet count that is no whole number is refused at the field before the server', () => {
    expect(changesFrom(preset, texts({ '/cabinets/instances': '2.5' })).local).toEqual([{ path: '/cabinets/instances', rule: 'integer', message: 'must be a whole number of cabinets from 0 to 50' }]);
  });

  it('errorBelongs() places server errors (document or /body/scenario paths) at their field only', () => {
    expect(errorBelongs(field('/births/caesareanShare'), '/births/caesareanShare')).toBe(true);
    expect(errorBelongs(field('/births/caesareanShare'), '/body/scenario/births/caesareanShare')).toBe(true);
    expect(errorBelongs(field('/births/annualDeliveries'), '/births/caesareanShare')).toBe(false);
    expect(errorBelongs(field('/restock/roundHours'), '/restock/roundHours/1')).toBe(true);
    expect(errorBelongs(field('/cabinets/instances/modelId'), '/cabinets/instances/2/modelId')).toBe(true);
    expect(errorBelongs(field('/cabinets/instances'), '/cabinets/instances/2/modelId')).toBe(false);
  });

  it('fieldValue() parses lists; setAt/getAt and mergeOver follow JSON Pointer and RFC 7386', () => {
    expect(fieldValue(field('/channels/order'), 'cabinet, shop')).toEqual(['cabinet', 'shop']);
    const doc: Record<string, unknown> = {};
    setAt(doc, '/a/b~1c', 1);
    expect(getAt(doc, '/a/b~1c')).toBe(1);
    expect(mergeOver({ a: { b: 1, c: [1] }, d: 2 }, { a: { c: [2] }, d: null })).toEqual({ a: { b: 1, c: [2] } });
  });
});
