/**
 * The visualizer's layout and keyboard use in Chromium against the real server: every page
 * names its tab, export buttons and standalone links are targets of at least 24 px, the menu
 * fits a 390 px phone without scrolling sideways, chart points take the keyboard, and the
 * built bundle is served compressed and cached as immutable while index.html is revalidated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './_support/browser.js';
import type { TestBrowser } from './_support/browser.js';
import { startTestServer } from './_support/app-server.js';
import type { TestServer } from './_support/app-server.js';

const waitMs = 5 * 60_000;
let server: TestServer | undefined;
let browser: TestBrowser | undefined;
let page: Page;

beforeAll(async () => {
  const [started, launched] = await Promise.allSettled([startTestServer(), launchBrowser()]);
  if (started.status === 'fulfilled') server = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  if (started.status === 'rejected') throw started.reason;
  if (launched.status === 'rejected') throw launched.reason;
  page = await launched.value.context.newPage();
  page.setDefaultTimeout(waitMs);
}, 2 * waitMs);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, waitMs);

function url(path: string): string {
  if (server === undefined) throw new Error('e2e: the test server did not start');
  return `${server.url}${path}`;
}

/** Width and height of every element matching `selector`, px. */
async function boxes(selector: string): Promise<Array<{ width: number; height: number }>> {
  return page.locator(selector).evaluateAll((nodes) => nodes.map((n) => {
    const r = n.getBoundingClientRect();
    return { width: r.width, height: r.height };
  }));
}

