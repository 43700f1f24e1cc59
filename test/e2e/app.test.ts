/**
 * The visualizer end to end in a real browser against the real server: pick the provincial
 * preset, show a validation error at its field, run a one-year provincial scenario and watch
 * it live (frame timing measured while streaming), open its results (time from data arrival
 * to all charts drawn measured), compare baseline and cabinets (CI whiskers), load a sizing
 * curve, and show the twin. Every chart must have marks drawn and the console no errors.
 * Screenshots of each page go to test-artifacts/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './_support/browser.js';
import { startTestServer } from './_support/app-server.js';
import type { TestServer } from './_support/app-server.js';

const artifacts = 'test-artifacts/e2e';
let server: TestServer;
let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

/** The marks each results chart must draw, by chart kind. */
const resultMarks: Record<string, string> = {
  'births-heatmap': '.wt-cell',
  'stock-level': '.wt-line',
  'cabinet-board': '.wt-slot',
  'trip-wait': '.wt-bar',
  'nurse-supply': '.wt-bar',
  'contacts-matrix': '.wt-cell',
};

async function marks(chart: string, selector: string): Promise<number> {
  return page.locator(`[data-chart="${chart}"] svg ${selector}`).count();
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('visualizer in Chromium', () => {
  it('scenario page shows the server validation error at its field, then runs a valid draft', async () => {
    await page.goto(`${server.url}/#/scenario`);
    await page.locator('select[name=preset] option[value="provincial-mch"]').waitFor({ state: 'attached' });
    await page.selectOption('select[name=preset]', 'provincial-mch');
    const deliveries = page.locator('input[name="/births/annualDeliveries"]');
    await expect.poll(() => deliveries.inputValue()).toBe('20000');
    const caesarean = page.locator('input[name="/births/caesareanShare"]');
    const error = page.locator('[data-path="/births/caesareanShare"] .wt-field-error');
    await caesarean.fill('1.7');
    await expect.poll(() => error.textContent(), { timeout: 5000 }).not.toBe('');
    expect(await page.locator('[data-path="/births/annualDeliveries"] .wt-field-error').textContent()).toBe('');
    await shot('scenario-invalid');
    await caesarean.fill('0.3');
    await expect.poll(() => error.textContent(), { timeout: 5000 }).toBe('');
    await page.locator('input[name="/run/replications"]').fill('2');
    await page.click('button[name=run]');
    await page.waitForURL(/#\/run$/);
  });

  it('run page streams a one-year provincial run live and keeps the frame rate', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__frames = [];
      w.__recording = true;
      const tick = (t: number): void => {
        w.__frames.push(t);
        if (w.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.click('button[name=start]');
    await page.locator('.wt-open-results').waitFor({ timeout: 90_000 });
    const live = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__recording = false;
      const gaps = w.__frames.slice(1).map((t, i) => t - w.__frames[i]).sort((a, b) => a - b);
      const draws = performance.getEntriesByName('wt-live-draw').map((e) => e.duration);
      return {
        seconds: (w.__frames[w.__frames.length - 1] - w.__frames[0]) / 1000,
        frames: w.__frames.length,
        p50: gaps[Math.floor(gaps.length * 0.5)],
        p95: gaps[Math.floor(gaps.length * 0.95)],
        max: gaps[gaps.length - 1],
        longFrames: gaps.filter((g) => g > 50).length,
        draws: draws.length,
        drawMax: Math.max(0, ...draws),
      };
    });
    console.log(
      `[e2e] live run view while streaming: ${live.frames} frames in ${live.seconds.toFixed(1)} s, frame interval p50 ${live.p50.toFixed(1)} ms, p95 ${live.p95.toFixed(1)} ms, max ${live.max.toFixed(1)} ms, ${live.longFrames} frame(s) > 50 ms; ${live.draws} live redraw(s), slowest ${live.drawMax.toFixed(1)} ms`,
    );
    expect(await page.locator('.wt-live .wt-dot').count()).toBeGreaterThan(0);
    expect(live.draws).toBeGreaterThan(0);
    await shot('run');
  }, 100_000);

  it('results page draws every chart with data, timed from data arrival', async () => {
    await page.click('.wt-open-results');
    await page.locator('main[data-drawn=true]').waitFor({ timeout: 30_000 });
    const drawMs = await page.evaluate(() => performance.getEntriesByName('wt-results-draw')[0]?.duration ?? -1);
    console.log(`[e2e] results page, one-year provincial run: all charts drawn ${drawMs.toFixed(0)} ms after the data arrived (target <= 1000 ms)`);
    for (const [chart, selector] of Object.entries(resultMarks)) {
      expect(await marks(chart, selector), `${chart} marks`).toBeGreaterThan(0);
    }
    expect(await page.locator('.wt-kpi-table tbody tr').count()).toBeGreaterThan(10);
    expect(drawMs).toBeGreaterThan(0);
    await shot('results');
  }, 60_000);

  it('compare page shows KPI differences with CI whiskers', async () => {
    await page.goto(`${server.url}/#/compare`);
    await page.locator('input[name=horizonDays]').fill('14');
    await page.locator('input[name=replications]').fill('3');
    await page.click('form button[type=submit]');
    await page.waitForURL(/#\/compare\/.+/, { timeout: 60_000 });
    await page.locator('main[data-drawn=true]').waitFor({ timeout: 30_000 });
    expect(await marks('kpi-diff', '.wt-whisker')).toBeGreaterThan(0);
    expect(await page.locator('.wt-compare-table tbody tr').count()).toBeGreaterThan(5);
    await shot('compare');
  }, 90_000);

  it('sizing page draws a loaded curve and twin page draws the cabinets', async () => {
    await page.goto(`${server.url}/#/sizing`);
    const curve = { curve: [2000, 6000, 12000, 20000].map((deliveries, i) => ({ deliveries, cabinets: i + 1 })) };
    await page.locator('input[type=file]').setInputFiles({ name: 'curve.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(curve)) });
    await page.locator('[data-chart="sizing-curve"] .wt-point').first().waitFor();
    expect(await marks('sizing-curve', '.wt-point')).toBe(4);
    await shot('sizing');
    await page.goto(`${server.url}/#/twin`);
    await page.locator('main[data-drawn=true]').waitFor({ timeout: 30_000 });
    expect(await marks('twin-cabinets', '.wt-fill')).toBeGreaterThan(0);
    await shot('twin');
  }, 60_000);

  it('left no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
