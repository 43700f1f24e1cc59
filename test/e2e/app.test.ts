/**
 * The visualizer end to end in a real browser against the real server: pick the provincial
 * preset, show a validation error at its field, run a one-year provincial scenario and watch
 * it live (frame timing measured while streaming), open its results (time from data arrival
 * to all charts drawn measured), compare baseline and cabinets (CI whiskers), load a sizing
 * curve, and show the twin. Every chart must have marks drawn and the console no errors.
 * Screenshots of each page go to test-artifacts/ (git-ignored).
 *
 * Every wait is keyed to a condition (a selector, a URL, a field's text), never a fixed sleep,
 * and the time limits are ceilings for a slow CI machine (2 cores at load 10+), not targets:
 * a healthy run takes about a minute.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './_support/browser.js';
import type { TestBrowser } from './_support/browser.js';
import { startTestServer } from './_support/app-server.js';
import type { TestServer } from './_support/app-server.js';

const artifacts = 'test-artifacts/e2e';
/** Ceiling for one wait (page load, a field's message, a short job, a screenshot), ms. */
const waitMs = 5 * 60_000;
/** Ceiling for the one-year provincial run to finish, ms. */
const longRunMs = 20 * 60_000;
/** Ceiling for one test: its waits plus slack, ms. */
const testMs = longRunMs + waitMs;
let server: TestServer | undefined;
let browser: TestBrowser | undefined;
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

/** The app's URL (the server is started in beforeAll). */
function appUrl(hash: string): string {
  if (server === undefined) throw new Error('e2e: the test server did not start');
  return `${server.url}/${hash}`;
}

/** Waits for `selector` or for the page's status line to report an error, and fails with that error. */
async function waitForOrStatusError(selector: string, timeout: number): Promise<void> {
  const statusError = page.locator('.wt-status.wt-error');
  await page.locator(selector).or(statusError).first().waitFor({ timeout });
  if (await statusError.count() > 0) throw new Error(`e2e: the page reported: ${await statusError.first().textContent()}`);
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // Both are started side by side; whichever started is kept for afterAll even if the other failed.
  const [started, launched] = await Promise.allSettled([startTestServer(), launchBrowser()]);
  if (started.status === 'fulfilled') server = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  if (started.status === 'rejected') throw started.reason;
  if (launched.status === 'rejected') throw launched.reason;
  page = await launched.value.context.newPage();
  page.setDefaultTimeout(waitMs);
  page.setDefaultNavigationTimeout(waitMs);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
}, 2 * waitMs);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, waitMs);

