// Every basis-A parameter of the scenario schema, and every default sensitivity factor of every
// preset, has a short name in English and Chinese and its meaning in Chinese; every schema unit
// of those parameters reads in Chinese; the patterns name parameters the schema has.
import { describe, expect, it } from 'vitest';
import { defaultFactorPaths } from '../../engine/index.js';
import { NAMED_PARAMETERS, ScenarioSchema, listPresets, loadPreset, parameterMeaning, parameterText, unitName } from '../../scenarios/index.js';

interface SchemaNode {
  type?: string;
  basis?: string;
  unit?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** Every numeric field of the schema: its path (`*` for an array index), basis and unit. */
function numericFields(node: SchemaNode, path = ''): Array<{ path: string; basis?: string; unit?: string }> {
  if (node.type === 'number' || node.type === 'integer') return [{ path, basis: node.basis, unit: node.unit }];
  const children = Object.entries(node.properties ?? {}).flatMap(([k, child]) => numericFields(child, `${path}/${k}`));
  return node.items === undefined ? children : [...children, ...numericFields(node.items, `${path}/*`)];
}

/** Every field of the schema that carries a basis (what the report's parameter table lists), with `*` for an array index. */
function basisFields(node: SchemaNode, path = ''): string[] {
  const own = node.basis !== undefined && path !== '' ? [path] : [];
  const children = Object.entries(node.properties ?? {}).flatMap(([k, child]) => basisFields(child, `${path}/${k}`));
  const items = node.items === undefined ? [] : basisFields(node.items, `${path}/*`);
  return [...own, ...children, ...items];
}

/** Every field of the schema with a unit (numbers, and strings such as the time zone), `*` for an array index. */
function unitFields(node: SchemaNode, path = ''): Array<{ path: string; unit: string }> {
  const own = node.unit === undefined ? [] : [{ path, unit: node.unit }];
  const children = Object.entries(node.properties ?? {}).flatMap(([k, child]) => unitFields(child, `${path}/${k}`));
  return [...own, ...children, ...(node.items === undefined ? [] : unitFields(node.items, `${path}/*`))];
}

/** Every path of the schema, `*` for an array index. */
function allPaths(node: SchemaNode, path = ''): string[] {
  const children = Object.entries(node.properties ?? {}).flatMap(([k, child]) => allPaths(child, `${path}/${k}`));
  return [path, ...children, ...(node.items === undefined ? [] : allPaths(node.items, `${path}/*`))];
}

const CJK = /[\u4e00-\u9fff]/;
const fields = numericFields(ScenarioSchema as SchemaNode);
const concrete = (pattern: string): string => pattern.replace(/\*/g, '0');

describe('parameter names', () => {
  it('finds the schema\'s basis-A parameters', () => {
    expect(fields.filter((f) => f.basis === 'A').length).toBeGreaterThan(80);
  });

  it.each(fields.filter((f) => f.basis === 'A').map((f) => f.path))('%s has a name in both languages and a Chinese meaning', (path) => {
    const text = parameterText(concrete(path));
    expect(text, path).toBeDefined();
    expect(text?.['zh-CN']).toMatch(CJK);
    expect(text?.whatZh).toMatch(CJK);
    expect(text?.en).toMatch(/^[A-Z]/);
    expect(text?.en).not.toMatch(CJK);
  });

  it('names every default sensitivity factor of every preset, and each factor\'s unit reads in Chinese', () => {
    const units = new Map(fields.map((f) => [f.path, f.unit]));
    for (const id of listPresets()) {
      const loaded = loadPreset(id);
      if (!loaded.ok) throw new Error(`${id} does not load`);
      for (const path of defaultFactorPaths(loaded.scenario)) {
        expect(parameterText(path)?.['zh-CN'], `${id} ${path}`).toMatch(CJK);
        const unit = units.get(path.replace(/\/\d+(?=\/|$)/g, '/*')) ?? '';
        expect(unitName(unit, 'zh-CN'), `${path} [${unit}]`).toMatch(unit === '%' ? /^%$/ : CJK);
      }
    }
  });

  it('every unit of the schema reads in Chinese, ward units as ward units', () => {
    const units = unitFields(ScenarioSchema as SchemaNode);
    expect(units.map((f) => f.path)).toEqual(expect.arrayContaining(['/meta/timeZone', '/run/startDate', '/layout/units']));
    const untranslated = units.filter((f) => f.unit !== '%' && !CJK.test(unitName(f.unit, 'zh-CN', concrete(f.path))));
    expect(untranslated.map((f) => `${f.path} [${f.unit}]`)).toEqual([]);
    expect(unitName('units', 'zh-CN', '/layout/units')).toBe('个护理单元');
    expect(unitName('units', 'zh-CN', '/cabinets/models/0/slotGroups/0/capacityUnits')).toBe('件');
    expect(unitName('units', 'en', '/layout/units')).toBe('units');
  });

  it('parameterMeaning() gives the schema\'s own text in English and the catalogue\'s in Chinese', () => {
    expect(parameterMeaning('/channels/nurseHandoverMinutes', 'en')).toBe('Counter time of a supply handover at the nurse station (request, check, hand over)');
    expect(parameterMeaning('/cabinets/models/0/slotGroups/1/count', 'en')).toBe('Number of such slots');
    expect(parameterMeaning('/channels/nurseHandoverMinutes', 'zh-CN')).toBe('在护士站柜台交接一次物品的时间（提出请求、核对、交付）');
    expect(parameterMeaning('/no/such', 'en')).toBeUndefined();
  });

  it('no two parameters share a name in either language (a table names factors by them)', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const names = NAMED_PARAMETERS.map((p) => parameterText(p)?.[lang]);
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });

  it('every pattern names a field of the schema', () => {
    const paths = new Set(allPaths(ScenarioSchema as SchemaNode));
    expect(NAMED_PARAMETERS.filter((p) => !paths.has(p))).toEqual([]);
  });

  it('every field with a basis (a row of the report\'s parameter table) has its meaning in Chinese', () => {
    const missing = basisFields(ScenarioSchema as SchemaNode).filter((path) => !CJK.test(parameterMeaning(concrete(path), 'zh-CN') ?? ''));
    expect(missing).toEqual([]);
  });
});
