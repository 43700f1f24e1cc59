// The CLI's tables in Chinese and English: `--lang` (else LC_ALL / LANG) picks the catalogue's
// KPI labels and units and the translated headers and legends; the Chinese tables fit 80
// display columns; `--explain` prints each KPI's definition; a run's interval bound outside what
// the KPI can take is clipped and marked.
import { describe, expect, it } from 'vitest';
import { formatComparison, formatRunResult } from '../../server/cli/output/result-tables.js';
import { cliLang } from '../../server/cli/output/messages.js';
import { formatPresets, presetEntries } from '../../server/cli/commands/presets.js';
import { maxLineWidth, wrapText } from '../../server/cli/output/display-width.js';
import { KPI_CATALOGUE } from '../../engine/index.js';
import type { ComparisonResult, RunResult, RunStatistics, Summary } from '../../engine/index.js';
import { loadPreset } from '../../scenarios/index.js';

const s = (mean: number, lo: number, hi: number): Summary => ({ mean, sd: 1, ci95: [lo, hi], n: 5 });

function statistics(id: string, contacts: number): RunStatistics {
  const loaded = loadPreset(id);
  if (!loaded.ok) throw new Error(`${id} invalid`);
  return {
    scenarioId: id,
    seed: 7,
    replications: 5,
    engineVersion: '9.9.9',
    eventsProcessed: 100,
    // expectedInfections' interval runs below 0, which an expected count cannot.
    kpis: { contacts: s(contacts, contacts - 10, contacts + 10), fillRate: s(0.9999, 0.9997, 1), expectedInfections: s(0.39, -0.476, 1.26) },
    contactsByRolePair: { 'mother-nurse': { contacts: s(40, 35, 45), contactMinutes: s(120, 100, 141) } },
    nurseSupplyMinutesByShift: { A: s(30, 28, 32) },
    scenario: loaded.scenario,
  };
}

const run = (): RunResult => ({ kind: 'run', ...statistics('county-mch', 200), timing: { wallTimeMs: 2500, eventsPerSecond: 4938, executor: 'pool' } });

const comparison = (): ComparisonResult => ({
  kind: 'comparison',
  commonRandomNumbers: true,
  seed: 7,
  replications: 5,
  engineVersion: '9.9.9',
  runs: [statistics('county-mch-baseline', 250), statistics('county-mch', 200)],
  differences: [{
    method: 'paired-crn',
    description: 'paired',
    baselineId: 'county-mch-baseline',
    scenarioId: 'county-mch',
    kpis: { contacts: s(-50, -60, -40), fillRate: s(0.001, -0.002, 0.004), expectedInfections: s(-0.1, -0.5, 0.3) },
    contactsByRolePair: { 'mother-nurse': { contacts: s(-12, -15, -9), contactMinutes: s(-3, -8, 2) } },
    nurseSupplyMinutesByShift: { A: s(-20, -25, -15) },
  }],
  timing: { wallTimeMs: null, eventsPerSecond: null, executor: 'in-process' },
});

const label = (key: string, lang: 'en' | 'zh-CN'): string => KPI_CATALOGUE.find((k) => k.key === key)?.label[lang] ?? key;

