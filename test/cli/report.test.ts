import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../scenarios/index.js';
import { runReplications } from '../../engine/experiment/index.js';
import { buildReport, renderHtml, renderMarkdown } from '../../server/report/index.js';
import { wardtwin } from '../_support/wardtwin.js';
import { REPORT_TEXT_EN } from '../../server/report/report-text-en.js';

const gen = { nodeVersion: 'v20', packageName: 'wardtwin', license: 'MIT' };

async function shortRun() {
  const p = loadPreset('county-mch');
  if (!p.ok) throw new Error('preset');
  return runReplications({ ...p.scenario, run: { ...p.scenario.run, horizonDays: 2, warmupDays: 1 } }, { replications: 2, engineVersion: '0.1.0' });
}

describe('buildReport()', () => {
  it('lays out the STRESS-DES sections and ODD from the result, with schema sources in the parameter table', async () => {
    const run = await shortRun();
    const doc = buildReport(run, gen);
    expect(doc.sections.map((s) => s.title)).toEqual([
      'STRESS-DES 1. Objectives', 'STRESS-DES 2. Model logic', 'STRESS-DES 3. Data and parameters', 'STRESS-DES 4. Experimentation',
      'STRESS-DES 5. Implementation', 'STRESS-DES 6. Code access', 'Results', 'ODD: Overview', 'ODD: Design concepts', 'ODD: Details',
    ]);
    const md = renderMarkdown(doc);
    expect(md).toContain('| /births/caesareanShare | 0.36 | share 0..1 | S | Li et al., JAMA 2017');
    expect(md).toContain('Warm-up: 1 days');
    expect(md).toContain('Replications: 2, base seed 1');
    // Changing the scenario changes the report: nothing in it is fixed text about one run.
    const other = buildReport({ ...run, replications: 7, scenario: { ...run.scenario, run: { ...run.scenario.run, warmupDays: 9 } } }, gen);
    expect(renderMarkdown(other)).toContain('Warm-up: 9 days');
    expect(renderMarkdown(other)).toContain('Replications: 7');
  });

  it('defines every KPI of the result from the catalogue, stock-outs per (cabinet, SKU) as the model counts them', async () => {
    const run = await shortRun();
    const md = renderMarkdown(buildReport(run, gen));
    expect(md).toContain('| stockoutEvents | times a (cabinet, SKU) lost its last usable unit');
    expect(md).toContain('| stockoutSlotHours | hours (cabinet, SKU) pairs sat with no usable stock');
    expect(md).toContain('| laneDrains | single slots emptied by a dispense');
    expect(md).not.toContain('| model output |');
  });

  it('shows the MSER-5 warm-up suggestion beside the setting and the precision rounds when the result carries them', async () => {
    const run = await shortRun();
    const warmup = { method: 'MSER-5' as const, scenarioDays: 1, suggestedDays: 4, series: 'bedsOccupied' as const, basis: 'separate runs from an empty ward', daysSimulated: 3, replications: 3, intervalMin: 12, atLimit: false };
    const precision = { kpi: 'contacts', targetHalfWidth: 5, relative: false, halfWidth: 4.2, reached: true, maxReplications: 50, rounds: [2, 9] };
    const md = renderMarkdown(buildReport({ ...run, warmup, precision }, gen));
    expect(md).toContain('Warm-up suggestion: MSER-5 on bedsOccupied suggests 4 days against the 1 days used (longer than the setting used). Basis: separate runs from an empty ward.');
    expect(md).toContain('Replications chosen by precision mode: added in rounds (2, 9) until the 95 % half-width of contacts was at most 5.000; half-width 4.200, target reached.');
    expect(renderMarkdown(buildReport(run, gen))).toContain('Warm-up suggestion: not computed for this result');
  });

  it('--lang zh-CN: every fixed text in Chinese, KPIs by their catalogue labels beside the keys, the preset by its Chinese name, <html lang="zh-CN">', async () => {
    const run = await shortRun();
    const warmup = { method: 'MSER-5' as const, scenarioDays: 1, suggestedDays: 4, series: 'bedsOccupied' as const, basis: 'b', daysSimulated: 3, replications: 3, intervalMin: 12, atLimit: true };
    const doc = buildReport({ ...run, warmup }, gen, 'zh-CN');
    expect(doc.sections.map((s) => s.title)).toEqual([
      'STRESS-DES 1. 目标', 'STRESS-DES 2. 模型逻辑', 'STRESS-DES 3. 数据与参数', 'STRESS-DES 4. 实验设计',
      'STRESS-DES 5. 实现', 'STRESS-DES 6. 代码获取', '结果', 'ODD：概述', 'ODD：设计概念', 'ODD：细节',
    ]);
    const md = renderMarkdown(doc);
    expect(md).toContain('| 首站满足率 (fillRate) |');
    expect(md).toContain('county-mch (县妇幼保健院)');
    expect(md).toContain('预热：模拟并舍弃 1 天');
    expect(md).toContain('预热建议：MSER-5 基于 bedsOccupied 建议 4 天，所用为 1 天（长于所用设置）；最小值位于一半长度的上限处');
    // No fixed English sentence is left (parameter paths, ids and sources stay as they are).
    const english = Object.values(REPORT_TEXT_EN).flat().flatMap((x) => String(x).split(/\{\w+\}/)).map((x) => x.trim()).filter((x) => x.length > 12);
    expect(english.filter((x) => md.includes(x))).toEqual([]);
    expect(renderHtml(doc)).toContain('<html lang="zh-CN">');
    expect(renderHtml(buildReport(run, gen))).toContain('<html lang="en">');
  });

  it('renders standalone HTML with escaped text and no external resources', async () => {
    const html = renderHtml(buildReport(await shortRun(), gen));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
  });
});

describe('wardtwin report', () => {
  it('exits 2 on a file that is not a result, and writes nothing', () => {
    const d = mkdtempSync(join(tmpdir(), 'wardtwin-report-'));
    writeFileSync(join(d, 'x.json'), '{"kind":"sweep"}');
    const r = wardtwin(['report', join(d, 'x.json'), '--out', join(d, 'r.md')]);
    expect(r.status).toBe(2);
    expect(readdirSync(d)).toEqual(['x.json']);
  });

  it('writes the HTML report of a run result to --out', async () => {
    const d = mkdtempSync(join(tmpdir(), 'wardtwin-report-'));
    writeFileSync(join(d, 'run.json'), JSON.stringify(await shortRun()));
    const r = wardtwin(['report', join(d, 'run.json'), '--format', 'html', '--out', join(d, 'r.html')]);
    expect(r.status).toBe(0);
    const html = readFileSync(join(d, 'r.html'), 'utf8');
    expect(html).toContain('STRESS-DES 4. Experimentation');
    // The run file has no warm-up check: the command computes it from the scenario.
    expect(html).toMatch(/Warm-up suggestion: MSER-5 on bedsOccupied suggests \d+ days against the 1 days used/);
  });

  it('--lang zh-CN writes the report in Chinese; a language it does not speak exits 2', async () => {
    const d = mkdtempSync(join(tmpdir(), 'wardtwin-report-'));
    writeFileSync(join(d, 'run.json'), JSON.stringify(await shortRun()));
    const r = wardtwin(['report', join(d, 'run.json'), '--lang', 'zh-CN', '--out', join(d, 'r.md')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(d, 'r.md'), 'utf8')).toContain('## STRESS-DES 4. 实验设计');
    expect(wardtwin(['report', join(d, 'run.json'), '--lang', 'fr']).status).toBe(2);
  });
});
