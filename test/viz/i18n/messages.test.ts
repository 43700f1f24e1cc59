// @vitest-environment jsdom
// The message catalogues and formats: both languages hold the same keys with the same
// parameters, the language follows the saved choice then the browser, and numbers read
// against a target (99.99 %, not 100 %), times in Asia/Shanghai without a Z.
import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatShare, formatTime, messagesOf, pickLocale, setLocale, t, tCount } from '../../../viz/src/i18n/index.js';

const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  afterEach(() => setLocale('en', false));

  it('zh-CN and en have the same keys, each with the same parameters, and no empty text', () => {
    const en = messagesOf('en');
    const zh = messagesOf('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(params(zh[key]), key).toEqual(params(en[key]));
      expect(zh[key].trim(), key).not.toBe('');
    }
  });

  it('no English message writes a plural as "(s)": counts go through tCount()', () => {
    expect(Object.values(messagesOf('en')).filter((m) => /\w\(s\)/.test(m))).toEqual([]);
    expect([1, 3].map((n) => tCount('problems', n))).toEqual(['1 problem', '3 problems']);
    expect([1, 113].map((n) => tCount('units', n))).toEqual(['1 unit', '113 units']);
  });

  it('tCount() takes the noun\'s plural form for the count in the page\'s language', () => {
    expect([0, 1, 2, 1500].map((n) => tCount('cabinets', n))).toEqual(['0 cabinets', '1 cabinet', '2 cabinets', '1,500 cabinets']);
    setLocale('zh-CN', false);
    expect([1, 2].map((n) => tCount('cabinets', n))).toEqual(['1 台智能柜', '2 台智能柜']);
  });

  it('pickLocale(): a saved choice wins, then the first zh* or en* browser language, else English', () => {
    expect(pickLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale(undefined, ['zh'])).toBe('zh-CN');
    expect(pickLocale(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLocale(null, ['fr-FR'])).toBe('en');
    expect(pickLocale('en', ['zh-CN'])).toBe('en');
    expect(pickLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLocale('klingon', ['zh-CN'])).toBe('zh-CN');
  });

  it('t() fills parameters in the chosen language and setLocale() sets <html lang>', () => {
    setLocale('zh-CN', false);
    expect(t('results.titleRun', { id: 'r1' })).toBe('运行 r1 的结果');
    expect(document.documentElement.lang).toBe('zh-CN');
    setLocale('en', false);
    expect(t('results.titleRun', { id: 'r1' })).toBe('Results of run r1');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('formats', () => {
  afterEach(() => setLocale('en', false));

  it('shares show enough decimals to be read against a 99.5 % target', () => {
    setLocale('en', false);
    expect(formatShare(0.9999)).toBe('99.99%');
    expect(formatShare(0.99999)).toBe('99.999%');
    expect(formatShare(0.995)).toBe('99.50%');
    expect(formatShare(1)).toBe('100.00%');
    expect(formatShare(0.00001)).toBe('0.001%');
  });

  it('counts are grouped, tiny values scientific, and -0 never printed', () => {
    setLocale('en', false);
    expect(formatCount(12345.4)).toBe('12,345');
    expect(formatNumber(0.00012)).toBe('1.2E-4');
    expect(formatNumber(-0.0001)).not.toMatch(/^-0$/);
    expect(formatNumber(-0.0004 + 0.0004)).toBe('0');
    expect(formatNumber(-0.00049)).toBe('-4.9E-4');
  });

  it('times are local to Asia/Shanghai (UTC+8), without a Z', () => {
    setLocale('en', false);
    const en = formatTime('2026-12-04T10:53:00Z');
    expect(en).toContain('18:53');
    expect(en).not.toContain('Z');
    setLocale('zh-CN', false);
    expect(formatTime('2026-12-04T10:53:00Z')).toBe('2026/12/04 18:53');
  });
});