describe('visualizer in Chromium', () => {
  it('scenario page shows the server validation error at its field, then runs a valid draft', async () => {
    await page.goto(appUrl('#/scenario'));
    await page.locator('select[name=preset] option[value="provincial-mch"]').waitFor({ state: 'attached' });
    await page.selectOption('select[name=preset]', 'provincial-mch');
    const deliveries = page.locator('input[name="/births/annualDeliveries"]');
    await expect.poll(() => deliveries.inputValue(), { timeout: waitMs }).toBe('20000');
    const caesarean = page.locator('input[name="/births/caesareanShare"]');
    const error = page.locator('[data-path="/births/caesareanShare"] .wt-field-error');
    await caesarean.fill('1.7');
    await expect.poll(() => error.textContent(), { timeout: waitMs }).not.toBe('');
    expect(await page.locator('[data-path="/births/annualDeliveries"] .wt-field-error').textContent()).toBe('');
    await shot('scenario-invalid');
    await caesarean.fill('0.3');
    await expect.poll(() => error.textContent(), { timeout: waitMs }).toBe('');
    await page.locator('input[name="/run/replications"]').fill('2');
    await page.click('button[name=run]');
    await page.waitForURL(/#\/run$/);
  }, testMs);

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
    await waitForOrStatusError('.wt-open-results', longRunMs);
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
  }, testMs);

  it('results page draws every chart with data, timed from data arrival', async () => {
    await page.click('.wt-open-results');
    await waitForOrStatusError('main[data-drawn=true]', waitMs);
    const drawMs = await page.evaluate(() => performance.getEntriesByName('wt-results-draw')[0]?.duration ?? -1);
    console.log(`[e2e] results page, one-year provincial run: all charts drawn ${drawMs.toFixed(0)} ms after the data arrived (target <= 1000 ms)`);
    for (const [chart, selector] of Object.entries(resultMarks)) {
      expect(await marks(chart, selector), `${chart} marks`).toBeGreaterThan(0);
    }
    expect(await page.locator('.wt-kpi-table tbody tr').count()).toBeGreaterThan(10);
    // Labels and units come from the catalogue the server serves (GET /api/kpis), not from keys.
    const firstCells = await page.locator('.wt-kpi-table tbody tr td:first-child').allTextContents();
    expect(firstCells).toEqual(expect.arrayContaining(['Fill rate at first stop', 'Stock-out events', 'Expected infections, newborns']));
    expect(drawMs).toBeGreaterThan(0);
    await shot('results');
  }, testMs);

  it('compare page shows KPI differences with CI whiskers', async () => {
    await page.goto(appUrl('#/compare'));
    await page.locator('input[name=horizonDays]').fill('14');
    await page.locator('input[name=replications]').fill('3');
    await page.click('form button[type=submit]');
    // The page moves to #/compare/<id> when the job succeeds and draws it there; a failed job shows its error.
    await waitForOrStatusError('main[data-drawn=true] [data-chart="kpi-diff"] svg .wt-whisker', longRunMs);
    expect(page.url()).toMatch(/#\/compare\/.+/);
    expect(await marks('kpi-diff', '.wt-whisker')).toBeGreaterThan(0);
    expect(await page.locator('.wt-compare-table tbody tr').count()).toBeGreaterThan(5);
    await shot('compare');
  }, testMs);

  it('sizing page sizes a small curve from its form, reads out the plan, and a point opens the run the job stored', async () => {
    await page.goto(appUrl('#/sizing'));
    await page.locator('select[name=preset] option[value="county-mch"]').waitFor({ state: 'attached' });
    await page.selectOption('select[name=preset]', 'county-mch');
    const fill: [string, string][] = [['curve', '1000:2000:1000'], ['deliveries', '1500'], ['minFillRate', '0.5'], ['maxTripWaitP95Min', '600'], ['maxStockout', '1000000'], ['rounds', '1'], ['replications', '2'], ['maxReplications', '2'], ['days', '3']];
    for (const [name, value] of fill) await page.fill(`input[name=${name}]`, value);
    await page.locator('button[type=submit]').click();
    await waitForOrStatusError('[data-chart="sizing-curve"] circle.wt-point[role=button] >> nth=1', waitMs);
    await page.locator('.wt-sizing-readout a').waitFor();
    expect(await page.locator('.wt-sizing-readout').textContent()).toMatch(/2,000 deliveries\/yr/);
    expect(await page.locator('progress.wt-progress').evaluate((n) => (n as HTMLProgressElement).value)).toBe(1);
    await shot('sizing-job');
    await page.locator('[data-chart="sizing-curve"] circle.wt-point').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/results\/[^/]+-v1000$/);
    await waitForOrStatusError('main[data-drawn=true] .wt-kpi-table', waitMs);
    // The stored run carries its ward series like any run: the results page draws its charts.
    await waitForOrStatusError('[data-chart="stock-level"] svg .wt-line', waitMs);
  }, testMs);

  it('sizing page draws a loaded curve and twin page draws the cabinets', async () => {
    await page.goto(appUrl('#/sizing'));
    const curve = { curve: [2000, 6000, 12000, 20000].map((deliveries, i) => ({ deliveries, cabinets: i + 1 })) };
    await page.locator('input[type=file]').setInputFiles({ name: 'curve.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(curve)) });
    await page.locator('[data-chart="sizing-curve"] .wt-point').first().waitFor();
    expect(await marks('sizing-curve', '.wt-point')).toBe(4);
    await shot('sizing');
    await page.goto(appUrl('#/twin'));
    await waitForOrStatusError('main[data-drawn=true] [data-chart="twin-board"] svg g.wt-slot rect', waitMs);
    expect(await marks('twin-board', 'g.wt-slot rect')).toBeGreaterThan(0);
    await shot('twin');
  }, testMs);

  it('left no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