describe('cliLang()', () => {
  it('--lang wins, then LC_ALL, then LANG; zh* is Chinese; anything else English', () => {
    expect(cliLang('zh-CN', { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(cliLang('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLang(undefined, { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(cliLang(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLang(undefined, { LANG: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(cliLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLang(undefined, {})).toBe('en');
  });

  it('a language it does not speak is bad input naming the allowed values', () => {
    expect(() => cliLang('fr')).toThrow(/--lang: "fr" must be one of zh-CN \(or zh\), en/);
  });

  it('the locale spellings a user types name the two catalogues', () => {
    for (const tag of ['zh', 'ZH', 'zh_CN', 'zh-cn', 'zh-Hans']) expect(cliLang(tag, {})).toBe('zh-CN');
    for (const tag of ['en', 'EN', 'en_GB', 'en-US']) expect(cliLang(tag, { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(() => cliLang('zhx', {})).toThrow(/--lang/);
  });
});

describe('tables in zh-CN and en', () => {
  it('zh-CN: catalogue labels and units, Chinese headers and legend, within 80 display columns', () => {
    const text = formatRunResult(run(), { lang: 'zh-CN' });
    for (const key of ['contacts', 'fillRate', 'expectedInfections']) expect(text).toContain(label(key, 'zh-CN'));
    expect(text).toContain('指标');
    expect(text).toContain('图例');
    expect(text).not.toContain('Legend');
    expect(maxLineWidth(text)).toBeLessThanOrEqual(80);
    const compared = formatComparison(comparison(), { lang: 'zh-CN' });
    expect(compared).toContain(label('contacts', 'zh-CN'));
    expect(compared).toContain('差异显著');
    // The command wraps what it prints (as `compare` does); the Chinese cells must fit as they are.
    expect(maxLineWidth(wrapText(compared))).toBeLessThanOrEqual(80);
  });

  it('zh-CN: the header, notes and timing in Chinese, presets and roles by their Chinese names beside the ids', () => {
    const text = formatRunResult(run(), { lang: 'zh-CN' });
    expect(text).toContain('county-mch: 县妇幼保健院');
    expect(text).toContain('种子 7，5 次重复');
    expect(text).toContain('产妇-护士');
    expect(text).toContain('耗时 2.5 秒');
    const compared = formatComparison(comparison(), { lang: 'zh-CN' });
    expect(compared).toContain('county-mch-baseline: 县妇幼保健院（无智能柜）');
    expect(compared).toContain('按角色对的接触，county-mch − county-mch-baseline（配对）');
    expect(compared).toContain('接触次数差');
    expect(compared).not.toMatch(/role pair|replications|wall time|not measured|Differences are paired/);
    expect(maxLineWidth(wrapText(compared))).toBeLessThanOrEqual(80);
  });

  it('en (the default) keeps the keys scripts grep for, with English units', () => {
    const text = formatRunResult(run());
    expect(text).toContain('contacts');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(formatRunResult(run(), { lang: 'en' })).toBe(text);
    expect(text).toContain('county-mch: County maternal-child hospital\nseed 7, 5 replications,');
    expect(text).toContain('mother-nurse');
    expect(formatComparison(comparison())).toContain('Contacts by role pair, county-mch − county-mch-baseline (paired)');
  });

  it('--explain prints each KPI\'s definition in the chosen language', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const text = formatRunResult(run(), { lang, explain: true });
      const def = KPI_CATALOGUE.find((k) => k.key === 'expectedInfections')?.definition[lang] ?? '';
      expect(text.replace(/\s+/g, '')).toContain(def.replace(/\s+/g, ''));
      expect(maxLineWidth(text)).toBeLessThanOrEqual(80);
      expect(formatComparison(comparison(), { lang, explain: true }).replace(/\s+/g, '')).toContain(def.replace(/\s+/g, ''));
    }
    expect(formatRunResult(run())).not.toContain('What each KPI means');
  });

  it('a run interval below what a KPI can take is clipped to it, marked ^ and explained', () => {
    const text = formatRunResult(run());
    expect(text).toContain('[0, 1.26]^');
    expect(text).not.toContain('-0.476');
    expect(text).toContain('^ = the 95% CI runs past the values the KPI can take');
    // Differences can be negative: their intervals are not clipped.
    expect(formatComparison(comparison())).toContain('-0.5');
  });
});

describe('wardtwin presets --lang', () => {
  it('zh-CN lists each preset by id with its Chinese name, figures and description, within 80 display columns', () => {
    const text = formatPresets(presetEntries(), 'zh-CN');
    expect(text).toContain('county-mch\n  县妇幼保健院\n  年分娩 1,500 例，2 台智能柜\n');
    expect(text).toContain('county-mch-baseline\n  县妇幼保健院（无智能柜）\n  年分娩 1,500 例，不配置智能柜\n');
    expect(text).not.toMatch(/deliveries a year|About|Baseline twin|Use an id/);
    expect(maxLineWidth(text)).toBeLessThanOrEqual(80);
  });

  it('en is the default and keeps the presets\' own names', () => {
    expect(formatPresets(presetEntries(), 'en')).toBe(formatPresets(presetEntries()));
    expect(formatPresets(presetEntries())).toContain('county-mch\n  County maternal-child hospital\n  1,500 deliveries a year, 2 cabinets\n');
  });
});
