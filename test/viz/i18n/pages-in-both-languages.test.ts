// @vitest-environment jsdom
// Every page drawn in Chinese and in English: the heading, tab title, navigation and buttons
// come from the chosen language's catalogue, and a page drawn in Chinese shows none of the
// English messages (so a text that bypasses the catalogue shows up here too).
import { select } from 'd3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildShell } from '../../../viz/src/app/shell.js';
import { messagesOf, setLocale, t } from '../../../viz/src/i18n/index.js';
import type { Locale, MessageKey } from '../../../viz/src/i18n/index.js';
import { showCompare } from '../../../viz/src/pages/compare.js';
import { showGallery } from '../../../viz/src/pages/gallery.js';
import { showResults } from '../../../viz/src/pages/results.js';
import { showRun } from '../../../viz/src/pages/run.js';
import { showScenario } from '../../../viz/src/pages/scenario.js';
import { showSizing } from '../../../viz/src/pages/sizing.js';
import { showPortfolio } from '../../../viz/src/pages/portfolio.js';
import { showTwin } from '../../../viz/src/pages/twin.js';
import { showValidation } from '../../../viz/src/pages/validation.js';
import { setDisplayNames } from '../../../viz/src/adapters/index.js';
import { forecast, state } from '../_support/twin-fixtures.js';
import type { Main } from '../../../viz/src/pages/_internals/page-kit.js';

const answers: Record<string, unknown> = {
  '/api/scenarios': { presets: [{ name: 'county-mch', title: 'County MCH' }] },
  '/api/scenarios/county-mch': { meta: { description: 'About 1,500 deliveries a year.' }, run: { horizonDays: 60, replications: 5, seed: 1 }, births: { annualDeliveries: 3000, caesareanShare: 0.4 } },
  '/api/twin/state': state,
  '/api/twin/forecast?horizonHours=24&replications=50': forecast,
  '/api/runs?limit=50': { runs: [{ id: 'r1', kind: 'run', status: 'succeeded', createdAt: '2026-12-04T10:53:00.000Z' }] },
};

const pages: { name: string; title: MessageKey; show: (main: Main) => unknown }[] = [
  { name: 'scenario', title: 'scenario.title', show: (m) => showScenario(m) },
  { name: 'run', title: 'run.title', show: (m) => showRun(m) },
  { name: 'results', title: 'results.title', show: (m) => showResults(m, []) },
  { name: 'compare', title: 'compare.title', show: (m) => showCompare(m, []) },
  { name: 'sizing', title: 'sizing.title', show: (m) => showSizing(m) },
  { name: 'gallery', title: 'gallery.title', show: (m) => showGallery(m) },
  { name: 'portfolio', title: 'portfolio.title', show: (m) => showPortfolio(m) },
  { name: 'validation', title: 'validation.title', show: (m) => showValidation(m) },
  { name: 'twin', title: 'twin.title', show: (m) => showTwin(m, [], { WebSocket: QuietSocket as unknown as new (url: string) => WebSocket, retryMs: 0 }) },
];

/** A twin stream that never says anything. */
class QuietSocket extends EventTarget {
  close(): void {
    this.dispatchEvent(new Event('close'));
  }
}

/** The names the server serves for the fixtures' SKUs (GET /api/names). */
const names = { presets: [{ id: 'county-mch', en: 'County maternal-child hospital', 'zh-CN': '县妇幼保健院' }], presetDescriptions: [{ id: 'county-mch', en: 'About 1,500 deliveries a year.', 'zh-CN': '年分娩约 1,500 例。' }], skus: [{ id: 'nappy', en: 'Newborn nappy', 'zh-CN': '新生儿纸尿裤' }, { id: 'pad', en: 'Maternity pad', 'zh-CN': '产妇卫生巾' }], roles: [] };

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe.each(['zh-CN', 'en'] as Locale[])('pages in %s', (locale) => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setLocale('en', false);
  });

  it.each(pages)('$name draws its texts from the $name catalogue entries', async (page) => {
    setLocale(locale, false);
    setDisplayNames(names, locale);
    vi.stubGlobal('fetch', (url: string) => {
      const body = answers[url];
      return Promise.resolve(new Response(JSON.stringify(body ?? {}), { status: body === undefined ? 404 : 200, headers: { 'content-type': 'application/json' } }));
    });
    document.body.innerHTML = '<div id="app"></div>';
    const shell = buildShell(document.getElementById('app') as HTMLElement);
    page.show(shell.main);
    await settle();
    expect(document.documentElement.lang).toBe(locale);
    expect(document.title).toBe(t('page.title', { page: t(page.title) }));
    expect(select('nav').selectAll('a').nodes().map((n) => (n as HTMLElement).textContent)).toContain(t('nav.results'));
    // The twin board's slots are spoken with the SKU's display name, bracketed the language's way.
    if (page.name === 'twin') {
      const spoken = [...document.querySelectorAll('[data-chart] svg [aria-label]')].map((n) => n.getAttribute('aria-label') ?? '');
      expect(spoken.some((l) => l.includes(locale === 'zh-CN' ? '（新生儿纸尿裤）' : ' (Newborn nappy)'))).toBe(true);
      expect(spoken.filter((l) => /\((nappy|pad)\)/.test(l))).toEqual([]);
    }
    // The gallery's example data (SKUs, arms, roles, KPIs, targets) speaks the page's language too.
    if (page.name === 'gallery' && locale === 'zh-CN') {
      const spoken = [...document.querySelectorAll('[data-chart] svg [aria-label], [data-chart] svg text')].map((n) => n.getAttribute('aria-label') ?? n.textContent ?? '');
      expect(spoken.filter((l) => /\b(nappies|pads|mother|newborn|baseline|cabinets|nurse supply|wait)\b/.test(l))).toEqual([]);
    }
    // Chart internals (SVG) and the language switch (each language named in itself) are left out.
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const n of copy.querySelectorAll('svg, .wt-lang, .wt-export')) n.remove();
    const text = copy.textContent ?? '';
    // SKUs are shown by their display name in the page's language, not by id.
    if (page.name === 'twin') expect(text).toContain(locale === 'zh-CN' ? '产妇卫生巾' : 'Maternity pad');
    // The preset picker and its description in the page's language.
    if (page.name === 'scenario') expect(text).toContain(locale === 'zh-CN' ? 'county-mch: 县妇幼保健院年分娩约 1,500 例。' : 'county-mch: County maternal-child hospitalAbout 1,500 deliveries a year.');
    if (locale === 'zh-CN') {
      const en = messagesOf('en');
      const zh = messagesOf('zh-CN');
      const english = (Object.keys(en) as MessageKey[]).filter((k) => !/^(chart|twinChart|twinCabinets|sizingCurve|gallery\.fx)\./.test(k) && !zh[k].includes(en[k]) && !en[k].includes('{') && en[k].length > 3).map((k) => en[k]);
      expect(english.filter((m) => text.includes(m))).toEqual([]);
      expect(text).not.toMatch(/Newborn nappy|Maternity pad/);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    } else {
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the results list shows the run with its time in Asia/Shanghai', async () => {
    setLocale(locale, false);
    vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(JSON.stringify(answers[url] ?? {}), { status: 200 })));
    document.body.innerHTML = '<main></main>';
    showResults(select<HTMLElement, unknown>(document.querySelector('main') as HTMLElement), []);
    await settle();
    const item = select('.wt-run-list a').text();
    expect(item).toContain('18:53');
    expect(item).toContain(t('status.succeeded'));
    expect(item).not.toContain('Z');
  });
});