describe('visualizer layout in Chromium', () => {
  it('names each page\'s tab after the page', async () => {
    const titles: string[] = [];
    for (const [hash, heading] of [['#/scenario', 'Scenario'], ['#/run', 'Run'], ['#/results', 'Results'], ['#/compare', 'Compare'], ['#/sizing', 'Sizing'], ['#/twin', 'Twin'], ['#/gallery', 'Chart gallery']]) {
      await page.goto(url(`/${hash}`));
      await page.locator('main h2').first().waitFor();
      await page.waitForFunction((h) => document.title.startsWith(h), heading);
      titles.push(await page.title());
    }
    expect(titles).toEqual(['Scenario — wardtwin', 'Run — wardtwin', 'Results — wardtwin', 'Compare — wardtwin', 'Sizing — wardtwin', 'Twin — wardtwin', 'Chart gallery — wardtwin']);
  }, 2 * waitMs);

  it('export buttons, menu links and run-list links are at least 24 × 24 px', async () => {
    await page.goto(url('/#/gallery'));
    await page.locator('.wt-export button').first().waitFor();
    const targets = [...await boxes('.wt-export button'), ...await boxes('.wt-nav a')];
    expect(targets.length).toBeGreaterThan(10);
    for (const b of targets) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
    const accepted = await page.request.post(url('/api/runs'), { data: { scenario: { extends: 'county-mch', run: { horizonDays: 1, warmupDays: 1 } }, replications: 1 } });
    expect(accepted.status()).toBe(202);
    await page.goto(url('/#/results'));
    await page.locator('.wt-run-list a').first().waitFor();
    for (const b of await boxes('.wt-run-list a')) expect(b.height).toBeGreaterThanOrEqual(24);
  }, 2 * waitMs);

  it('at 390 px the menu wraps: every link is on screen and nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const hash of ['#/scenario', '#/run', '#/results', '#/compare', '#/sizing', '#/twin']) {
        await page.goto(url(`/${hash}`));
        await page.locator('main h2').first().waitFor();
        const right = await page.locator('.wt-nav a').evaluateAll((nodes) => Math.max(...nodes.map((n) => n.getBoundingClientRect().right)));
        expect(right, hash).toBeLessThanOrEqual(390);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(390);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }, waitMs);

  it('sizing points take the keyboard: Tab reaches a point and Enter selects it', async () => {
    await page.goto(url('/#/gallery'));
    await page.locator('[data-chart="sizing-curve"] circle.wt-point').first().waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { selected: unknown[] };
      w.selected = [];
      document.addEventListener('wt-sizing-select', (e) => w.selected.push((e as CustomEvent).detail));
    });
    const point = page.locator('[data-chart="sizing-curve"] circle.wt-point[role="button"]').first();
    await point.focus();
    expect(await point.evaluate((n) => n === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const selected = await page.evaluate(() => (window as unknown as { selected: Array<{ runId?: string }> }).selected);
    expect(selected).toHaveLength(1);
    expect(selected[0].runId).toMatch(/^run-/);
  }, waitMs);

  it('Tab reaches every chart of the gallery once; the arrow keys move between its points, under a visible focus ring', async () => {
    // A fresh document: the walk starts at the top, not at a point an earlier test focused.
    await page.goto(url('/#/gallery'));
    await page.reload();
    await page.locator('[data-chart] svg').first().waitFor();
    const charts = await page.locator('[data-chart]').evaluateAll((cards) => cards.filter((c) => c.querySelector('.wt-focusable') !== null).map((c) => c.getAttribute('data-chart')));
    expect(charts.length).toBeGreaterThanOrEqual(10);
    const focused = () => page.evaluate(() => {
      const a = document.activeElement;
      if (a === null || !a.classList.contains('wt-focusable')) return null;
      // The ring: the last thing drawn in the point's layer, a visible black frame around the point.
      const ring = a.parentElement?.lastElementChild;
      const frame = ring?.classList.contains('wt-focus-ring') === true ? ring.querySelector('.wt-ring-outer') : null;
      const p = a.getBoundingClientRect();
      const r = frame?.getBoundingClientRect();
      const framed = r !== undefined && r.left < p.left && r.top < p.top && r.right > p.right && r.bottom > p.bottom;
      const style = frame === null || frame === undefined ? null : getComputedStyle(frame);
      return { chart: a.closest('[data-chart]')?.getAttribute('data-chart') ?? '', label: a.getAttribute('aria-label') ?? '', ring: framed && style !== null ? `${style.stroke} ${style.strokeWidth}` : 'none' };
    });
    const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]').length);
    const reached: Array<{ chart: string; ring: string; moved: boolean }> = [];
    for (let i = 0; i < stops + 5 && reached.length < charts.length; i += 1) {
      await page.keyboard.press('Tab');
      const here = await focused();
      if (here === null) continue;
      await page.keyboard.press('ArrowRight');
      const next = await focused();
      reached.push({ chart: here.chart, ring: here.ring, moved: next !== null && next.chart === here.chart && next.label !== here.label && next.label !== '' && next.ring === here.ring });
    }
    expect(reached).toEqual(charts.map((chart) => ({ chart, ring: 'rgb(0, 0, 0) 3px', moved: true })));
  }, waitMs);

  it('numbers are typed into number inputs on the Scenario, Compare and Sizing pages', async () => {
    const types: Record<string, string> = {};
    for (const [hash, name] of [['#/scenario', '/births/annualDeliveries'], ['#/scenario', '/births/caesareanShare'], ['#/compare', 'replications'], ['#/compare', 'horizonDays'], ['#/sizing', 'deliveries']]) {
      await page.goto(url(`/${hash}`));
      const input = page.locator(`input[name="${name}"]`);
      await input.waitFor();
      types[name] = await input.getAttribute('type') ?? '';
    }
    expect(Object.values(types)).toEqual(['number', 'number', 'number', 'number', 'number']);
  }, waitMs);

  it('serves the hashed bundle compressed and immutable, index.html revalidated', async () => {
    const index = await page.request.get(url('/'));
    expect(index.headers()['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(script).toBeDefined();
    const bundle = await fetch(url(script ?? ''), { headers: { 'accept-encoding': 'br, gzip' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
  }, waitMs);
});
