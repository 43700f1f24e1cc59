// The Chinese report's parameter table: the source column reads in Chinese for every preset
// (citations as written, no English prose left), and so does the table of departures from
// DOMAIN.md; the English report keeps the schema's text.
import { describe, expect, it } from 'vitest';
import { listPresets } from '../../../scenarios/index.js';
import { runReplications } from '../../../engine/experiment/index.js';
import { buildReport, renderMarkdown } from '../../../server/report/index.js';
import type { ReportDoc } from '../../../server/report/index.js';
import { REPORT_TEXT_ZH } from '../../../server/report/report-text-zh.js';
import { REPORT_TEXT_EN } from '../../../server/report/report-text-en.js';
import { englishProse } from '../../_support/english-prose.js';
import { preset } from '../../engine/experiment/preset.js';

const GEN = { nodeVersion: 'v20', packageName: 'wardtwin', license: 'MIT' };
const CJK = /[\u4e00-\u9fff]/;

/** The rows of the report's table with `header`. */
function tableRows(doc: ReportDoc, header: readonly string[]): ReadonlyArray<readonly string[]> {
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if ('table' in block && block.table.header.join('|') === header.join('|')) return block.table.rows;
    }
  }
  throw new Error(`no table ${header.join(', ')}`);
}

/** The rows of the report's parameter table (found by its header), as path -> source cell. */
function sourceColumn(doc: ReportDoc, header: readonly string[]): Map<string, string> {
  const col = REPORT_TEXT_EN.parameterHeader.indexOf('source');
  return new Map(tableRows(doc, header).map((r) => [r[0], r[col]]));
}

describe('the Chinese report\'s parameter table', async () => {
  const run = await runReplications(preset('county-mch', 1), { replications: 1, engineVersion: '0.1.0' });

  it.each(listPresets())('%s: every source in Chinese, no English prose beyond citations', (id) => {
    const doc = buildReport({ ...run, scenarioId: id, scenario: preset(id) }, GEN, 'zh-CN');
    const sources = sourceColumn(doc, REPORT_TEXT_ZH.parameterHeader);
    expect(sources.size).toBeGreaterThan(100);
    const prose = [...sources].flatMap(([path, text]) => englishProse(text).map((words) => `${path}: ${words}`));
    expect(prose).toEqual([]);
    // A field without a schema source (/restock/roundHours keeps its provenance in its description) has an empty cell.
    expect([...sources].filter(([, text]) => text !== '' && !CJK.test(text)).map(([path]) => path)).toEqual([]);
  });

  it.each(['county-mch', 'provincial-mch'])('%s: the departures from DOMAIN.md read in Chinese, values as the scenario has them', (id) => {
    const rows = tableRows(buildReport({ ...run, scenarioId: id, scenario: preset(id) }, GEN, 'zh-CN'), REPORT_TEXT_ZH.departureHeader);
    expect(rows.length).toBeGreaterThan(5);
    const [domain, model, reason] = ['DOMAIN.md', 'model', 'reason'].map((h) => REPORT_TEXT_EN.departureHeader.indexOf(h));
    for (const r of rows) {
      expect([englishProse(r[domain]), englishProse(r[model]), englishProse(r[reason])], r[0]).toEqual([[], [], []]);
      expect(r[domain], r[0]).toMatch(CJK);
      expect(r[reason], r[0]).toMatch(CJK);
    }
    expect(rows.find((r) => r[0] === '/births/scheduledCaesarean/dayOfWeek')?.[model]).toMatch(/^周末降幅 -\d+\.\d%$/);
    expect(rows.find((r) => r[0] === '/restock/roundHours')?.[model]).toBe('[7,18.5]');
  });

  it('names the supply channels in words in each language, not as the scenario\'s JSON', () => {
    const zh = renderMarkdown(buildReport(run, GEN, 'zh-CN'));
    const en = renderMarkdown(buildReport(run, GEN));
    expect(zh).toContain('供应渠道 智能柜 → 护士站 → 商店（需求由自备物品满足的概率 0；护士站库房有所需物品的概率 0.98，商店 0.95）');
    expect(en).toContain('channels cabinet → nurse station → shop (a need met from own supplies with probability 0;');
    for (const text of [zh, en]) expect(text).not.toContain('{"order"');
  });

  it('prints the Chinese text in the Markdown, and the English report keeps the schema\'s own source', () => {
    expect(renderMarkdown(buildReport(run, GEN, 'zh-CN'))).toContain('| /cabinets/instances/0/location/x | 6 | 米 | A | 现场平面图 |');
    const en = sourceColumn(buildReport(run, GEN), REPORT_TEXT_EN.parameterHeader);
    expect(en.get('/layout/units')).toBe('Chinese obstetric nursing units hold ~40-50 beds');
    expect(en.get('/cabinets/instances/0/location/x')).toBe('site floor plan');
    expect(tableRows(buildReport(run, GEN), REPORT_TEXT_EN.departureHeader).find((r) => r[0] === '/births/scheduledCaesarean/dayOfWeek')?.[2]).toMatch(/^weekend dip -\d+\.\d %$/);
  });
});
