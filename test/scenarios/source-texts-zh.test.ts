// Every `source` of the scenario schema (the report's parameter table prints it) has a Chinese
// text that keeps the citation's authors, ids and numbers and leaves no English prose; every
// entry of the catalogue is a source the schema has.
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, TRANSLATED_SOURCES, sourceText, sourceTextZh } from '../../scenarios/index.js';
import { englishProse } from '../_support/english-prose.js';

interface SchemaNode {
  source?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

/** Every source string of the schema with the first path that cites it (`*` for an array index). */
function schemaSources(node: SchemaNode, path = '', out = new Map<string, string>()): Map<string, string> {
  if (node.source !== undefined && !out.has(node.source)) out.set(node.source, path);
  for (const [k, child] of Object.entries(node.properties ?? {})) schemaSources(child, `${path}/${k}`, out);
  if (node.items !== undefined) schemaSources(node.items, `${path}/*`, out);
  for (const child of node.anyOf ?? []) schemaSources(child, path, out);
  return out;
}

const CJK = /[\u4e00-\u9fff]/;
const sources = schemaSources(ScenarioSchema as SchemaNode);

/** What a citation keeps as written: numbers (not the digit of a unit such as m3), PMC ids, file names, authors. */
function kept(en: string): string[] {
  const numbers = en.match(/(?<![A-Za-z\d.])\d+(?:[.,:]\d+)*/g) ?? [];
  const ids = en.match(/PMC\d+|\b\w+\.md\b|SARS-CoV-2/g) ?? [];
  const authors = [...en.matchAll(/((?:van )?[A-Z][a-z]+)(?= et al\.| &)|(?<=& )[A-Z][a-z]+/g)].map((m) => m[0]);
  return [...numbers, ...ids, ...authors];
}

describe('schema sources in Chinese', () => {
  it('finds the schema\'s sources', () => {
    expect(sources.size).toBeGreaterThan(80);
  });

  it('every source of the schema has a Chinese text', () => {
    const missing = [...sources].filter(([en]) => !CJK.test(sourceTextZh(en) ?? '')).map(([en, path]) => `${path}: ${en}`);
    expect(missing).toEqual([]);
  });

  it('every entry is a source of the schema (none left behind by a changed field), each once', () => {
    expect(TRANSLATED_SOURCES.filter((en) => !sources.has(en))).toEqual([]);
    expect(new Set(TRANSLATED_SOURCES).size).toBe(TRANSLATED_SOURCES.length);
  });

  it.each([...sources.keys()])('%s: keeps the citation and leaves no English prose', (en) => {
    const zh = sourceTextZh(en) ?? '';
    expect(kept(en).filter((token) => !zh.includes(token))).toEqual([]);
    expect(englishProse(zh)).toEqual([]);
  });

  it('the prose rule flags English prose and lets citations through', () => {
    expect(englishProse('exposed assumption')).toEqual(['exposed assumption']);
    expect(englishProse('现场 site floor plan')).toContain('site floor plan');
    expect(englishProse('显式假设；0 under outbreak rules')).toContain('under outbreak rules');
    expect(englishProse('Martin 等，PLOS ONE 2018；NCHS Data Brief 200')).toEqual([]);
    expect(englishProse('WHO 2009, Natural ventilation for infection control in health-care settings：60 L/s；Kelm & Campbell 2018；van Niekerk 等 2021')).toEqual([]);
    // The English sources themselves are mostly prose.
    expect([...sources.keys()].filter((en) => englishProse(en).length > 0).length).toBeGreaterThan(70);
  });

  it('sourceText() gives the schema\'s own text in English and the Chinese one in zh-CN', () => {
    expect(sourceText('site floor plan', 'en')).toBe('site floor plan');
    expect(sourceText('site floor plan', 'zh-CN')).toBe('现场平面图');
    expect(sourceText('Chinese obstetric nursing units hold ~40-50 beds', 'zh-CN')).toBe('中国的产科护理单元约有 40–50 张床位');
    expect(sourceText('no such source', 'zh-CN')).toBe('no such source');
  });
});
